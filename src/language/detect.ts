import { fold } from '../text/normalize.js';
import { rawWords } from '../text/tokenize.js';
import { compiledPer, literals } from './compiled.js';
import { LANGUAGES, REGISTERED_LANGUAGES, type Language, type Languages } from './registry.js';

export interface Detection {
  readonly language: Language;
  /** False when the text gave (almost) no clue, e.g. a name or a single word. */
  readonly confident: boolean;
}

/** Tells, for a folded word, the one language it is known in, if any (e.g. from the articles' vocabulary). */
export type WordLanguage = (word: string) => Language | undefined;

const markersOf = compiledPer((languages: Languages) =>
  languages.map((language) => ({
    code: language.code as Language,
    markers: new Set(language.markers),
    elision: new RegExp(`^(?:${literals(language.elisions)})'`),
    letters: language.letters,
  })),
);

/**
 * Guesses a text's language from its function words (each language's markers), its elisions
 * ("l'", "qu'") and the letters only one language writes. When they do not settle it ("migrants
 * espagne", typed as keywords), `wordLanguage` may: each word known in one language only counts
 * for that language. When two languages score the same, `fallback` is the answer, not confident.
 */
export function detectLanguage(
  text: string,
  fallback: Language = LANGUAGES[0]!,
  wordLanguage?: WordLanguage,
  languages: Languages = REGISTERED_LANGUAGES,
): Detection {
  const candidates = markersOf(languages);
  const scores = new Map<string, number>(candidates.map(({ code }) => [code, 0]));
  const add = (code: string, points: number) => scores.set(code, scores.get(code)! + points);
  // Raw words keep their accents; the markers list accented words both ways, so no folding is needed.
  // Hyphens split words already ("a-t-il" is "a", "t", "il").
  const words = rawWords(text);
  for (const { code, markers, elision, letters } of candidates) {
    for (const word of words) {
      if (word.includes("'") && elision.test(word)) add(code, 1);
      if (markers.has(word)) add(code, 1);
    }
    if (letters) add(code, 0.5 * (text.match(letters)?.length ?? 0));
  }
  if (wordLanguage && lead(scores).by < 1.5) {
    // Half a vote each: a function word says more about the asker's language than a word of
    // one article does ("qui a rencontré castaner": Castaner is only in the English article).
    for (const word of words) {
      const known = wordLanguage(fold(word));
      if (known !== undefined && scores.has(known)) add(known, 0.5);
    }
  }
  const { leader, by } = lead(scores);
  if (by === 0) return { language: fallback, confident: false };
  return { language: leader as Language, confident: by >= 1.5 };
}

/** The language with the highest score, and by how much it leads the next. */
function lead(scores: ReadonlyMap<string, number>): { leader: string; by: number } {
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  return { leader: ranked[0]![0], by: ranked[0]![1] - (ranked[1]?.[1] ?? 0) };
}
