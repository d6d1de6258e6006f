import type { Language } from '../language/registry.js';

/** A passage quoted in an answer, with what a reader needs to check it. */
export interface Citation {
  readonly articleId: string;
  readonly title: string;
  readonly source?: string;
  /** Language the passage is written in (may differ from the answer's). */
  readonly language: Language;
  /** 1-based paragraph number in the article. */
  readonly paragraph: number;
  /** The whole paragraph, as written. */
  readonly text: string;
  /** Character range in `text` of the sentence that best answers the question. */
  readonly highlight: { readonly start: number; readonly end: number };
  readonly score: number;
}

/**
 * The answer-policy rule that turned the passages away (see REFUSAL_RULES in refusal-rules.ts,
 * which applies them in this order).
 */
export type RefusalRule =
  | 'unknown-name'
  | 'unknown-topic'
  | 'no-passage'
  | 'name-elsewhere'
  | 'low-coverage'
  | 'low-sentence-coverage'
  | 'scattered'
  | 'unsure-across';

/**
 * Why nothing was cited: nothing to read in the question, no article of the month asked about
 * (`other-date`), the rule that refused, or (the fitted policy) the answerability model `unsure`
 * that an article answers.
 */
export type NotFoundReason = 'empty' | 'too-long' | 'no-words' | 'other-date' | RefusalRule | 'unsure';

/** A title closest to an unanswered question, to point the asker somewhere. */
export interface Suggestion {
  readonly id: string;
  readonly title: string;
}

/** An answer: the passages that answer the question, or why none does. `found` tells which. */
export type Answer = FoundAnswer | NotFoundAnswer;

interface AnswerOf {
  readonly question: string;
  /** Language of the question (detected, or forced by the caller). */
  readonly language: Language;
}

export interface FoundAnswer extends AnswerOf {
  readonly found: true;
  /** The fitted policy's probability that an article answers. */
  readonly confidence?: number;
  /** Best first; at least one. */
  readonly citations: readonly Citation[];
  readonly suggestions: readonly [];
}

export interface NotFoundAnswer extends AnswerOf {
  readonly found: false;
  readonly reason: NotFoundReason;
  /** For `unsure`: the answerability model's probability, below the policy's threshold. */
  readonly confidence?: number;
  readonly citations: readonly [];
  /** The titles closest to the question, when a rule refused the passages found. */
  readonly suggestions: readonly Suggestion[];
}
