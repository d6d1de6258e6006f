import type { ButtonInteraction, Interaction, RepliableInteraction } from 'discord.js';
import { translator } from '../i18n/i18n.js';
import { answerReply, BUTTON_PREFIX } from './answer-reply.js';
import { commandNamed } from './commands/index.js';
import type { BotContext } from './context.js';
import { localeLanguage, uiLanguage } from './language.js';

/** Routes an interaction to its command, autocomplete or button, under the rate limit. */
export async function handleInteraction(interaction: Interaction, context: BotContext): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      await commandNamed(interaction.commandName)?.autocomplete?.(interaction, context);
      return;
    }
    if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
    const wait = context.rateLimiter.take(interaction.user.id);
    if (wait > 0) {
      await replyPrivately(interaction, translator(localeLanguage(interaction.locale))('discord.rateLimited', { seconds: wait }));
      return;
    }
    if (interaction.isChatInputCommand()) await commandNamed(interaction.commandName)?.execute(interaction, context);
    else if (interaction.customId.startsWith(BUTTON_PREFIX)) await handleButton(interaction, context);
  } catch (error) {
    context.logger.error({ err: error, interactionId: interaction.id, type: interaction.type }, 'Interaction failed');
    if (interaction.isRepliable()) {
      await replyPrivately(interaction, translator(localeLanguage(interaction.locale))('errors.unexpected')).catch((second: unknown) =>
        context.logger.warn({ err: second, interactionId: interaction.id }, 'Could not report the error to the user'));
    }
  }
}

async function handleButton(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const [, action, key = ''] = interaction.customId.split(':');
  const conversation = context.conversations.get(key);
  if (!conversation) {
    await replyPrivately(interaction, translator(localeLanguage(interaction.locale))('discord.expired'));
    return;
  }
  const next = action === 'lang'
    ? { ...conversation, language: conversation.language === 'fr' ? 'en' as const : 'fr' as const }
    : { ...conversation, page: conversation.page + 1 };
  const reply = answerReply(context, key, next);
  if (action === 'more' && reply.embeds.every((embed) => !embed.fields?.length)) {
    await replyPrivately(interaction, translator(uiLanguage(conversation.language, interaction.locale))('discord.noMore'));
    return;
  }
  context.conversations.update(key, next);
  await interaction.update(reply);
}

async function replyPrivately(interaction: RepliableInteraction, content: string): Promise<void> {
  if (interaction.replied || interaction.deferred) await interaction.followUp({ content, flags: 'Ephemeral' });
  else await interaction.reply({ content, flags: 'Ephemeral' });
}
