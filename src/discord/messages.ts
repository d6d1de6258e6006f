import type { Message } from 'discord.js';
import { helpRequestLanguage } from '../language/help-request.js';
import { translator } from '../i18n/i18n.js';
import { firstAnswerReply } from './answer-reply.js';
import { commandNames } from './commands/index.js';
import type { BotContext } from './context.js';
import { replyLanguage, uiLanguage } from './language.js';

/** User, role and channel mentions, and @everyone / @here: Discord syntax, not words of the question. */
const MENTIONS = /<@[!&]?\d{1,20}>|<#\d{1,20}>|@(?:everyone|here)\b/g;

/** A message's question: its text without the mentions in it. */
export function questionOfMessage(content: string): string {
  return content.replace(MENTIONS, ' ').replace(/\s+/g, ' ').trim();
}

/** Discord's error code for a permission the bot lacks in a channel. */
const MISSING_PERMISSIONS = 50013;

/** The member waits: the message gets this reaction, once, and nothing is posted in the channel. */
const WAIT_REACTION = '⏳';

/**
 * Answers a message that mentions the bot, or any message in an answer channel (or in a thread
 * or forum post under one), as a reply to it; a bare mention or "help" gets how to ask. Bots
 * (this one included) and other messages are ignored.
 */
export async function handleMessage(message: Message, context: BotContext): Promise<void> {
  const me = message.client.user;
  if (message.author.bot || message.author.id === me.id || message.system) return;
  const mentioned = message.mentions.users.has(me.id);
  const channel = message.channel.isThread() ? (message.channel.parentId ?? message.channelId) : message.channelId;
  const server = await context.recorder.settings(message.guildId);
  if (!mentioned && !context.answerChannels.has(channel) && !server.answerChannels.includes(channel)) return;
  const question = questionOfMessage(message.content);
  const language = replyLanguage(context.engine, question, server.language, message.guild?.preferredLocale);
  const helpLanguage = question ? helpRequestLanguage(question) : uiLanguage(language, message.guild?.preferredLocale);
  try {
    // A bare mention, or "help" / "aide": how to ask, rather than an answer about the articles.
    if (helpLanguage) {
      await message.reply({ content: translator(helpLanguage)('discord.help', commandNames(helpLanguage)) });
      return;
    }
    if (context.rateLimiter.take(message.author.id) > 0) {
      await message
        .react(WAIT_REACTION)
        .catch((error: unknown) => context.logger.debug({ err: error, messageId: message.id }, 'Could not react'));
      return;
    }
    await message.reply(
      firstAnswerReply(context, {
        question,
        language,
        asker: message.author.id,
        key: message.id,
        guildId: message.guildId,
        server,
      }),
    );
  } catch (error) {
    if ((error as { code?: unknown }).code === MISSING_PERMISSIONS) {
      if (context.channelsWithoutPermission.has(message.channelId)) return;
      context.channelsWithoutPermission.add(message.channelId);
      context.logger.warn(
        { channelId: message.channelId, guildId: message.guildId },
        'Cannot reply in this channel: grant the bot View Channel, Send Messages, Send Messages in Threads, Embed Links and Read Message History there',
      );
      return;
    }
    context.logger.error({ err: error, messageId: message.id, channelId: message.channelId }, 'Message answer failed');
  }
}
