import { SlashCommandBuilder } from 'discord.js';
import { renderUnknownArticle } from '../../answers/render-text.js';
import { replyLanguage, uiLanguage } from '../language.js';
import { inert, LIMITS, truncate } from '../limits.js';
import { describe } from '../localize.js';
import { summaryEmbed } from '../render.js';
import type { SlashCommand } from './command.js';
import { languageOption } from './command.js';

/** /summary article:<text> [language]: key sentences and named entities of one article. */
export const summary: SlashCommand = {
  data: describe(new SlashCommandBuilder(), 'discord.commands.summary')
    .addStringOption((option) => describe(option, 'discord.commands.summary.article').setRequired(true).setAutocomplete(true))
    .addStringOption(languageOption),

  async execute(interaction, context) {
    const query = interaction.options.getString('article', true);
    const found = context.engine.summary(query);
    const chosen = replyLanguage(context.engine, '', interaction.options.getString('language'), interaction.locale);
    const languages = chosen === 'both' ? (['en', 'fr'] as const) : [chosen];
    if (!found) {
      const text = renderUnknownArticle(inert(query), context.engine.articles, uiLanguage(chosen, interaction.locale));
      await interaction.reply({ content: truncate(text, LIMITS.content), flags: 'Ephemeral' });
      return;
    }
    await interaction.reply({ embeds: languages.map((language) => summaryEmbed(found, language)) });
  },

  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused();
    const articles = context.engine.catalog.find(typed, LIMITS.choices);
    await interaction.respond(articles.map((article) => ({
      name: truncate(article.title, LIMITS.choiceName) || article.id.slice(0, LIMITS.choiceName),
      value: article.id.slice(0, LIMITS.choiceName),
    })));
  },
};
