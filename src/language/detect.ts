import type { Language } from '../articles/article.js';
import { fold } from '../text/normalize.js';
import { rawWords } from '../text/tokenize.js';

/**
 * Short, frequent words that tell French from English, lower case, with and without accents since
 * people often type without them. Words common to both ("a", "on", "son") are left out.
 */
const MARKERS: Record<Language, ReadonlySet<string>> = {
  en: new Set(('the of and to in is was what who whom whose which when where why how did does do ' +
    'are were be been has have had with for from by this that these those it its an about after before ' +
    'their they he she his her we you your our will would can could should many much not or at as ' +
    'there than then between during into over under also both other most first any some').split(' ')),
  fr: new Set(('le la les des du de un une et est sont etait ete qui que quoi quel quelle quels quelles ' +
    'combien comment pourquoi quand ou dans pour par sur avec au aux ce cette ces il elle ils elles ' +
    'leur leurs son sa ses nous vous mais ne pas plus se lors apres avant entre aussi deux selon ' +
    'y fait ont avait etaient sera seront ainsi tres sous depuis chez lequel laquelle dont ' +
    'était été où après très étaient').split(' ')),
};

/** Letters that only French writes. */
const FRENCH_LETTERS = /[éèêëàâîïôûùüçœ]/gi;
/** A French elision at the start of a word: l'État, d'une, qu'il, c'est. */
const FRENCH_ELISION = /^(?:l|d|qu|j|n|s|c)'/;

export interface Detection {
  readonly language: Language;
  /** False when the text gave (almost) no clue, e.g. a name or a single word. */
  readonly confident: boolean;
}

/** Tells, for a folded word, the one language it is known in, if any (e.g. from the articles' vocabulary). */
export type WordLanguage = (word: string) => Language | undefined;

/**
 * Guesses whether a question is French or English from its function words and letters. When
 * they do not settle it ("migrants espagne", typed as keywords), `wordLanguage` may: each word
 * known in one language only counts for that language.
 */
export function detectLanguage(text: string, fallback: Language = 'en', wordLanguage?: WordLanguage): Detection {
  let fr = 0;
  let en = 0;
  // Raw words keep their accents; the markers list the French ones both ways, so no folding is needed.
  // Hyphens split words already ("a-t-il" is "a", "t", "il").
  const words = rawWords(text);
  for (const word of words) {
    if (word.includes("'") && FRENCH_ELISION.test(word)) fr += 1;
    if (MARKERS.fr.has(word)) fr += 1;
    if (MARKERS.en.has(word)) en += 1;
  }
  fr += 0.5 * (text.match(FRENCH_LETTERS)?.length ?? 0);
  if (wordLanguage && Math.abs(fr - en) < 1.5) {
    // Half a vote each: a function word says more about the asker's language than a word of
    // one article does ("qui a rencontré castaner": Castaner is only in the English article).
    for (const word of words) {
      const known = wordLanguage(fold(word));
      if (known === 'fr') fr += 0.5;
      else if (known === 'en') en += 0.5;
    }
  }
  if (fr === en) return { language: fallback, confident: false };
  const language: Language = fr > en ? 'fr' : 'en';
  return { language, confident: Math.abs(fr - en) >= 1.5 };
}
