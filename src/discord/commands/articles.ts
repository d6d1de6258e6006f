import { SlashCommandBuilder } from 'discord.js';
import { localeLanguage } from '../language.js';
import { describe } from '../localize.js';
import { articlesEmbed } from '../render.js';
import type { SlashCommand } from './command.js';

/** /articles: every article with its language, paragraph count and source. */
export const articles: SlashCommand = {
  data: describe(new SlashCommandBuilder(), 'discord.commands.articles'),

  async execute(interaction, context) {
    await interaction.reply({ embeds: [articlesEmbed(context.engine.articles, localeLanguage(interaction.locale))] });
  },
};
