import { SlashCommandBuilder } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../../answers/ask.js';
import { firstAnswerReply } from '../answer-reply.js';
import { replyLanguage } from '../language.js';
import { describe } from '../localize.js';
import type { SlashCommand } from './command.js';
import { languageOption } from './command.js';

/** /ask question:<text> [language]: the cited answer, with buttons to switch language and page. */
export const ask: SlashCommand = {
  data: describe(new SlashCommandBuilder(), 'discord.commands.ask')
    .addStringOption((option) =>
      describe(option, 'discord.commands.ask.question').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addStringOption(languageOption),
  asksQuestion: true,

  async execute(interaction, context) {
    const question = interaction.options.getString('question', true);
    const server = await context.recorder.settings(interaction.guildId);
    const language = replyLanguage(
      context.engine,
      question,
      interaction.options.getString('language') ?? server.language,
      interaction.locale,
    );
    await interaction.reply(
      firstAnswerReply(context, {
        question,
        language,
        asker: interaction.user.id,
        key: interaction.id,
        guildId: interaction.guildId,
        server,
      }),
    );
  },
};
