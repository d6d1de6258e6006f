import { Locale } from 'discord.js';
import { parseLanguageChoice } from '../articles/article.js';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../language/registry.js';
import type { Engine } from '../engine.js';

/**
 * The Discord locales that read each language. Discord names some locales by region ("es-ES",
 * "pt-BR") and rejects any other name, so they are listed here, one entry per registered
 * language (the compiler asks for a new language's).
 */
export const DISCORD_LOCALES: Record<Language, readonly Locale[]> = {
  en: [Locale.EnglishUS, Locale.EnglishGB],
  fr: [Locale.French],
};

/** The language of a Discord locale; any locale no language lists reads the default language, English. */
export function localeLanguage(locale: string | undefined): Language {
  return (
    LANGUAGES.find((language) => DISCORD_LOCALES[language].some((listed) => listed === locale)) ?? DEFAULT_LANGUAGE
  );
}

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
