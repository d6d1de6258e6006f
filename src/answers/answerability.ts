import type { Language } from '../language/registry.js';
import { loadModel, type LogisticModel } from '../fitted/logistic-model.js';
import { isHeld, isTellingName, type QueryWord } from '../search/question/query.js';
import type { PassageFeatures } from '../search/ranking/score.js';

/**
 * What the question's own words say of whether the articles can answer it. A name or the topic
 * that no article holds is no matter of degree: such a question is not answered, whatever the
 * passages (`unknownReason`). Weighed by the model only past that.
 */
export interface WordEvidence {
  /** A name of the question (four letters or more) is in no article in any spelling. */
  readonly unknownName: boolean;
  /** What the question is precisely about ("the *salary* of…", "how many *spectators*") is in no article. */
  readonly unknownTopic: boolean;
  /** Share of the question's weight (idf) that no article holds in any form. */
  readonly unheldShare: number;
}

/** Why no passage can answer, from the question's words alone: a name or the topic no article holds. */
export function unknownReason(words: WordEvidence): 'unknown-name' | 'unknown-topic' | undefined {
  return words.unknownName ? 'unknown-name' : words.unknownTopic ? 'unknown-topic' : undefined;
}

/** What the best passages say of it: how well the best holds the question, and how far it stands out. */
export interface RankedEvidence {
  /** The ranking model's probability for the best passage. */
  readonly best: number;
  /** The best passage's probability less the next one's. */
  readonly leadOverNext: number;
  /** The best passage's probability less that of the best passage of another article. */
  readonly leadOverOtherArticle: number;
  /** The same three as log-odds (each within ±10), where a lead among sure passages still shows. */
  readonly bestLogit: number;
  readonly logitLeadOverNext: number;
  readonly logitLeadOverOtherArticle: number;
  readonly coverage: number;
  readonly contextCoverage: number;
  readonly sentenceCoverage: number;
  /** The best sentence's share of what the whole passage holds: low when the words lie scattered. */
  readonly gathered: number;
  /** 1 when the best passage is in the other language than the question's. */
  readonly across: number;
  readonly lacksAskedValue: number;
  readonly figuresMet: number;
  readonly otherYear: number;
  readonly missingRarest: number;
}

export type AnswerEvidence = Pick<WordEvidence, 'unheldShare'> & RankedEvidence;

/** The inputs of the answerability model, in its order. */
export const EVIDENCE_INPUTS = [
  'unheldShare',
  'best',
  'leadOverNext',
  'leadOverOtherArticle',
  'coverage',
  'contextCoverage',
  'sentenceCoverage',
  'gathered',
  'across',
  'lacksAskedValue',
  'figuresMet',
  'otherYear',
  'bestLogit',
  'logitLeadOverNext',
  'logitLeadOverOtherArticle',
  'missingRarest',
] as const satisfies readonly (keyof AnswerEvidence)[];

/** Whether a name of the question (four letters or more) is in no article in any spelling. */
export function namesUnknown(words: readonly QueryWord[]): boolean {
  return words.some((word) => isTellingName(word) && !isHeld(word));
}

/**
 * Whether what the question is precisely about is in no article: its topic, or what it counts
 * ("How many *spectators* attended the final?" where no article names any).
 */
export function topicUnknown(words: readonly QueryWord[]): boolean {
  return words.some((word) => (word.isTopic || word.isCounted === true) && !isHeld(word));
}

export function wordEvidence(words: readonly QueryWord[]): WordEvidence {
  const total = words.reduce((sum, word) => sum + word.idf, 0) || 1;
  const unheld = words.filter((word) => !isHeld(word)).reduce((sum, word) => sum + word.idf, 0);
  return { unknownName: namesUnknown(words), unknownTopic: topicUnknown(words), unheldShare: unheld / total };
}

/** A ranked passage as the evidence reads it. */
export interface ScoredPassage {
  readonly score: number;
  readonly features: PassageFeatures;
  readonly articleId: string;
  readonly language: Language;
}

/** The evidence of passages ranked best first (at least one). */
export function rankedEvidence(ranked: readonly ScoredPassage[], language: Language): RankedEvidence {
  const best = ranked[0]!;
  const next = ranked[1];
  const otherArticle = ranked.find((passage) => passage.articleId !== best.articleId);
  const { features } = best;
  const bestLogit = logit(best.score);
  return {
    best: best.score,
    leadOverNext: best.score - (next?.score ?? 0),
    leadOverOtherArticle: best.score - (otherArticle?.score ?? 0),
    bestLogit,
    logitLeadOverNext: bestLogit - logit(next?.score ?? 0),
    logitLeadOverOtherArticle: bestLogit - logit(otherArticle?.score ?? 0),
    coverage: features.coverage,
    contextCoverage: features.contextCoverage,
    sentenceCoverage: features.heldSentenceCoverage,
    gathered: features.coverage > 0 ? Math.min(1, features.sentenceCoverage / features.coverage) : 0,
    across: best.language === language ? 0 : 1,
    lacksAskedValue: features.lacksAskedValue,
    figuresMet: features.figuresMet,
    otherYear: features.otherYear,
    missingRarest: features.missingRarest,
  };
}

/** Log-odds of a probability, within ±10. */
function logit(p: number): number {
  return Math.max(-10, Math.min(10, Math.log(p / (1 - p))));
}

let answerabilityModel: LogisticModel<keyof AnswerEvidence> | undefined;

/** The answerability model (`models/answerability.json`), read once per process: the probability that the best passage answers. */
export function evidenceModel(): LogisticModel<keyof AnswerEvidence> {
  answerabilityModel ??= loadModel('answerability', EVIDENCE_INPUTS);
  return answerabilityModel;
}
