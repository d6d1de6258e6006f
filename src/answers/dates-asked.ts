import type { Article } from '../articles/article.js';
import { articleDateline } from '../articles/dateline.js';
import { REGISTERED_LANGUAGES } from '../language/registry.js';
import { dropFramePhrases } from '../search/question/question-wording.js';
import { askedFigures } from '../search/ranking/figures.js';
import { fold } from '../text/normalize.js';

/**
 * A month of a year that a question names ("in September 2024", "après sa réunion de juillet
 * 2025", "on June 6, 2024"): an article that never names that month of that year is not about
 * that time, however well it holds the rest ("the ECB's deposit rate after its September 2024
 * meeting" and the article on the June one).
 */
export interface MonthOfYear {
  /** 1 to 12. */
  readonly month: number;
  readonly year: string;
}

/** Every registered language's month names and abbreviations, folded, with the month each names. */
const MONTH_OF_NAME = new Map<string, number>(
  REGISTERED_LANGUAGES.flatMap((language) =>
    language.months.flatMap((name, i) => [
      [fold(name), i + 1] as const,
      ...(language.monthAbbreviations[i] ?? []).map((short) => [fold(short), i + 1] as const),
    ]),
  ),
);

const alternatives = (names: Iterable<string>) => [...names].sort((a, b) => b.length - a.length).join('|');
/** Full names, except those that are also common words ("may"): they name a month alone too. */
const FULL_NAMES = alternatives(
  REGISTERED_LANGUAGES.flatMap((language) =>
    language.months.map(fold).filter((name) => !language.monthsAlsoWords.includes(name)),
  ),
);
/** Abbreviations name a month alone only with their full stop or a day ("Feb. 1"): "Jan" is also a name. */
const SHORT_NAMES = alternatives(
  REGISTERED_LANGUAGES.flatMap((language) => language.monthAbbreviations.flat().map(fold)),
);
/** A day, then a year, after a month's name ("June 6, 2024", "juin 2025", "Sept. 12, 2024"). */
const THEN_YEAR = `\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th|er)?,?)?\\s+(?:de\\s+|of\\s+)?((?:1[5-9]|20)\\d\\d)(?!\\p{N})`;

/** A month with its year: a day before the month ("12 juillet 2024") needs no part of its own. Read on folded text. */
const DATED_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives(MONTH_OF_NAME.keys())})${THEN_YEAR}`, 'gu');
/** A month without a year. */
const BARE_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${FULL_NAMES})(?!\\p{L})|(${SHORT_NAMES})(?:\\.|(?=\\s+\\d)))(?!${THEN_YEAR})`,
  'gu',
);

/** The months of years a text names, each once, in the order first named. */
export function monthsOfYearIn(text: string): MonthOfYear[] {
  return datedMonthsIn(fold(text));
}

function datedMonthsIn(folded: string): MonthOfYear[] {
  const found = new Map<string, MonthOfYear>();
  for (const [, name, year] of folded.matchAll(DATED_MONTH)) {
    const month = MONTH_OF_NAME.get(name!)!;
    if (!found.has(`${year}-${month}`)) found.set(`${year}-${month}`, { month, year: year! });
  }
  return [...found.values()];
}

/**
 * What an article says of time, read once per article and each part only when a question first
 * needs it: folding a whole article costs, and most questions name no time.
 */
interface ArticleTimes {
  readonly text: string;
  folded?: string;
  /** The months of years it names, as "2024-9". */
  months?: ReadonlySet<string>;
  /** The years it names, in the order first named: the first is its own (its dateline's). */
  years?: ReadonlySet<string>;
  speaksOfYearBefore?: boolean;
  /** The month of its dateline ("PARIS, 5 juin 2025 –"), or null when it opens with none. */
  dated?: MonthOfYear | null;
}

const timesOfArticle = new WeakMap<Article, ArticleTimes>();

function timesOf(article: Article): ArticleTimes {
  let times = timesOfArticle.get(article);
  if (!times) {
    times = { text: [article.title, ...article.paragraphs.map((paragraph) => paragraph.text)].join('\n') };
    timesOfArticle.set(article, times);
  }
  return times;
}

