import { loadModel, type LogisticModel } from '../../fitted/logistic-model.js';
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
  /** Share of the question's weight the passage holds in any form, its title at a discount. */
  readonly coverage: number;
  /** `coverage`, with the paragraph before at a discount. */
  readonly contextCoverage: number;
  /** The best sentence's share, a translation counting in full in a passage of the other language. */
  readonly heldSentenceCoverage: number;
  /** 1 for its article's first paragraph, which names the event whatever the detail asked. */
  readonly lead: number;
  /** Share of the question's figures and years that the passage holds (0 when it names none). */
  readonly figuresMet: number;
  /** 1 when the question names a year and the passage names only other years. */
  readonly otherYear: number;
  /** 1 when the passage lacks the figure (or what it counts), date, life event or future the question asks about. */
  readonly lacksAskedValue: number;
  /**
   * How rare the rarest question word is that neither the passage nor its context holds, against
   * the question's rarest (0 when it holds them all): a passage on the event that lacks the detail asked.
   */
  readonly missingRarest: number;
  /**
   * 1 when neither the passage, its paragraph before nor its title holds any of the question's
   * rarest words, or one of the words that say precisely what is asked ("the *salary* of"), of
   * those some article holds (a word no article holds is weighed apart, and is as often a
   * spelling the articles abbreviate: "févr."): a passage on the event, not on the detail asked.
   */
  readonly lacksDetail: number;
  /** Share of the weight of the question words its article's title lacks that the passage holds: the detail rather than the event. */
  readonly beyondTitleCoverage: number;
  /** `beyondTitleCoverage`, the paragraph before counting at a discount (its "he" may be this passage's). */
  readonly beyondTitleContext: number;
  /** Share of the weight of the question's names (four letters or more) that the passage's article lacks anywhere: an article on something else. */
  readonly articleLacksNames: number;
  /** Share of the weight of the question's names that the passage holds (0 when it names none). */
  readonly namesCoverage: number;
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
  ['beyondTitleContext', 'beyondTitleWeight'],
  ['otherYear', 'otherYearWeight'],
  ['articleLacksNames', 'namesLackedWeight'],
];

/** A passage's score: its features, weighted. */
export function weightedScore(features: PassageFeatures, weights: Required<RankOptions>): number {
  let score = 0;
  for (const [feature, weight] of FEATURE_WEIGHTS) score += weights[weight] * features[feature];
  return score;
}

/**
 * The features the fitted ranking model (`RankOptions.fitted`) scores a passage on, in its
 * order. The weights are fitted by `scripts/train.ts` (`models/ranking.json`): the score is the
 * probability that the passage answers the question. `coverage`, `contextCoverage` and `heldSentenceCoverage` are left to the
 * answerability model: beside the sentence's and the passage's shares, which they nearly repeat,
 * they took weights of the opposite sign that no reader could make sense of, for no gain.
 */
export const PASSAGE_FEATURES = [
  'bm25',
  'sentenceCoverage',
  'passageCoverage',
  'proximity',
  'title',
  'articleCoverage',
  'answerType',
  'topicality',
  'sameLanguage',
  'role',
  'lead',
  'figuresMet',
  'otherYear',
  'lacksAskedValue',
  'missingRarest',
  'beyondTitleCoverage',
  'namesCoverage',
  'articleLacksNames',
] as const satisfies readonly (keyof PassageFeatures)[];

/** What the ranking model reads of a passage. */
export type RankingInput = (typeof PASSAGE_FEATURES)[number];

/** The ranking model, read once per process. */
let rankingModel: LogisticModel<RankingInput> | undefined;

export function passageModel(): LogisticModel<RankingInput> {
  rankingModel ??= loadModel('ranking', PASSAGE_FEATURES);
  return rankingModel;
}
