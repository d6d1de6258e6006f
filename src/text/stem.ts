import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import type { Language } from '../articles/article.js';
import { memoize } from './memo.js';
import { fold } from './normalize.js';

const BRITISH_ISATION = /isation(?=s?$)/;

function stemmerFor(language: Language): (lower: string) => string {
  const snowball = language === 'en' ? englishStemmer : frenchStemmer;
  return memoize((lower) => {
    if (lower.length <= 3 || /\d/.test(lower)) return fold(lower);
    // British and American spellings meet: "organisation" is "organization".
    const spelled = language === 'en' ? lower.replace(BRITISH_ISATION, 'ization') : lower;
    return fold(snowball(spelled));
  });
}

const STEMMERS: Record<Language, (lower: string) => string> = { en: stemmerFor('en'), fr: stemmerFor('fr') };

/**
 * Snowball stem of a lower-case word, folded afterwards. Snowball's French rules read accents
 * ("sécurité" -> "sécur"), so they run before folding; a question typed without accents still
 * reaches the passage through its exact folded word, which the index also keeps. Memoized: a
 * question's translations and synonyms ask for the same few stems again and again.
 */
export function stem(lower: string, language: Language): string {
  return STEMMERS[language](lower);
}
