import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../src/articles/loader.js';
import { PassageIndex } from '../../src/search/index/passage-index.js';
import { paragraphWords } from '../../src/search/index/positions.js';
import { SEEDS } from '../helpers.js';

describe('word positions', () => {
  it('count a paragraph’s words as the index does, so a stopword number ("cinq") stands where the index would put it', async () => {
    const index = PassageIndex.of((await loadArticles(SEEDS)).articles);
    const spellings = [...index.surfaceIds.keys()];
    let compared = 0;
    for (const passage of index.passages) {
      const words = new Map(paragraphWords(passage.text, passage.sentences).map((w) => [w.position, w.word]));
      for (let i = passage.start; i < passage.end; i++) {
        expect(words.get(index.tokenPositions[i]!), passage.text).toBe(spellings[index.tokenSurfaces[i]!]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
});
