import type { Language } from '../../language/registry.js';
import { article } from './article.js';
import { articles } from './articles.js';
import { ask } from './ask.js';
import type { SlashCommand } from './command.js';
import { report } from './report.js';
import { settings } from './settings.js';
import { summary } from './summary.js';
import { DISCORD_LOCALES } from '../language.js';

export const COMMANDS: readonly SlashCommand[] = [ask, summary, articles, article, settings, report];

export function commandNamed(name: string): SlashCommand | undefined {
  return COMMANDS.find((command) => command.data.name === name);
}

/** Each command's name as Discord shows it in a language ("summary" is "resume" in French), by its English name. */
export function commandNames(language: Language): Record<string, string> {
  return Object.fromEntries(
    COMMANDS.map((command) => {
      const localized = command.data.toJSON().name_localizations?.[DISCORD_LOCALES[language][0]!];
      return [command.data.name, localized ?? command.data.name];
    }),
  );
}
