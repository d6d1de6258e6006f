import { MessageFlags, type ButtonInteraction, type Interaction, type RepliableInteraction } from 'discord.js';
import { nextLanguage } from '../articles/article.js';
import { translator } from '../i18n/i18n.js';
import { answerReply, questionInFooter, readButtonId, serverView, type AnswerView } from './answer-reply.js';
import { commandNamed } from './commands/index.js';
import type { BotContext } from './context.js';
import { uiLanguage } from './language.js';
import { localeLanguage } from './language.js';

/** Discord's code for an interaction past its 3 s (or already answered). */
const UNKNOWN_INTERACTION = 10062;

/** Routes an interaction to its command, autocomplete or button. */
export async function handleInteraction(interaction: Interaction, context: BotContext): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      await commandNamed(interaction.commandName)?.autocomplete?.(interaction, context);
      return;
    }
    if (interaction.isChatInputCommand()) {
      const command = commandNamed(interaction.commandName);
      // Only questions count against the limit: paging, switching language or listing articles do not.
      const wait = command?.asksQuestion ? context.rateLimiter.take(interaction.user.id) : 0;
      if (wait > 0)
        await replyPrivately(
          interaction,
          translator(localeLanguage(interaction.locale))('discord.rateLimited', { seconds: wait }),
        );
      else await command?.execute(interaction, context);
    } else if (interaction.isButton() && readButtonId(interaction.customId)) {
      await handleButton(interaction, context);
    }
  } catch (error) {
    if ((error as { code?: unknown }).code === UNKNOWN_INTERACTION) {
      // Discord gave up on it (its 3 s were spent before the answer): nothing can reach the member.
      context.logger.warn(
        { interactionId: interaction.id, type: interaction.type },
        'Interaction expired before it was answered (10062)',
      );
      return;
    }
    context.logger.error({ err: error, interactionId: interaction.id, type: interaction.type }, 'Interaction failed');
    if (interaction.isRepliable()) {
      await replyPrivately(interaction, translator(localeLanguage(interaction.locale))('errors.unexpected')).catch(
        (second: unknown) =>
          context.logger.warn({ err: second, interactionId: interaction.id }, 'Could not report the error to the user'),
      );
    }
  }
}

/**
 * A button redoes its own answer, read back from the message it sits on. The asker's press
 * changes their reply; anyone else gets the result privately, so that a public answer is never
 * rewritten by a stranger.
 */
async function handleButton(interaction: ButtonInteraction, context: BotContext): Promise<void> {
  const state = readButtonId(interaction.customId)!;
  if (state.kind === 'vote') {
    await recordVote(interaction, context, state.vote, state.answerKey);
    return;
  }
  const question = questionInFooter(interaction.message.embeds[0]?.footer?.text);
  if (question === undefined) {
    await replyPrivately(interaction, translator(localeLanguage(interaction.locale))('discord.expired'));
    return;
  }
  const presser = interaction.user.id;
  // The server's strictness as it is now: an answer paged through is asked again.
  const { strictness } = serverView(await context.recorder.settings(interaction.guildId));
  const view: AnswerView = {
    question,
    asker: presser,
    // "Both" has no other-language button.
    language: state.action === 'lang' && state.language !== 'both' ? nextLanguage(state.language) : state.language,
    page: state.action === 'more' ? state.page + 1 : state.page,
    pageSize: state.pageSize,
    ...(state.answerKey ? { answerKey: state.answerKey } : {}),
    ...(strictness ? { strictness } : {}),
  };
  // A redo is not a new question: it is not recorded again.
  const { answer: _redone, ...reply } = answerReply(context, view);
  if (state.action === 'more' && reply.embeds.every((embed) => !embed.fields?.length)) {
    await replyPrivately(interaction, translator(uiLanguage(view.language, interaction.locale))('discord.noMore'));
    return;
  }
  if (presser === state.asker) await interaction.update(reply);
  else await interaction.reply({ ...reply, flags: MessageFlags.Ephemeral });
}

/**
 * A 👍 or 👎 on an answer: kept once per member and answer (pressing again changes the vote),
 * before it is acknowledged, privately.
 */
async function recordVote(
  interaction: ButtonInteraction,
  context: BotContext,
  vote: 'up' | 'down',
  answerKey: string,
): Promise<void> {
  const t = translator(localeLanguage(interaction.locale));
  const result = interaction.guildId
    ? await context.recorder.recordVote(interaction.guildId, answerKey, interaction.user.id, vote === 'up' ? 1 : -1)
    : 'unknown-answer';
  const key =
    result === 'recorded'
      ? `discord.vote.${vote}`
      : result === 'unknown-answer'
        ? 'discord.vote.unknown'
        : 'discord.vote.failed';
  await replyPrivately(interaction, t(key));
}

async function replyPrivately(interaction: RepliableInteraction, content: string): Promise<void> {
  if (interaction.replied || interaction.deferred)
    await interaction.followUp({ content, flags: MessageFlags.Ephemeral });
  else await interaction.reply({ content, flags: MessageFlags.Ephemeral });
}
