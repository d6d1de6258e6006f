import type { QueryWord } from '../search/question/query.js';
import type { RankedPassage } from '../search/ranking/ranker.js';
import type { RefusalRule } from './answer.js';
import { namesUnknown, topicUnknown } from './answerability.js';

/** What a refusal rule reads: the ranked passages and the policy's thresholds, defaults applied. */
export interface Evidence {
  readonly best: RankedPassage | undefined;
  readonly passages: readonly RankedPassage[];
  readonly words: readonly QueryWord[];
  /** The best passage is in the other language than the question's. */
  readonly across: boolean;
  readonly policy: RuleThresholds;
}

/** The thresholds the rules read, the answer policy's defaults applied. */
export interface RuleThresholds {
  readonly minCoverage: number;
  readonly maxNamesLacked: number;
  readonly minSentenceCoverage: number;
  readonly minSentenceCoverageAcross: number;
  readonly minConfidence: number;
  readonly minConfidenceAcross: number;
  readonly leadWeight: number;
  readonly leadWeightAcross: number;
  /** 'ignore': a name or topic no article holds refuses nothing (see `AnswerPolicy`). */
  readonly unknownNames?: 'ignore';
  readonly unknownTopics?: 'ignore';
}

/** The best passage's score plus `weight` times its lead over `next`. */
function confidence(best: RankedPassage, next: RankedPassage | undefined, weight: number): number {
  return best.score + weight * (best.score - (next?.score ?? 0));
}

/**
 * The answer policy: each rule names a reason to say "not found" rather than cite the best
 * passage. Order matters: the first rule that refuses is the reason given (the reason a log, a
 * test or `eval-inprocess.js --holdout` counts), so rules about the question come before rules
 * about how well the best passage holds it.
 */
export const REFUSAL_RULES: readonly (readonly [RefusalRule, (evidence: Evidence) => boolean])[] = [
  // A name of the question that no article holds in any spelling: the articles are not about it.
  ['unknown-name', ({ words, policy }) => policy.unknownNames !== 'ignore' && namesUnknown(words)],
  ['unknown-topic', ({ words, policy }) => policy.unknownTopics !== 'ignore' && topicUnknown(words)],
  ['no-passage', ({ best }) => best === undefined],
  // The best passage's article lacks names of the question that other articles hold: it is about
  // something else. Across languages names are often written otherwise ("Ark of the Covenant").
  ['name-elsewhere', ({ best, across, policy }) => !across && best!.features.articleLacksNames > policy.maxNamesLacked],
  ['low-coverage', ({ best, policy }) => best!.features.coverage < policy.minCoverage],
  [
    'low-sentence-coverage',
    ({ best, across, policy }) =>
      best!.features.heldSentenceCoverage < (across ? policy.minSentenceCoverageAcross : policy.minSentenceCoverage),
  ],
  [
    'scattered',
    ({ best, passages, policy }) =>
      scattered(best!) && confidence(best!, passages[1], policy.leadWeight) < policy.minConfidence,
  ],
  // Across languages the lead is over the best of another article: paragraphs of one article
  // that answer alike ("Quel est le rôle de l'Espagne ?") are no sign of chance.
  [
    'unsure-across',
    ({ best, passages, across, policy }) =>
      across &&
      confidence(
        best!,
        passages.find((p) => p.passage.article !== best!.passage.article),
        policy.leadWeightAcross,
      ) < policy.minConfidenceAcross,
  ],
];

/** Whether a passage holds the question's words spread over its sentences rather than in one. */
function scattered(ranked: RankedPassage): boolean {
  return ranked.features.heldSentenceCoverage < 0.9 * ranked.features.coverage;
}
