import { SlashCommandBuilder } from 'discord.js';
import { renderArticleChoice } from '../../articles/render-text.js';
import { languagesFor } from '../../articles/article.js';
import { replyLanguage, uiLanguage } from '../language.js';
import { inert, LIMITS, truncate } from '../limits.js';
import { describe } from '../localize.js';
import { summaryEmbed } from '../render.js';
import { autocompleteArticles, languageOption, type SlashCommand } from './command.js';

/** Above this many articles, a title search may take seconds (fuse.js over every title). */
export const SLOW_TITLE_SEARCH = 2000;

/** /summary article:<text> [language]: key sentences and named entities of one article. */
export const summary: SlashCommand = {
  data: describe(new SlashCommandBuilder(), 'discord.commands.summary')
    .addStringOption((option) =>
      describe(option, 'discord.commands.summary.article').setRequired(true).setAutocomplete(true),
    )
    .addStringOption(languageOption),

  async execute(interaction, context) {
    const query = interaction.options.getString('article', true);
    // Over many articles the title search may outlast Discord's 3 s: the reply is deferred
    // first, privately, since it may be "no article matches"; a summary then follows publicly.
    const slow = context.engine.articles.length > SLOW_TITLE_SEARCH && !context.engine.catalog.get(query);
    if (slow) await interaction.deferReply({ flags: 'Ephemeral' });
    const match = context.engine.findArticle(query);
    const chosen = replyLanguage(context.engine, '', interaction.options.getString('language'), interaction.locale);
    if (match.kind !== 'one') {
      const text = truncate(
        renderArticleChoice(inert(query), match, context.engine.articles, uiLanguage(chosen, interaction.locale)),
        LIMITS.content,
      );
      await (slow
        ? interaction.editReply({ content: text })
        : interaction.reply({ content: text, flags: 'Ephemeral' }));
      return;
    }
    const found = context.engine.summaryOf(match.article);
    // Both: the article's own language first.
    const embeds = languagesFor(chosen, found.language).map((language) => summaryEmbed(found, language));
    if (!slow) await interaction.reply({ embeds });
    else {
      await interaction.deleteReply();
      await interaction.followUp({ embeds });
    }
  },

  autocomplete: autocompleteArticles,
};
