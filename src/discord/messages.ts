import type { Message } from 'discord.js';
import { helpRequestLanguage } from '../i18n/help-request.js';
import { translator } from '../i18n/i18n.js';
import { answerReply } from './answer-reply.js';
import { commandNames } from './commands/index.js';
import type { BotContext } from './context.js';
import { replyLanguage, uiLanguage } from './language.js';

/**
 * Answers a message that mentions the bot, or any message in an answer channel, as a reply to
 * it; a bare mention or "help" gets how to ask. Bots (this one included) and other messages are
 * ignored.
 */
export async function handleMessage(message: Message, context: BotContext, answerChannels: ReadonlySet<string>): Promise<void> {
  const me = message.client.user;
  if (message.author.bot || message.author.id === me.id || message.system) return;
  const mentioned = message.mentions.users.has(me.id);
  if (!mentioned && !answerChannels.has(message.channelId)) return;
  const question = message.content.replace(new RegExp(`<@!?${me.id}>`, 'g'), ' ').trim();
  const language = replyLanguage(context.engine, question, undefined, message.guild?.preferredLocale);
  const helpLanguage = question ? helpRequestLanguage(question) : uiLanguage(language, message.guild?.preferredLocale);
  try {
    const wait = context.rateLimiter.take(message.author.id);
    if (wait > 0) {
      await message.reply({ content: translator(uiLanguage(language))('discord.rateLimited', { seconds: wait }) });
      return;
    }
    // A bare mention, or "help" / "aide": how to ask, rather than an answer about the articles.
    if (helpLanguage) {
      await message.reply({ content: translator(helpLanguage)('discord.help', commandNames(helpLanguage)) });
      return;
    }
    const conversation = { question, language, page: 0, user: message.author.id };
    const key = context.conversations.remember(conversation);
    await message.reply(answerReply(context, key, conversation));
  } catch (error) {
    context.logger.error({ err: error, messageId: message.id, channelId: message.channelId }, 'Message answer failed');
  }
}
