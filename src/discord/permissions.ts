import { PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { translator } from '../i18n/i18n.js';
import { localeLanguage } from './language.js';

/**
 * Whether the member may manage the server. Discord shows the admin commands to those members
 * only (their default member permissions), but a server can grant them to anyone, so each run
 * checks again; anyone else is answered privately and nothing is done.
 */
export async function allowedToManage(
  interaction: ChatInputCommandInteraction,
  messageKey = 'articleFiles.notAllowed',
): Promise<boolean> {
  if (interaction.guildId && interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  const t = translator(localeLanguage(interaction.locale));
  await interaction.reply({
    content: t(interaction.guildId ? messageKey : 'serverSettings.notInServer'),
    flags: 'Ephemeral',
  });
  return false;
}
