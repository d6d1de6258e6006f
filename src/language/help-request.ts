import type { Language } from './registry.js';
import { REGISTERED_LANGUAGES, type Languages } from './registry.js';

/**
 * The language of a bare call for help ("help", "aide?"), or undefined for anything else: such a
 * line is someone looking for the commands, not a question about the articles.
 */
export function helpRequestLanguage(text: string, languages: Languages = REGISTERED_LANGUAGES): Language | undefined {
  const word = /^(\p{L}+)\s*[?!.]*$/u.exec(text.trim())?.[1]?.toLowerCase();
  return word === undefined
    ? undefined
    : (languages.find((language) => language.helpWords.includes(word))?.code as Language | undefined);
}
