import type { Language } from '../articles/article.js';
import { memoize } from './memo.js';
import { fold } from './normalize.js';
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

function stemmerFor(language: Language): (lower: string) => string | null {
  return memoize((lower) => {
    const word = fold(lower);
    if (isStopword(word, language, lower)) return null;
    if (word.length === 1 && !/\d/.test(word)) return null;
    return stem(lower, language);
  });
}

const CONTENT_STEMS: Record<Language, (lower: string) => string | null> = { en: stemmerFor('en'), fr: stemmerFor('fr') };

/** The stem of a lower-case word, or null for a word that carries no meaning (stopword, lone letter). */
export function contentStem(lower: string, language: Language): string | null {
  return CONTENT_STEMS[language](lower);
}

/** The words that carry meaning: folded, without stopwords or elisions, stemmed. */
export function analyze(text: string, language: Language): Term[] {
  const terms: Term[] = [];
  for (const token of tokenize(text)) {
    const stemmed = contentStem(token.lower, language);
    if (stemmed !== null) terms.push({ word: token.word, lower: token.lower, stem: stemmed, position: token.position });
  }
  return terms;
}