/** The month of the article's dateline, if its first paragraph opens with one. */
function datedMonthOf(article: Article): MonthOfYear | null {
  const times = timesOf(article);
  if (times.dated === undefined) {
    const dateline = articleDateline(article);
    times.dated = (dateline && datedMonthsIn(fold(dateline))[0]) || null;
  }
  return times.dated;
}

/** Whether a month of a year comes after another. */
function isLater(month: MonthOfYear, than: MonthOfYear): boolean {
  return Number(month.year) * 12 + month.month > Number(than.year) * 12 + than.month;
}

function foldedText(times: ArticleTimes): string {
  return (times.folded ??= fold(times.text));
}

/**
 * The months of years an article names, in its title or any paragraph: with their year, or
 * alone, then of the year of its first dated month (its dateline's: "PARIS, Jan. 16, 2025" makes
 * its "Feb. 1" one of 2025).
 */
function monthsNamedBy(article: Article): ReadonlySet<string> {
  const times = timesOf(article);
  if (!times.months) {
    const folded = foldedText(times);
    const dated = datedMonthsIn(folded);
    const keys = dated.map(({ month, year }) => `${year}-${month}`);
    const ownYear = dated[0]?.year;
    if (ownYear) {
      for (const [, full, short] of folded.matchAll(BARE_MONTH))
        keys.push(`${ownYear}-${MONTH_OF_NAME.get((full ?? short)!)!}`);
    }
    times.months = new Set(keys);
  }
  return times.months;
}

/**
 * The time a question asks about: months of years, or else years alone ("Palme d'or en 2023",
 * "hectares burned in 2024"). An article that names none of them, in its title, dateline or
 * any paragraph, is about another time: its figures are another year's, however well it holds
 * the rest. An article also names the year before its own when it speaks of "last year"
 * (`yearBefore` of each language). On wikiqa, whose articles are excerpts, years alone cost 5
 * of 5,025 answers.
 */
export type TimeAsked =
  | { readonly kind: 'any' }
  | {
      readonly kind: 'months';
      readonly months: readonly MonthOfYear[];
      /**
       * Whether the question asks what is still to come then ("Will the bank cut in July?"), in
       * the words any language tells the future with (`futureTold`). If not, it asks what
       * happened, which an article dated before that month cannot tell.
       */
      readonly future: boolean;
    }
  | { readonly kind: 'years'; readonly years: readonly string[] };

export const ANY_TIME: TimeAsked = { kind: 'any' };

export function timeAsked(question: string): TimeAsked {
  const months = monthsOfYearIn(question);
  if (months.length) {
    // Read without its chat framing: "quelqu'un saurait…" is no future.
    const asked = dropFramePhrases(question);
    const future = REGISTERED_LANGUAGES.some(
      (language) => language.futureAsked.test(asked) || language.futureTold.test(asked),
    );
    return { kind: 'months', months, future };
  }
  const { years } = askedFigures(question);
  return years.length ? { kind: 'years', years } : ANY_TIME;
}

/**
 * Whether an article names the time asked, or one of them (a question comparing two needs only
 * one). Of what happened in a month, an article dated before it can only have told the plans:
 * "the deposit rate after the July 2025 meeting" is not in the report of the June one, which
 * names July as the next meeting's.
 */
export function namesTimeAsked(article: Article, asked: TimeAsked): boolean {
  switch (asked.kind) {
    case 'any':
      return true;
    case 'months': {
      const dated = asked.future ? null : datedMonthOf(article);
      if (dated && asked.months.every((month) => isLater(month, dated))) return false;
      const named = monthsNamedBy(article);
      return asked.months.some(({ month, year }) => named.has(`${year}-${month}`));
    }
    case 'years':
      return asked.years.some((year) => namesYear(article, year));
  }
}

/**
 * Whether an article names a year, or is dated the year after and speaks of "last year" or
 * "l'année précédente": "carried 18.6 million the year before" in a report of 2024 answers a
 * question on 2023.
 */
function namesYear(article: Article, year: string): boolean {
  const times = timesOf(article);
  const years = (times.years ??= new Set(askedFigures(times.text).years));
  if (years.has(year)) return true;
  const [own] = years;
  if (own === undefined || Number(own) !== Number(year) + 1) return false;
  const folded = foldedText(times);
  return (times.speaksOfYearBefore ??= REGISTERED_LANGUAGES.some((language) => language.yearBefore.test(folded)));
}
