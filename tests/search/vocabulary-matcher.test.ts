import { describe, expect, it } from 'vitest';
import { VocabularyMatcher } from '../../src/search/fuzzy/vocabulary-matcher.js';

const matcher = new VocabularyMatcher(['migrants', 'migration', 'ecologie', 'conventions', 'surnom', 'surnommes', 'police', 'castaner']);

describe('spelling corrections against the articles vocabulary', () => {
  it('finds the word a typo was meant to be', () => {
    expect(matcher.match('migrnts')[0]?.word).toBe('migrants');
    expect(matcher.match('convnetions')[0]?.word).toBe('conventions');
    expect(matcher.match('kastaner')[0]?.word).toBe('castaner');
  });

  it('does not turn a word absent from the articles into a different word that rhymes with it', () => {
    expect(matcher.match('apologie')).toEqual([]);
  });

  it('gathers the words of one family', () => {
    expect(matcher.family('surnom')).toEqual(['surnommes']);
    expect(matcher.family('police')).toEqual([]);
  });
});
