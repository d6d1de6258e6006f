import type { APIEmbed } from 'discord.js';
import { reportText } from '../../answers/render-report.js';
import { translator } from '../../i18n/i18n.js';
import { localeLanguage } from '../language.js';
import { inert, LIMITS, truncate } from '../limits.js';
import { describe } from '../localize.js';
import { allowedToManage } from '../permissions.js';
import { managersCommand, type SlashCommand } from './command.js';

const KEY = 'discord.commands.report';

/** /report [days: 7|30] (server managers): questions, answers, votes, and what the articles lack. Private. */
export const report: SlashCommand = {
  data: managersCommand(KEY).addIntegerOption((option) =>
    describe(option, `${KEY}.days`).addChoices({ name: '7', value: 7 }, { name: '30', value: 30 }),
  ),

  async execute(interaction, context) {
    if (!(await allowedToManage(interaction, 'serverSettings.notAllowed'))) return;
    const language = localeLanguage(interaction.locale);
    const days = interaction.options.getInteger('days') ?? 7;
    const found = await context.recorder.report(interaction.guildId!, days);
    if (!found) {
      await interaction.reply({ content: translator(language)('report.unavailable'), flags: 'Ephemeral' });
      return;
    }
    const titleOf = (id: string) => context.engine.catalog.get(id)?.title ?? id;
    const text = reportText(found, days, language, titleOf);
    const embed: APIEmbed = {
      title: truncate(text.title, LIMITS.embedTitle),
      description: truncate(text.summary, LIMITS.embedDescription),
      fields: text.sections.map((section) => ({
        name: truncate(section.heading, LIMITS.fieldName),
        value: fitLines(section.lines.map(inert), LIMITS.fieldValue),
      })),
    };
    await interaction.reply({ embeds: [embed], flags: 'Ephemeral' });
  },
};

/** As many whole lines as fit, each cut to a share of the room so that several show. */
function fitLines(lines: readonly string[], max: number): string {
  const each = Math.max(80, Math.floor(max / Math.max(1, Math.min(lines.length, 5))) - 1);
  const kept: string[] = [];
  let length = 0;
  for (const line of lines.map((l) => truncate(l, each))) {
    if (length + line.length + 1 > max) break;
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join('\n') || '—';
}
