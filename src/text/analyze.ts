import type { LanguageData } from '../language/language-data.js';
import { REGISTERED_LANGUAGES } from '../language/registry.js';
import { fold } from './normalize.js';
import { stem } from './stem.js';
import { isStopword } from './stopwords.js';
import { tokenize, type Token } from './tokenize.js';

/** A content word of a text: its folded form, its stem, and its place among all the text's words. */
export interface Term {
  /** Folded: lower case, no accents. */
  readonly word: string;
  /** Lower case with accents. */
  readonly lower: string;
  readonly stem: string;
  readonly position: number;
}

/**
 * The stem of a lower-case word, or null for a word that carries no meaning (stopword, lone letter).
 * `stem` remembers what it computed, so this needs no memo of its own.
 */
export function contentStem(lower: string, language: LanguageData): string | null {
  const word = fold(lower);
  if (isStopword(word, language, lower)) return null;
  if (word.length === 1 && !/\d/.test(word)) return null;
  return ordinalNumber(word, language) ?? stem(lower, language);
}

/** The number of a day written as an ordinal ("1er", "21st"), which means what "1" and "21" do; null for any other word. */
function ordinalNumber(word: string, language: LanguageData): string | null {
  const digits = /^\d+/.exec(word)?.[0];
  if (digits === undefined || digits.length === word.length) return null;
  return language.ordinalSuffixes.includes(word.slice(digits.length)) ? digits : null;
}

/** A word among its neighbours, folded: what tells a stopword that is also a word which it is here. */
export interface WordInContext {
  readonly word: string;
  /** The elision written before it ("l" of "l'été"). */
  readonly elision?: string | undefined;
  readonly previous?: string | undefined;
  readonly next?: string | undefined;
}

/** Whether a folded word is one of the language's stopwords that are also words (`stopwordsAlsoWords`). */
export function isStopwordAlsoWord(word: string, language: LanguageData): boolean {
  return language.stopwordsAlsoWords.some((entry) => entry.words.includes(word));
}

/**
 * Whether a stopword that is also a word is the word here ("in May", "des avions", "l'été"), by
 * what its language's `stopwordsAlsoWords` says tells it.
 */
export function readsAsWord({ word, elision, previous, next }: WordInContext, language: LanguageData): boolean {
  const isFigure = (neighbour: string | undefined) =>
    neighbour !== undefined && (/^\d/.test(neighbour) || language.numberWords.includes(neighbour));
  return language.stopwordsAlsoWords.some(
    (entry) =>
      entry.words.includes(word) &&
      ((elision !== undefined && entry.elidedArticles?.includes(elision) === true) ||
        (previous !== undefined && entry.after.includes(previous)) ||
        (entry.afterFigure === true && isFigure(previous)) ||
        (entry.beforeFigure === true && next !== undefined && /^\d/.test(next))),
  );
}

/** The words that carry meaning: folded, without stopwords or elisions, stemmed. */
export function analyze(text: string, language: LanguageData): Term[] {
  return contentTerms(tokenize(text, REGISTERED_LANGUAGES, language), language);
}

/** The content words among tokens already split, for a caller that also reads the stopwords. */
export function contentTerms(tokens: readonly Token[], language: LanguageData): Term[] {
  const terms: Term[] = [];
  for (const [i, token] of tokens.entries()) {
    // A stopword may still be a word where its neighbours say so ("in May").
    const context = () => ({
      word: token.word,
      elision: token.elision,
      previous: tokens[i - 1]?.word,
      next: tokens[i + 1]?.word,
    });
    const stemmed =
      contentStem(token.lower, language) ?? (readsAsWord(context(), language) ? stem(token.lower, language) : null);
    if (stemmed !== null) terms.push({ word: token.word, lower: token.lower, stem: stemmed, position: token.position });
  }
  return terms;
}
