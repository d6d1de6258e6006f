import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type APIEmbed, type MessageActionRowComponentBuilder } from 'discord.js';
import { LANGUAGES, type Language } from '../articles/article.js';
import { translator } from '../i18n/i18n.js';
import type { BotContext } from './context.js';
import { embedsLength, LIMITS, uninert } from './limits.js';
import { answerEmbed } from './render.js';

export const PAGE_SIZE = 3;
export const BUTTON_PREFIX = 'qa:';

/** How one answer is shown: to whom, in which language, which page of its passages. */
export interface AnswerView {
  readonly question: string;
  readonly language: Language | 'both';
  readonly page: number;
  /** The member whose reply this is: only they change it; anyone else's press is answered privately. */
  readonly asker: string;
}

export type ButtonAction = 'lang' | 'more';

/**
 * What a button says, in its custom id: `qa:ACTION:ASKER:LANGUAGE:PAGE`. The question itself is
 * read back from the message the button sits on (its footer quotes it), so a button redoes its
 * own answer after a restart, on another shard or in another process: nothing is kept in memory.
 */
export interface ButtonState {
  readonly action: ButtonAction;
  readonly asker: string;
  readonly language: Language | 'both';
  readonly page: number;
}

export function buttonId(action: ButtonAction, view: AnswerView): string {
  return `${BUTTON_PREFIX}${action}:${view.asker}:${view.language}:${view.page}`;
}

/** The state of a button of this bot, or undefined for any other custom id (an old format included). */
export function readButtonId(customId: string): ButtonState | undefined {
  const match = /^qa:(lang|more):(\d{1,20}):(en|fr|both):(\d{1,4})$/.exec(customId);
  if (!match) return undefined;
  return { action: match[1] as ButtonAction, asker: match[2]!, language: match[3] as Language | 'both', page: Number(match[4]) };
}

/** The question an answer's footer quotes ("Question: …", "Question : …"), as it was asked. */
export function questionInFooter(footer: string | undefined): string | undefined {
  if (!footer) return undefined;
  for (const language of LANGUAGES) {
    const [prefix = '', suffix = ''] = translator(language)('discord.question', { question: '\u0000' }).split('\u0000');
    if (footer.startsWith(prefix) && footer.endsWith(suffix) && footer.length > prefix.length + suffix.length) {
      return uninert(footer.slice(prefix.length, footer.length - suffix.length));
    }
  }
  return undefined;
}

export interface AnswerReply {
  embeds: APIEmbed[];
  components: ActionRowBuilder<MessageActionRowComponentBuilder>[];
}

/** The embeds and buttons showing one page of an answer, within every Discord limit. */
export function answerReply(context: BotContext, view: AnswerView): AnswerReply {
  const { page } = view;
  const languages: readonly Language[] = view.language === 'both' ? LANGUAGES : [view.language];
  const answer = context.engine.ask(view.question, {
    ...(view.language === 'both' ? {} : { language: view.language }),
    maxCitations: (page + 1) * PAGE_SIZE + 1,
  });
  const shown = answer.citations.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const embeds = fitTogether((fieldMax) => languages.map((language) => answerEmbed(answer, language, shown, page * PAGE_SIZE + 1, fieldMax)));
  const hasMore = answer.citations.length > (page + 1) * PAGE_SIZE;
  const ui = translator(languages[0]!);
  const buttons: ButtonBuilder[] = [];
  if (view.language !== 'both') {
    buttons.push(new ButtonBuilder().setCustomId(buttonId('lang', view)).setStyle(ButtonStyle.Secondary).setLabel(ui('discord.buttons.otherLanguage')));
  }
  if (answer.found) {
    buttons.push(new ButtonBuilder().setCustomId(buttonId('more', view)).setStyle(ButtonStyle.Primary).setLabel(ui('discord.buttons.more')).setDisabled(!hasMore));
  }
  const components = buttons.length ? [new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(buttons)] : [];
  return { embeds, components };
}

/**
 * Embeds built with passages cut shorter until all of them together fit Discord's total (6,000
 * characters): two languages of three long paragraphs each would not.
 */
function fitTogether(build: (fieldMax: number) => APIEmbed[]): APIEmbed[] {
  let fieldMax: number = LIMITS.fieldValue;
  let embeds = build(fieldMax);
  for (let over = embedsLength(embeds) - LIMITS.embedTotal; over > 0 && fieldMax > 100; over = embedsLength(embeds) - LIMITS.embedTotal) {
    const values = Math.max(1, embeds.reduce((sum, embed) => sum + (embed.fields?.length ?? 0), 0));
    fieldMax = Math.max(100, fieldMax - Math.ceil(over / values));
    embeds = build(fieldMax);
  }
  return embeds;
}
