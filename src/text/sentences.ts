import { compiledPer, wordSet } from '../language/compiled.js';
import { REGISTERED_LANGUAGES, type Languages } from '../language/registry.js';
import { isLetterOrDigit } from './tokenize.js';

/** A sentence of a passage, located by character offsets into the passage. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

const abbreviationsOf = compiledPer((languages: Languages) =>
  wordSet(languages, (language) => [...language.abbreviations, ...language.monthAbbreviations.flat()]),
);

/**
 * Splits a passage into sentences at . ! ? … followed by a space and a capital, digit or
 * opening quote, unless the period ends an abbreviation of one of the languages ("M. Laftit")
 * or an initial ("J. Smith").
 */
export function splitSentences(text: string, languages: Languages = REGISTERED_LANGUAGES): SentenceSpan[] {
  const abbreviations = abbreviationsOf(languages);
  const spans: SentenceSpan[] = [];
  const boundary = /([.!?…]+)(["'»”’)\]]*)\s+(?=["«“([]?\s?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const stop = match.index + match[1]!.length + match[2]!.length;
    if (match[1] === '.' && !match[2]) {
      const lastWord = wordBefore(text, start, match.index);
      if (abbreviations.has(lastWord.toLowerCase()) || /^\p{Lu}$/u.test(lastWord)) continue;
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
