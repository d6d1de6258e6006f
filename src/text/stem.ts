import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import type { Language } from '../articles/article.js';

const STEMMERS: Record<Language, (word: string) => string> = { en: englishStemmer, fr: frenchStemmer };

/**
 * Snowball stem of a folded word. Folding comes first on purpose: a question typed without
 * accents must reach the same stem as the accented article text.
 */
export function stem(word: string, language: Language): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  return STEMMERS[language](word);
}
