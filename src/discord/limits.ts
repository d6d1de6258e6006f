import type { APIEmbed } from 'discord.js';

/** What Discord accepts in one message (API v10). */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  choices: 25,
  choiceName: 100,
  customId: 100,
  buttonLabel: 80,
} as const;

/** The characters of embeds that count towards Discord's total for one message. */
export function embedsLength(embeds: readonly APIEmbed[]): number {
  const length = (text: string | undefined) => text?.trim().length ?? 0;
  return embeds.reduce(
    (sum, embed) =>
      sum +
      length(embed.title) +
      length(embed.description) +
      length(embed.footer?.text) +
      length(embed.author?.name) +
      (embed.fields ?? []).reduce((fields, field) => fields + length(field.name) + length(field.value), 0),
    0,
  );
}

/**
 * Cuts text to at most `max` characters at a sentence end, or failing that a word end, and adds
 * an ellipsis; never mid-word. Text that fits is returned as it is.
 */
export function truncate(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const room = trimmed.slice(0, Math.max(0, max - 1));
  const sentenceEnd = Math.max(...['. ', '! ', '? ', '.\n', '» ', '” '].map((end) => room.lastIndexOf(end)));
  if (sentenceEnd >= room.length * 0.5) return `${room.slice(0, sentenceEnd + 1).trimEnd()} …`.slice(0, max);
  const wordEnd = room.search(/\s\S*$/);
  const cut = wordEnd > 0 ? room.slice(0, wordEnd) : room;
  return `${cut.replace(/[\s,;:–-]+$/u, '')}…`;
}

/**
 * Makes user or article text inert in Discord: no mention syntax, no markdown that could hide
 * or restyle the quote, no control characters. `allowed_mentions` already stops pings; this
 * also stops "@everyone" from even looking like one.
 */
export function inert(text: string): string {
  return (
    text
      // oxlint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, '')
      .replace(/([\\*_~`|[\]])/g, '\\$1')
      .replace(/^(\s*)([>#-])/gm, '$1\\$2')
      .replace(/@/g, '@\u200b')
      .replace(/<(?=[@#:&!]|a:|t:)/g, '<\u200b')
  );
}

/** The text `inert` was given, from what it made (less the control characters it dropped). */
export function uninert(text: string): string {
  return text.replace(/([@<])\u200b/g, '$1').replace(/\\([\\*_~`|[\]>#-])/g, '$1');
}
