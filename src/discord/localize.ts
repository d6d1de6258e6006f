import type { LocalizationMap } from 'discord.js';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../language/registry.js';
import { translator } from '../i18n/i18n.js';
import { DISCORD_LOCALES } from './language.js';

/**
 * The default language's text (English), which every Discord locale without its own shows, and
 * each other language's text for its Discord locales (`fr`).
 */
export function localized(key: string): { text: string; localizations: LocalizationMap } {
  const others = LANGUAGES.filter((language) => language !== DEFAULT_LANGUAGE);
  return {
    text: translator(DEFAULT_LANGUAGE)(key),
    localizations: Object.fromEntries(
      others.flatMap((language) => DISCORD_LOCALES[language].map((locale) => [locale, translator(language)(key)])),
    ),
  };
}

/** The name and description of a command or option, with their localizations. */
export function describe<
  T extends {
    setName(name: string): T;
    setNameLocalizations(map: LocalizationMap): T;
    setDescription(text: string): T;
    setDescriptionLocalizations(map: LocalizationMap): T;
  },
>(builder: T, key: string): T {
  const name = localized(`${key}.name`);
  const description = localized(`${key}.description`);
  return builder
    .setName(name.text)
    .setNameLocalizations(name.localizations)
    .setDescription(description.text)
    .setDescriptionLocalizations(description.localizations);
}
