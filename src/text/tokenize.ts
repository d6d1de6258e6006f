import { fold, foldApostrophes } from './normalize.js';

/** A word of the text, folded, with where it stands among the text's words. */
export interface Token {
  /** Folded form: lower case, accents removed, elision stripped. */
  readonly word: string;
  /** Lower case with its accents, elision stripped: what a stemmer reads best. */
  readonly lower: string;
  /** Index among the words of the same text, 0-based. */
  readonly position: number;
}

/**
 * French elisions glued to the next word: l'État, d'une, qu'il, s'inscrit, jusqu'à.
 * They are dropped so that "l'intérieur" and "intérieur" are one word.
 */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=\p{L})/u;

/**
 * Numbers keep their digits together whatever the thousands separator:
 * "68,000", "68 000", "68 000" and "68000" are all the token "68000".
 */
const THOUSANDS = /(?<=\d)[,\u00a0\u202f ](?=\d{3}(?!\d))/g;

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** Splits text into folded words, dropping elisions and possessive 's. */
export function tokenize(text: string): Token[] {
  const lowered = foldApostrophes(text).toLowerCase().normalize('NFC').replace(THOUSANDS, '');
  const tokens: Token[] = [];
  for (const match of lowered.matchAll(WORD)) {
    let lower = match[0].replace(ELISION, '');
    if (lower.endsWith("'s")) lower = lower.slice(0, -2);
    for (const part of lower.split("'")) {
      if (part) tokens.push({ word: fold(part), lower: part, position: tokens.length });
    }
  }
  return tokens;
}

/** The folded words of a text, in order. */
export function words(text: string): string[] {
  return tokenize(text).map((token) => token.word);
}
