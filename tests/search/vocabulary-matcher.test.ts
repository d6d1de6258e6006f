import { describe, expect, it } from 'vitest';
import { isOneEditApart } from '../../src/text/one-edit.js';
import { VocabularyMatcher } from '../../src/search/fuzzy/vocabulary-matcher.js';

const matcher = new VocabularyMatcher([
  'migrants',
  'migration',
  'ecologie',
  'conventions',
  'surnom',
  'surnommes',
  'police',
  'castaner',
  'laftit',
  'spain',
  'velo',
]);

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
    expect(isOneEditApart('laftit', 'lafitt')).toBe(true);
    expect(isOneEditApart('rabat', 'rbat')).toBe(true);
    expect(isOneEditApart('spain', 'spian')).toBe(true);
    expect(isOneEditApart('spain', 'spine')).toBe(false);
    expect(isOneEditApart('migration', 'migrants')).toBe(false);
    expect(isOneEditApart('police', 'police')).toBe(false);
    expect(isOneEditApart('laftit', 'tilfat')).toBe(false);
  });

  it('gathers the words of one family', () => {
    expect(matcher.family('surnom')).toEqual(['surnommes']);
    expect(matcher.family('police')).toEqual([]);
  });
});
