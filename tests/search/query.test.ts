import { beforeAll, describe, expect, it } from 'vitest';
import { indexFolder } from '../../src/search/folder-index.js';
import { Searcher } from '../../src/search/searcher.js';
import { SEEDS } from '../helpers.js';

let searcher: Searcher;
beforeAll(async () => {
  searcher = new Searcher((await indexFolder(SEEDS)).index);
});

const weightOf = (question: string, language: 'en' | 'fr', word: string) =>
  searcher.search(question, language).words.find((w) => w.word === word)?.idf;

describe('how much each word of a question counts', () => {
  it('counts the noun after "quel" / "which" less: it names the kind of answer, which passages seldom repeat', () => {
    expect(weightOf('Quel ministre a rencontré Laftit ?', 'fr', 'ministre')!).toBeLessThan(weightOf('Le ministre a rencontré Laftit ?', 'fr', 'ministre')!);
    expect(weightOf('Which minister met Laftit?', 'en', 'minister')!).toBeLessThan(weightOf('The minister met Laftit?', 'en', 'minister')!);
  });

  it('counts names and figures more than ordinary words of the same rarity', () => {
    expect(weightOf('Did Laftit meet anyone?', 'en', 'laftit')!).toBeGreaterThan(weightOf('did laftit meet anyone', 'en', 'laftit')!);
  });
});
