import type { Article } from '../articles/article.js';
import { REGISTERED_LANGUAGES } from '../language/registry.js';
import { yearsIn } from '../search/ranking/figures.js';
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
  const found = new Map<string, MonthOfYear>();
  for (const [, name, year] of fold(text).matchAll(DATED_MONTH)) {
    const month = MONTH_OF_NAME.get(name!)!;
    if (!found.has(`${year}-${month}`)) found.set(`${year}-${month}`, { month, year: year! });
  }
  return [...found.values()];
}

const namedByArticle = new WeakMap<Article, ReadonlySet<string>>();

/**
 * The months of years an article names, in its title or any paragraph: with their year, or
 * alone, then of the year of its first dated month (its dateline's: "PARIS, Jan. 16, 2025" makes
 * its "Feb. 1" one of 2025).
 */
function monthsNamedBy(article: Article): ReadonlySet<string> {
  let named = namedByArticle.get(article);
  if (!named) {
    const text = [article.title, ...article.paragraphs.map((paragraph) => paragraph.text)].join('\n');
    const dated = monthsOfYearIn(text);
    const keys = dated.map(({ month, year }) => `${year}-${month}`);
    const ownYear = dated[0]?.year;
    if (ownYear) {
      for (const [, full, short] of fold(text).matchAll(BARE_MONTH))
        keys.push(`${ownYear}-${MONTH_OF_NAME.get((full ?? short)!)!}`);
    }
    named = new Set(keys);
    namedByArticle.set(article, named);
  }
  return named;
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
  | { readonly kind: 'months'; readonly months: readonly MonthOfYear[] }
  | { readonly kind: 'years'; readonly years: readonly string[] };

export const ANY_TIME: TimeAsked = { kind: 'any' };

export function timeAsked(question: string): TimeAsked {
  const months = monthsOfYearIn(question);
  if (months.length) return { kind: 'months', months };
  const years = yearsIn(question);
  return years.length ? { kind: 'years', years } : ANY_TIME;
}

/** Whether an article names the time asked, or one of them (a question comparing two needs only one). */
export function namesTimeAsked(article: Article, asked: TimeAsked): boolean {
  switch (asked.kind) {
    case 'any':
      return true;
    case 'months': {
      const named = monthsNamedBy(article);
      return asked.months.some(({ month, year }) => named.has(`${year}-${month}`));
    }
    case 'years':
      return asked.years.some((year) => namesYear(article, year));
  }
}

/** The years an article names, its own (the first named: its dateline's), and whether it speaks of the year before it. */
interface ArticleYears {
  readonly named: ReadonlySet<string>;
  readonly own: string | undefined;
  speaksOfYearBefore?: boolean;
}

const yearsOfArticle = new WeakMap<Article, ArticleYears>();

const articleText = (article: Article) =>
  [article.title, ...article.paragraphs.map((paragraph) => paragraph.text)].join('\n');

/**
 * Whether an article names a year, or is dated the year after and speaks of "last year" or
 * "l'année précédente": "carried 18.6 million the year before" in a report of 2024 answers a
 * question on 2023. The second is read only when the first fails: folding a whole article costs.
 */
function namesYear(article: Article, year: string): boolean {
  let years = yearsOfArticle.get(article);
  if (!years) {
    const named = yearsIn(articleText(article));
    years = { named: new Set(named), own: named[0] };
    yearsOfArticle.set(article, years);
  }
  if (years.named.has(year)) return true;
  if (years.own === undefined || Number(years.own) !== Number(year) + 1) return false;
  if (years.speaksOfYearBefore === undefined) {
    const folded = fold(articleText(article));
    years.speaksOfYearBefore = REGISTERED_LANGUAGES.some((language) => language.yearBefore.test(folded));
  }
  return years.speaksOfYearBefore;
}
