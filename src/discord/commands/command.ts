import {
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type SlashCommandStringOption,
  type LocalizationMap,
} from 'discord.js';
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

/**
 * Autocomplete of an `article` option (/summary, /article remove): the titles that match what is
 * typed, on one line without control or direction characters. An article whose id cannot be a
 * choice's value whole (over 100 characters, or with such characters) is left out: a cut id
 * would name no article.
 */
export async function autocompleteArticles(interaction: AutocompleteInteraction, context: BotContext): Promise<void> {
  const articles = context.engine.catalog.find(interaction.options.getFocused(), LIMITS.choices);
  await interaction.respond(
    articles
      .filter((article) => article.id.length <= LIMITS.choiceName && oneLine(article.id) === article.id)
      .map((article) => ({
        name: truncate(oneLine(article.title), LIMITS.choiceName) || article.id,
        value: article.id,
      })),
  );
}

// oxlint-disable-next-line no-control-regex -- control characters are what this removes
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]+/g;

/** Text on one line, without control characters, invisible marks or direction overrides. */
function oneLine(text: string): string {
  return text.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A command for the members who may manage a server (/article, /settings, /report), in servers
 * only. Discord hides it from the others; each run checks again (permissions.ts), since a server
 * can grant the command to anyone.
 */
export function managersCommand(key: string): SlashCommandBuilder {
  return describe(new SlashCommandBuilder(), key)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild);
}

/** A choice of a string option, its name localized from the texts under `key` (`key.auto`, `key.fr`…). */
export function localizedChoice(
  key: string,
  value: string,
): { name: string; name_localizations: LocalizationMap; value: string } {
  const name = localized(`${key}.${value}`);
  return { name: name.text, name_localizations: name.localizations, value };
}

/** The `language` option shared by /ask and /summary: auto, each language, both, localized. */
export function languageOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return describe(option, 'discord.commands.language').addChoices(
    ...LANGUAGE_CHOICES.map((value) => localizedChoice('discord.commands.language', value)),
  );
}
