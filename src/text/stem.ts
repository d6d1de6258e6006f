import { compiledPer } from '../language/compiled.js';
import type { LanguageData } from '../language/language-data.js';
import { memoize } from './memo.js';
import { fold } from './normalize.js';

/** The plural "s" of a code or a figure ("A350s", "737s", "the 1990s"): the code is the word. */
const CODE_PLURAL = /(?<=\d)s$/;

const stemmerOf = compiledPer((language: LanguageData) =>
  memoize((lower) => {
    if (/\d/.test(lower)) return fold(lower.replace(CODE_PLURAL, ''));
    if (lower.length <= 3) return fold(lower);
    return fold(language.stem(lower));
  }),
);

/**
 * The stem of a lower-case word in a language, folded afterwards. Stemmers read accents
 * ("sécurité" -> "sécur"), so they run before folding; a question typed without accents still
 * reaches the passage through its exact folded word, which the index also keeps. Words of three
 * letters or fewer and figures are their own stems, a code's plural its code's ("a350s": "a350").
 * Memoized: a question's translations and synonyms ask for the same few stems again and again.
 */
export function stem(lower: string, language: LanguageData): string {
  return stemmerOf(language)(lower);
}
