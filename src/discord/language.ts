import { parseLanguageChoice } from '../articles/article.js';
import { type Language } from '../language/registry.js';
import { localeLanguage } from './locales.js';
import type { Engine } from '../engine.js';

/**
 * The reply's language: the option if given; else the question's, when it is clear; else the
 * Discord user's locale (French for `fr`, English otherwise).
 */
export function replyLanguage(
  engine: Engine,
  text: string,
  option: string | null | undefined,
  locale: string | undefined,
): Language | 'both' {
  const chosen = parseLanguageChoice(option ?? undefined);
  if (chosen !== undefined && chosen !== 'auto') return chosen;
  const fromLocale = localeLanguage(locale);
  const detection = engine.detect(text, fromLocale);
  return detection.confident ? detection.language : fromLocale;
}

/** One language to write interface messages in (the first, for `both`). */
export function uiLanguage(language: Language | 'both', locale?: string): Language {
  if (language !== 'both') return language;
  return localeLanguage(locale);
}
