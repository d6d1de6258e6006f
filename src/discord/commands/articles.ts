import { SlashCommandBuilder } from 'discord.js';
import { uiLanguage } from '../language.js';
import { describe } from '../localize.js';
import { articlesEmbed } from '../render.js';
import type { SlashCommand } from './command.js';

/** /articles: every article with its language, paragraph count and source. */
export const articles: SlashCommand = {
  data: describe(new SlashCommandBuilder(), 'discord.commands.articles'),

  async execute(interaction, context) {
    const language = uiLanguage(interaction.locale?.startsWith('fr') ? 'fr' : 'en');
    await interaction.reply({ embeds: [articlesEmbed(context.engine.articles, language)] });
  },
};
