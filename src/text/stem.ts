import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import type { Language } from '../articles/article.js';
import { fold } from './normalize.js';

const STEMMERS: Record<Language, (word: string) => string> = { en: englishStemmer, fr: frenchStemmer };

/**
 * Snowball stem of a lower-case word, folded afterwards. Snowball's French rules read accents
 * ("sécurité" -> "sécur"), so they run before folding; a question typed without accents still
 * reaches the passage through its exact folded word, which the index also keeps.
 */
export function stem(lower: string, language: Language): string {
  if (lower.length <= 3 || /\d/.test(lower)) return fold(lower);
  // British and American spellings meet: "organisation" is "organization".
  const spelled = language === 'en' ? lower.replace(BRITISH_ISATION, 'ization') : lower;
  return fold(STEMMERS[language](spelled));
}

const BRITISH_ISATION = /isation(?=s?$)/;
