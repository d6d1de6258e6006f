import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Article } from '../articles/article.js';
import type { Language } from '../language/registry.js';
import type { Answer, Citation } from '../answers/answer.js';
import { citationHeading, notFoundLines } from '../answers/render-text.js';
import { articleLine } from '../articles/render-text.js';
import { translator } from '../i18n/i18n.js';
import { ENTITY_KINDS } from '../summaries/entities.js';
import type { Summary } from '../summaries/summarize.js';
import { inert, LIMITS, truncate } from './limits.js';

const COLOR = { found: 0x2b8a3e, notFound: 0x868e96, summary: 0x1c7ed6 } as const;

/**
 * The answer as one embed: the bot's words, then one field per citation (heading: article,
 * paragraph, source, language note; value: the passage with its answering sentence in bold).
 * Every piece is made inert and cut to Discord's limits here, so no message is ever rejected.
 */
export function answerEmbed(
  answer: Answer,
  language: Language,
  citations: readonly Citation[],
  firstNumber = 1,
  fieldMax: number = LIMITS.fieldValue,
): APIEmbed {
  const t = translator(language);
  const footer = { text: truncate(t('discord.question', { question: inert(answer.question) }), LIMITS.footer) };
  if (!answer.found) {
    return {
      color: COLOR.notFound,
      description: truncate(notFoundLines(answer, language).join('\n'), LIMITS.embedDescription),
      footer,
    };
  }
  // A page past the last citation: the caller says so privately instead of showing this.
  if (citations.length === 0) return { color: COLOR.notFound, description: t('discord.noMore'), footer };
  const fields: APIEmbedField[] = citations.slice(0, LIMITS.fields).map((citation, i) => ({
    name: truncate(inert(citationHeading(citation, firstNumber + i, language)), LIMITS.fieldName),
    value: quote(citation, fieldMax),
  }));
  return { color: COLOR.found, description: t('answer.intro'), fields, footer };
}

/**
 * The passage with its answering sentence in bold, fitted to `max` characters: when the passage
 * is too long, the answering sentence is kept and the text around it is cut at word ends.
 */
export function quote(citation: Citation, max: number): string {
  const { text, highlight } = citation;
  const sentence = inert(text.slice(highlight.start, highlight.end));
  const bold = `**${truncate(sentence, max - 8)}**`;
  const room = max - bold.length - 2;
  const before = inert(text.slice(0, highlight.start));
  const after = inert(text.slice(highlight.end));
  const beforeRoom = Math.min(before.length, Math.floor(room / 2) + Math.max(0, Math.floor(room / 2) - after.length));
  const afterRoom = Math.max(0, room - Math.min(before.length, beforeRoom));
  const head = before.length <= beforeRoom ? before : beforeRoom > 10 ? `…${cutStart(before, beforeRoom - 1)}` : '';
  const tail = after.length <= afterRoom ? after : afterRoom > 10 ? truncate(after, afterRoom) : '';
  const value = `${head}${bold}${tail}`.trim();
  return value.length <= max ? value : truncate(value, max);
}

/** The last `max` characters of text, starting at a word. */
function cutStart(text: string, max: number): string {
  const tail = text.slice(text.length - max);
  const space = tail.indexOf(' ');
  return space >= 0 ? tail.slice(space + 1) : tail;
}

export function summaryEmbed(summary: Summary, language: Language): APIEmbed {
  const t = translator(language);
  const fields: APIEmbedField[] = [
    {
      name: t('summary.keySentences'),
      value: truncate(
        summary.keySentences
          .map((s) => `• ${inert(t('summary.keySentence', { paragraph: s.paragraph, text: s.text }))}`)
          .join('\n'),
        LIMITS.fieldValue,
      ),
    },
  ];
  for (const kind of ENTITY_KINDS) {
    const items = summary.entities[kind];
    fields.push({
      name: t(`summary.${kind}`),
      value: truncate(items.length ? inert(items.join(', ')) : t('summary.none'), LIMITS.fieldValue),
      inline: true,
    });
  }
  return {
    color: COLOR.summary,
    title: truncate(inert(t('summary.heading', { title: summary.title })), LIMITS.embedTitle),
    description: truncate(
      t('summary.meta', {
        language: t(`language.${summary.language}`),
        count: summary.paragraphCount,
        source: summary.source ?? t('articles.unknownSource'),
      }),
      LIMITS.embedDescription,
    ),
    fields,
  };
}

export function articlesEmbed(articles: readonly Article[], language: Language): APIEmbed {
  const t = translator(language);
  const lines: string[] = [];
  let length = 0;
  for (const article of articles) {
    const line = `• ${inert(articleLine(article, language))}`;
    if (length + line.length + 1 > LIMITS.embedDescription - 2) {
      lines.push('…');
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return {
    color: COLOR.summary,
    title: t('articles.heading', { count: articles.length }),
    description: lines.join('\n'),
  };
}
