import { isLetterOrDigit } from './tokenize.js';

/** A sentence of a passage, located by character offsets into the passage. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

/** Abbreviations that end with a period without ending the sentence. */
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'st', 'ste', 'mr', 'mrs', 'ms', 'prof', 'gen', 'gov',
  'sen', 'rep', 'jr', 'sr', 'vs', 'etc', 'cf', 'no', 'nos', 'vol', 'p', 'pp', 'inc', 'ltd', 'co', 'corp',
  'av', 'apr', 'j.-c', 'janv', 'févr', 'oct', 'nov', 'déc', 'jan', 'feb', 'mar', 'aug', 'sept', 'dec', 'u.s', 'e.g', 'i.e',
]);

/**
 * Splits a passage into sentences at . ! ? … followed by a space and a capital, digit or
 * opening quote, unless the period ends an abbreviation ("M. Laftit") or an initial ("J. Smith").
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const boundary = /([.!?…]+)(["'»”’)\]]*)\s+(?=["«“(\[]?\s?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const stop = match.index + match[1]!.length + match[2]!.length;
    if (match[1] === '.' && !match[2]) {
      const lastWord = wordBefore(text, start, match.index);
      if (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^\p{Lu}$/u.test(lastWord)) continue;
    }
    pushTrimmed(text, start, stop, spans);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/** The word (letters, inner periods and hyphens: "J.-C") that ends at `end`, not looking before `start`. */
function wordBefore(text: string, start: number, end: number): string {
  let at = end;
  while (at > start) {
    const code = text.charCodeAt(at - 1);
    if (isLetterOrDigit(code) || code === 0x2e || code === 0x2d) at--;
    else break;
  }
  return text.slice(at, end);
}

function pushTrimmed(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}
