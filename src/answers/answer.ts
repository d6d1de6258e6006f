import type { Language } from '../articles/article.js';

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
 * The answer-policy rule that turned the passages away (see REFUSAL_RULES in ask.ts, which
 * applies them in this order).
 */
export type RefusalRule = 'unknown-name' | 'unknown-topic' | 'no-passage' | 'low-coverage' | 'low-sentence-coverage' | 'scattered' | 'unsure-across';

/** Why nothing was cited: nothing to read in the question, or the rule that refused. */
export type NotFoundReason = 'empty' | 'too-long' | 'no-words' | RefusalRule;

export interface Answer {
  readonly question: string;
  /** Language of the question (detected, or forced by the caller). */
  readonly language: Language;
  /** False when the question could not be answered from the articles. */
  readonly found: boolean;
  /** Best first; empty when not found. */
  readonly citations: readonly Citation[];
  readonly reason?: NotFoundReason;
  /** When not found: the titles closest to the question, to point the asker somewhere. */
  readonly suggestions: readonly { readonly id: string; readonly title: string }[];
}
