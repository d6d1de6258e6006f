import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  type APIEmbed,
  type MessageActionRowComponentBuilder,
} from 'discord.js';
import { languagesFor, parseLanguageChoice } from '../articles/article.js';
import { LANGUAGES, type Language } from '../language/registry.js';
import type { Answer } from '../answers/answer.js';
import type { Strictness } from '../answers/ask.js';
import { translator } from '../i18n/i18n.js';
import type { ServerSettings } from '../storage/store.js';
import type { BotContext } from './context.js';
import { embedsLength, LIMITS, uninert } from './limits.js';
import { answerEmbed } from './render.js';

/** Passages on a page unless the server says 1 or 2. */
export const PAGE_SIZE = 3;
export const BUTTON_PREFIX = 'qa:';

/** How one answer is shown: to whom, in which language, which page of its passages. */
export interface AnswerView {
  readonly question: string;
  readonly language: Language | 'both';
  readonly page: number;
  /** The member whose reply this is: only they change it; anyone else's press is answered privately. */
  readonly asker: string;
  /** Passages a page shows (the server's setting). Default PAGE_SIZE. */
  readonly pageSize?: number;
  /** How sure the bot must be before it cites (the server's setting). Default: the engine's. */
  readonly strictness?: Strictness;
  /** The id of the question's interaction or message, which votes on the answer refer to; none: no vote buttons. */
  readonly answerKey?: string;
}

export type ButtonAction = 'lang' | 'more';
export type VoteAction = 'up' | 'down';

/**
 * What a button says, in its custom id: `qa:ACTION:ASKER:LANGUAGE:PAGE:PAGESIZE:ANSWERKEY` to
 * redo the answer, `qa:vote:up|down:ANSWERKEY` to vote on it. The question itself is read back
 * from the message the button sits on (its footer quotes it), so a button redoes its own answer
 * after a restart, on another shard or in another process: nothing is kept in memory.
 */
export type ButtonState =
  | {
      readonly kind: 'view';
      readonly action: ButtonAction;
      readonly asker: string;
      readonly language: Language | 'both';
      readonly page: number;
      readonly pageSize: number;
      readonly answerKey?: string;
    }
  | { readonly kind: 'vote'; readonly vote: VoteAction; readonly answerKey: string };

export function buttonId(action: ButtonAction, view: AnswerView): string {
  return `${BUTTON_PREFIX}${action}:${view.asker}:${view.language}:${view.page}:${view.pageSize ?? PAGE_SIZE}:${view.answerKey ?? ''}`;
}

export function voteButtonId(vote: VoteAction, answerKey: string): string {
  return `${BUTTON_PREFIX}vote:${vote}:${answerKey}`;
}

/** The state of a button of this bot, or undefined for any other custom id. Buttons made before votes existed still work. */
export function readButtonId(customId: string): ButtonState | undefined {
  const vote = /^qa:vote:(up|down):(\d{1,20})$/.exec(customId);
  if (vote) return { kind: 'vote', vote: vote[1] as VoteAction, answerKey: vote[2]! };
  const match = /^qa:(lang|more):(\d{1,20}):([a-z]{2,8}):(\d{1,4})(?::([1-3]):(\d{0,20}))?$/.exec(customId);
  const language = parseLanguageChoice(match?.[3]);
  if (!match || language === undefined || language === 'auto') return undefined;
  return {
    kind: 'view',
    action: match[1] as ButtonAction,
    asker: match[2]!,
    language,
    page: Number(match[4]),
    pageSize: match[5] ? Number(match[5]) : PAGE_SIZE,
    ...(match[6] ? { answerKey: match[6] } : {}),
  };
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
export function answerReply(context: BotContext, view: AnswerView): AnswerReply & { answer: Answer } {
  const { page } = view;
  const size = view.pageSize ?? PAGE_SIZE;
  const answer = context.engine.ask(view.question, {
    ...(view.language === 'both' ? {} : { language: view.language }),
    maxCitations: (page + 1) * size + 1,
    ...(view.strictness ? { strictness: view.strictness } : {}),
  });
  // Both: the question's own language first, as in the console.
  const languages = languagesFor(view.language, answer.language);
  const shown = answer.citations.slice(page * size, (page + 1) * size);
  const embeds = fitTogether((fieldMax) =>
    languages.map((language) => answerEmbed(answer, language, shown, page * size + 1, fieldMax)),
  );
  const hasMore = answer.citations.length > (page + 1) * size;
  const ui = translator(languages[0]!);
  const buttons: ButtonBuilder[] = [];
  if (view.language !== 'both') {
    buttons.push(
      new ButtonBuilder()
        .setCustomId(buttonId('lang', view))
        .setStyle(ButtonStyle.Secondary)
        .setLabel(ui('discord.buttons.otherLanguage')),
    );
  }
  if (answer.found) {
    buttons.push(
      new ButtonBuilder()
        .setCustomId(buttonId('more', view))
        .setStyle(ButtonStyle.Primary)
        .setLabel(ui('discord.buttons.more'))
        .setDisabled(!hasMore),
    );
    if (view.answerKey) {
      for (const vote of ['up', 'down'] as const) {
        buttons.push(
          new ButtonBuilder()
            .setCustomId(voteButtonId(vote, view.answerKey))
            .setStyle(ButtonStyle.Secondary)
            .setEmoji(vote === 'up' ? '👍' : '👎')
            .setLabel(ui(`discord.buttons.${vote}`)),
        );
      }
    }
  }
  const components = buttons.length
    ? [new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(buttons)]
    : [];
  return { embeds, components, answer };
}

/**
 * Embeds built with passages cut shorter until all of them together fit Discord's total (6,000
 * characters): two languages of three long paragraphs each would not.
 */
function fitTogether(build: (fieldMax: number) => APIEmbed[]): APIEmbed[] {
  let fieldMax: number = LIMITS.fieldValue;
  let embeds = build(fieldMax);
  for (
    let over = embedsLength(embeds) - LIMITS.embedTotal;
    over > 0 && fieldMax > 100;
    over = embedsLength(embeds) - LIMITS.embedTotal
  ) {
    const values = Math.max(
      1,
      embeds.reduce((sum, embed) => sum + (embed.fields?.length ?? 0), 0),
    );
    fieldMax = Math.max(100, fieldMax - Math.ceil(over / values));
    embeds = build(fieldMax);
  }
  return embeds;
}

/** A question as a member asked it: by `/ask` or in a message, which its votes refer to by `key`. */
export interface AskedQuestion {
  readonly question: string;
  readonly language: Language | 'both';
  readonly asker: string;
  /** The id of the interaction or message. */
  readonly key: string;
  readonly guildId: string | null;
  readonly server: ServerSettings;
}

/**
 * The first page of a question's answer, the answer recorded before it is shown, so that a vote
 * pressed at once finds it.
 */
export function firstAnswerReply(context: BotContext, asked: AskedQuestion): AnswerReply {
  const { question, language, asker, key, guildId, server } = asked;
  const { answer, ...reply } = answerReply(context, {
    question,
    language,
    page: 0,
    asker,
    answerKey: key,
    ...serverView(server),
  });
  context.recorder.recordAnswer(guildId ?? 'direct', key, asker, answer);
  return reply;
}

/** What a server's settings ask of an answer's view: its page size, its strictness. */
export function serverView(server: ServerSettings): Pick<AnswerView, 'pageSize' | 'strictness'> {
  return {
    ...(server.citations ? { pageSize: server.citations } : {}),
    ...(server.strictness ? { strictness: server.strictness } : {}),
  };
}
