import type { LocalizationMap } from 'discord.js';
import { translator } from '../i18n/i18n.js';

/** Discord's French locale gets the French text; English locales use the default (English). */
export function localized(key: string): { text: string; localizations: LocalizationMap } {
  return { text: translator('en')(key), localizations: { fr: translator('fr')(key) } };
}

/** The name and description of a command or option, with their French localizations. */
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
