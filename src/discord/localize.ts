import type { LocalizationMap } from 'discord.js';
import { LANGUAGES } from '../articles/article.js';
import { translator } from '../i18n/i18n.js';

const [DEFAULT_LANGUAGE, ...LOCALIZED_LANGUAGES] = LANGUAGES;

/**
 * The text of the registry's first language (English) is the default, which every other Discord
 * locale shows; each other language's text goes to the Discord locale of its code (`fr`).
 */
export function localized(key: string): { text: string; localizations: LocalizationMap } {
  return {
    text: translator(DEFAULT_LANGUAGE!)(key),
    localizations: Object.fromEntries(LOCALIZED_LANGUAGES.map((language) => [language, translator(language)(key)])),
  };
}

/** The name and description of a command or option, with their localizations. */
export function describe<T extends {
  setName(name: string): T;
  setNameLocalizations(map: LocalizationMap): T;
  setDescription(text: string): T;
  setDescriptionLocalizations(map: LocalizationMap): T;
}>(builder: T, key: string): T {
  const name = localized(`${key}.name`);
  const description = localized(`${key}.description`);
  return builder
    .setName(name.text)
    .setNameLocalizations(name.localizations)
    .setDescription(description.text)
    .setDescriptionLocalizations(description.localizations);
}
