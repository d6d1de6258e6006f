import { Locale } from 'discord.js';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../language/registry.js';

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
