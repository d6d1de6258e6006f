import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody, SlashCommandStringOption } from 'discord.js';
import { LANGUAGE_CHOICES } from '../../articles/article.js';
import type { BotContext } from '../context.js';
import { LIMITS, truncate } from '../limits.js';
import { describe, localized } from '../localize.js';

/** One slash command: its definition for Discord and what it does. */
export interface SlashCommand {
  readonly data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Whether it asks the articles a question, and so counts against a member's question limit. */
  readonly asksQuestion?: boolean;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}

/** Autocomplete of an `article` option (/summary, /article remove): the titles that match what is typed. */
export async function autocompleteArticles(interaction: AutocompleteInteraction, context: BotContext): Promise<void> {
  const articles = context.engine.catalog.find(interaction.options.getFocused(), LIMITS.choices);
  await interaction.respond(articles.map((article) => ({
    name: truncate(article.title, LIMITS.choiceName) || article.id.slice(0, LIMITS.choiceName),
    value: article.id.slice(0, LIMITS.choiceName),
  })));
}

/** The `language` option shared by /ask and /summary: auto, fr, en or both, localized. */
export function languageOption(option: SlashCommandStringOption): SlashCommandStringOption {
  const choice = (value: string) => {
    const name = localized(`discord.commands.language.${value}`);
    return { name: name.text, name_localizations: name.localizations, value };
  };
  return describe(option, 'discord.commands.language').addChoices(...LANGUAGE_CHOICES.map(choice));
}
