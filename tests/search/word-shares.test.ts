import { describe, expect, it } from 'vitest';
import type { QueryWord } from '../../src/search/question/query.js';
import { WORD_SHARES, wordShares, type WordHeld } from '../../src/search/ranking/passage-features.js';

/** A question word of weight `idf`, and what a passage holds of it. */
function held(idf: number, holding: Partial<Omit<WordHeld, 'word'>> = {}, isName = false): WordHeld {
  const word: QueryWord = { word: 'w', position: 0, variants: [], surface: 0, idf, isName, isTopic: false };
  return { word, inPassage: 0, inPassageSpelled: 0, fromPrevious: 0, fromTitle: 0, inTitle: 0, ...holding };
}

describe("a passage's shares of the question", () => {
  // "Who did Castaner meet in Rabat?": Castaner (a name, in the title, 4), meet (2), Rabat (a name, 2).
  const words = [
    held(4, { inPassage: 1, inPassageSpelled: 1, inTitle: 1 }, true),
    held(2, { fromPrevious: 0.5, fromTitle: 0 }),
    held(2, { fromTitle: 0.5, inTitle: 1 }, true),
  ];
  const shares = wordShares(words, 8);

  it('weigh each word by its idf and by how the passage holds it: in itself, around it, or by its title', () => {
    // Castaner in full, meet nowhere (its paragraph before does not count here), Rabat by the title at half.
    expect(shares.coverage).toBeCloseTo((4 * 1 + 2 * 0.5) / 8);
    expect(shares.passageCoverage).toBeCloseTo((4 * 1 + 2 * 0.5 + 0) / 8);
    expect(shares.contextCoverage).toBeCloseTo((4 + 2 * 0.5 + 2 * 0.5) / 8);
  });

  it('count only the words a share is over: those the title lacks, the names', () => {
    // Only "meet" is not in the title: the passage lacks it, its paragraph before holds it at half.
    expect(shares.beyondTitleCoverage).toBe(0);
    expect(shares.beyondTitleContext).toBeCloseTo(0.5);
    expect(shares.namesCoverage).toBeCloseTo(4 / 6);
    expect(wordShares([held(3, { inPassage: 1 })], 3).namesCoverage).toBe(0);
  });

  it('are one entry each in one table', () => {
    expect(Object.keys(shares).sort()).toEqual(Object.keys(WORD_SHARES).sort());
  });
});
