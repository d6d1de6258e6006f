import type { AutocompleteInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody, SlashCommandStringOption } from 'discord.js';
import type { BotContext } from '../context.js';
import { describe, localized } from '../localize.js';

/** One slash command: its definition for Discord and what it does. */
export interface SlashCommand {
  readonly data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Whether it asks the articles a question, and so counts against a member's question limit. */
  readonly asksQuestion?: boolean;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}

/** The `language` option shared by /ask and /summary: auto, fr, en or both, localized. */
export function languageOption(option: SlashCommandStringOption): SlashCommandStringOption {
  const choice = (value: string) => {
    const name = localized(`discord.commands.language.${value}`);
    return { name: name.text, name_localizations: name.localizations, value };
  };
  return describe(option, 'discord.commands.language').addChoices(choice('auto'), choice('fr'), choice('en'), choice('both'));
}
