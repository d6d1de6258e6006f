import type { Language } from '../articles/article.js';
import { stem } from './stem.js';
import { isStopword } from './stopwords.js';
import { tokenize } from './tokenize.js';

/** A content word of a text: its folded form, its stem, and its place among all the text's words. */
export interface Term {
  /** Folded: lower case, no accents. */
  readonly word: string;
  /** Lower case with accents. */
  readonly lower: string;
  readonly stem: string;
  readonly position: number;
}

/** The words that carry meaning: folded, without stopwords or elisions, stemmed. */
export function analyze(text: string, language: Language): Term[] {
  const terms: Term[] = [];
  for (const token of tokenize(text)) {
    if (isStopword(token.word, language)) continue;
    if (token.word.length === 1 && !/\d/.test(token.word)) continue;
    terms.push({ word: token.word, lower: token.lower, stem: stem(token.lower, language), position: token.position });
  }
  return terms;
}
