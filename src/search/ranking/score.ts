import type { RankOptions } from './options.js';

/** What a passage is scored on, each from 0 to 1 (see `passage-features.ts` and `article-signals.ts`). */
export interface PassageFeatures {
  /** BM25, relative to the best candidate's. */
  readonly bm25: number;
  /** Share of the question's weight in the passage's best sentence, exact spellings preferred. */
  readonly sentenceCoverage: number;
  /** Share of it in the whole passage, exact spellings preferred, the paragraph before at a discount. */
  readonly passageCoverage: number;
  /** Share of the question's word pairs that stand side by side in the passage. */
  readonly proximity: number;
  /** Share of the question's weight in the article's title. */
  readonly title: number;
  /** Share of it anywhere in the article. */
  readonly articleCoverage: number;
  /** 1 when the best sentence holds the kind of thing asked for (a figure for "how many"). */
  readonly answerType: number;
  /** How much the article is about the question's words, relative to the most topical candidate. */
  readonly topicality: number;
  /** 1 for a passage in the question's language. */
  readonly sameLanguage: number;
  /** 1 for "Who is X?" when a role noun stands beside X. */
  readonly role: number;
}

type WeightOption = { [K in keyof RankOptions]-?: K extends `${string}Weight` ? K : never }[keyof RankOptions];

/**
 * Each feature and the option that weighs it. The score is the weighted sum, taken in this
 * order: order matters only to the last bit of a score, and keeping it keeps scores identical.
 */
export const FEATURE_WEIGHTS: readonly (readonly [feature: keyof PassageFeatures, weight: WeightOption])[] = [
  ['bm25', 'bm25Weight'],
  ['sentenceCoverage', 'sentenceWeight'],
  ['passageCoverage', 'passageWeight'],
  ['proximity', 'proximityWeight'],
  ['title', 'titleWeight'],
  ['articleCoverage', 'articleWeight'],
  ['answerType', 'answerTypeWeight'],
  ['topicality', 'topicalityWeight'],
  ['sameLanguage', 'sameLanguageWeight'],
  ['role', 'roleWeight'],
];

/** A passage's score: its features, weighted. */
export function weightedScore(features: PassageFeatures, weights: Required<RankOptions>): number {
  let score = 0;
  for (const [feature, weight] of FEATURE_WEIGHTS) score += weights[weight] * features[feature];
  return score;
}
