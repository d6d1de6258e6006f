import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type APIEmbed, type MessageActionRowComponentBuilder } from 'discord.js';
import type { Language } from '../articles/article.js';
import { translator } from '../i18n/i18n.js';
import type { BotContext } from './context.js';
import type { Conversation } from './conversations.js';
import { answerEmbed } from './render.js';

export const PAGE_SIZE = 3;
/** Custom ids: `qa:lang:KEY` switches language, `qa:more:KEY` shows the next passages. */
export const BUTTON_PREFIX = 'qa:';

export interface AnswerReply {
  embeds: APIEmbed[];
  components: ActionRowBuilder<MessageActionRowComponentBuilder>[];
}

/** The embeds and buttons showing one page of a conversation's answer. */
export function answerReply(context: BotContext, key: string, conversation: Conversation): AnswerReply {
  const { page } = conversation;
  const languages: Language[] = conversation.language === 'both' ? ['en', 'fr'] : [conversation.language];
  const answer = context.engine.ask(conversation.question, {
    ...(conversation.language === 'both' ? {} : { language: conversation.language }),
    maxCitations: (page + 1) * PAGE_SIZE + 1,
  });
  const shown = answer.citations.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const embeds = languages.map((language) => answerEmbed(answer, language, shown, page * PAGE_SIZE + 1));
  const hasMore = answer.citations.length > (page + 1) * PAGE_SIZE;
  const ui = translator(languages[0]!);
  const buttons: ButtonBuilder[] = [];
  if (conversation.language !== 'both') {
    buttons.push(new ButtonBuilder().setCustomId(`${BUTTON_PREFIX}lang:${key}`).setStyle(ButtonStyle.Secondary).setLabel(ui('discord.buttons.otherLanguage')));
  }
  if (answer.found) {
    buttons.push(new ButtonBuilder().setCustomId(`${BUTTON_PREFIX}more:${key}`).setStyle(ButtonStyle.Primary).setLabel(ui('discord.buttons.more')).setDisabled(!hasMore));
  }
  const components = buttons.length ? [new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(buttons)] : [];
  return { embeds, components };
}
