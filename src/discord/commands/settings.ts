import { ChannelType } from 'discord.js';
import { translator } from '../../i18n/i18n.js';
import { STRICTNESS_LEVELS, type Strictness } from '../../answers/ask.js';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../../articles/article.js';
import type { ServerSettings } from '../../storage/store.js';
import { PAGE_SIZE } from '../answer-reply.js';
import type { BotContext } from '../context.js';
import { localeLanguage } from '../language.js';
import { describe } from '../localize.js';
import { allowedToManage } from '../permissions.js';
import { localizedChoice, managersCommand, type SlashCommand } from './command.js';

const KEY = 'discord.commands.settings';

/**
 * /settings (server managers): the channels where every message is a question, the answers'
 * language, how many passages an answer cites, how sure the bot must be before it answers.
 * Saved per server, applied at once, shown back privately; what a server has not set comes from
 * the environment.
 */
export const settings: SlashCommand = {
  data: managersCommand(KEY)
    .addSubcommand((sub) =>
      describe(sub, `${KEY}.channelAdd`).addChannelOption((option) =>
        describe(option, `${KEY}.channelAdd.channel`)
          .setRequired(true)
          .addChannelTypes(ChannelType.GuildText, ChannelType.GuildForum, ChannelType.GuildAnnouncement),
      ),
    )
    .addSubcommand((sub) =>
      describe(sub, `${KEY}.channelRemove`).addChannelOption((option) =>
        describe(option, `${KEY}.channelRemove.channel`).setRequired(true),
      ),
    )
    .addSubcommand((sub) =>
      describe(sub, `${KEY}.language`).addStringOption((option) =>
        describe(option, `${KEY}.language.value`)
          .setRequired(true)
          .addChoices(...LANGUAGE_CHOICES.map((value) => localizedChoice('serverSettings.languages', value))),
      ),
    )
    .addSubcommand((sub) =>
      describe(sub, `${KEY}.citations`).addIntegerOption((option) =>
        describe(option, `${KEY}.citations.count`)
          .setRequired(true)
          .addChoices(...[1, 2, 3].map((n) => ({ name: String(n), value: n }))),
      ),
    )
    .addSubcommand((sub) =>
      describe(sub, `${KEY}.strictness`).addStringOption((option) =>
        describe(option, `${KEY}.strictness.value`)
          .setRequired(true)
          .addChoices(...STRICTNESS_LEVELS.map((value) => localizedChoice('serverSettings.strictness', value))),
      ),
    )
    .addSubcommand((sub) => describe(sub, `${KEY}.show`)),

  async execute(interaction, context) {
    if (!(await allowedToManage(interaction, 'serverSettings.notAllowed'))) return;
    const t = translator(localeLanguage(interaction.locale));
    const server = interaction.guildId!;
    const current = await context.recorder.settings(server);
    const changed = changedSettings(current, interaction.options.getSubcommand(), {
      channel: () => interaction.options.getChannel('channel', true).id,
      language: () => interaction.options.getString('value', true) as LanguageChoice,
      citations: () => interaction.options.getInteger('count', true) as 1 | 2 | 3,
      strictness: () => interaction.options.getString('value', true) as Strictness,
    });
    let saved = true;
    if (changed !== current) saved = await context.recorder.saveSettings(server, changed);
    let shown = showSettings(saved ? changed : current, context, t);
    // Without the intent, messages reach the bot with no text: an answer channel would stay silent.
    if (!context.readsMessages && changed.answerChannels.length)
      shown += `\n${t('serverSettings.needsMessageContent')}`;
    await interaction.reply({
      content: saved
        ? changed === current
          ? shown
          : `${t('serverSettings.saved')}\n${shown}`
        : t('serverSettings.notSaved'),
      flags: 'Ephemeral',
    });
    if (changed !== current && saved)
      context.logger.info({ guildId: server, settings: changed }, 'Server settings changed');
  },
};

/** The settings after a subcommand; the same object when it changes nothing. */
function changedSettings(
  current: ServerSettings,
  sub: string,
  read: { channel(): string; language(): LanguageChoice; citations(): 1 | 2 | 3; strictness(): Strictness },
): ServerSettings {
  switch (sub) {
    case 'channel-add': {
      const channel = read.channel();
      return current.answerChannels.includes(channel)
        ? current
        : { ...current, answerChannels: [...current.answerChannels, channel] };
    }
    case 'channel-remove': {
      const channel = read.channel();
      return current.answerChannels.includes(channel)
        ? { ...current, answerChannels: current.answerChannels.filter((c) => c !== channel) }
        : current;
    }
    case 'language':
      return { ...current, language: read.language() };
    case 'citations':
      return { ...current, citations: read.citations() };
    case 'strictness':
      return { ...current, strictness: read.strictness() };
    default:
      return current;
  }
}

function showSettings(server: ServerSettings, context: BotContext, t: ReturnType<typeof translator>): string {
  const mention = (ids: readonly string[]) => ids.map((id) => `<#${id}>`).join(', ');
  const configured = [...context.answerChannels];
  const channels =
    [
      ...(server.answerChannels.length ? [mention(server.answerChannels)] : []),
      ...(configured.length ? [t('serverSettings.fromConfiguration', { channels: mention(configured) })] : []),
    ].join('; ') || t('serverSettings.noChannels');
  return t('serverSettings.shown', {
    channels,
    language: t(`serverSettings.languages.${server.language ?? 'auto'}`),
    citations: server.citations ?? PAGE_SIZE,
    strictness: t(`serverSettings.strictness.${server.strictness ?? context.engine.strictness}`),
  });
}
