import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/articles/article.js';
import { loadArticles } from '../../src/articles/loader.js';
import { languageData } from '../../src/language/registry.js';
import { PassageIndex } from '../../src/search/index/passage-index.js';
import { paragraphWords } from '../../src/search/index/positions.js';
import { SEEDS, testArticle } from '../helpers.js';

/** How many of the index's tokens were compared with the paragraph's words at their positions; each must agree. */
function compareWithIndex(articles: Article[]): number {
  const index = PassageIndex.of(articles);
  const spellings = [...index.surfaceIds.keys()];
  let compared = 0;
  for (const passage of index.passages) {
    const words = new Map(
      paragraphWords(passage.text, passage.sentences, languageData(passage.language)).map((w) => [w.position, w.word]),
    );
    for (let i = passage.start; i < passage.end; i++) {
      expect(words.get(index.tokenPositions[i]!), passage.text).toBe(spellings[index.tokenSurfaces[i]!]);
      compared++;
    }
  }
  return compared;
}

describe('word positions', () => {
  it('count a paragraph’s words as the index does, so a stopword number ("cinq") stands where the index would put it', async () => {
    expect(compareWithIndex((await loadArticles(SEEDS)).articles)).toBeGreaterThan(300);
  });

  it('count an acronym as the words it stands for, as the index does ("the U.S. team": united states)', () => {
    const medals = testArticle(
      'medals',
      'U.S. edge China to top the medal table',
      'en',
      'The U.S. finished first; the US women beat France, and the UK came seventh.',
      'Deux avions et cinq enfants : l’US Tourcoing a gagné en mai.',
    );
    expect(compareWithIndex([medals])).toBeGreaterThan(15);
  });
});
