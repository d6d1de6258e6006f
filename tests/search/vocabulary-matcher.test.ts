import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/search/fuzzy/edit-distance.js';
import { VocabularyMatcher } from '../../src/search/fuzzy/vocabulary-matcher.js';

const matcher = new VocabularyMatcher(['migrants', 'migration', 'ecologie', 'conventions', 'surnom', 'surnommes', 'police', 'castaner', 'laftit', 'spain', 'velo']);

describe('spelling corrections against the articles vocabulary', () => {
  it('finds the word a typo was meant to be', () => {
    expect(matcher.match('migrnts')[0]?.word).toBe('migrants');
    expect(matcher.match('convnetions')[0]?.word).toBe('conventions');
    expect(matcher.match('kastaner')[0]?.word).toBe('castaner');
  });

  it('finds a short word with two letters swapped, which leaves few letter triples in common', () => {
    expect(matcher.match('lafitt')[0]?.word).toBe('laftit');
    expect(matcher.match('spian')[0]?.word).toBe('spain');
  });

  it('does not turn a word absent from the articles into a different word that rhymes with it', () => {
    expect(matcher.match('apologie')).toEqual([]);
    // Four letters have too many real neighbours one letter away.
    expect(matcher.match('veto')).toEqual([]);
  });

  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('laftit', 'lafitt', 2)).toBe(1);
    expect(editDistance('rabat', 'rbat', 2)).toBe(1);
    expect(editDistance('migration', 'migrants', 1)).toBe(2);
    expect(editDistance('police', 'police', 0)).toBe(0);
  });

  it('gathers the words of one family', () => {
    expect(matcher.family('surnom')).toEqual(['surnommes']);
    expect(matcher.family('police')).toEqual([]);
  });
});
