import type { Language } from '../articles/article.js';

/**
 * The language of a bare call for help ("help", "aide?"), or undefined for anything else: such a
 * line is someone looking for the commands, not a question about the articles.
 */
export function helpRequestLanguage(text: string): Language | undefined {
  const match = /^(help|aide)\s*[?!.]*$/i.exec(text.trim());
  if (!match) return undefined;
  return match[1]!.toLowerCase() === 'aide' ? 'fr' : 'en';
}
