import type { Article } from './article.js';

/** A date after a place with capitals: "le 5 juin 2025", "5 juin", "June 5, 2024", "Sept. 19". */
const DATE = String.raw`(?:le )?\d{1,2}(?:er)? \p{Ll}+\.?(?: \d{4})?|\p{Lu}\p{Ll}+\.? \d{1,2}(?:, \d{4})?`;

/**
 * A news dateline, in the styles agencies and papers write it: a place in capitals, then
 * (after more of the place, or none) the date, then a dash ("PARIS, 5 juin 2025 –", "WROCLAW,
 * Poland, Sept. 19, 2024 —", "KOUROU (Guyane), 10 juillet 2024 –"); or a place of one to three
 * capitalised words, then a dash, after its date or its agency if any ("Rabat –", "Paris, le 5
 * juin 2025 (AFP) –", "New York (Reuters) —"). A sentence that opens an encyclopedia paragraph
 * and breaks off with a dash ("La ville – fondée en 1200 –") is none: its second word is no name.
 */
const DATELINE = new RegExp(
  String.raw`^\s*(?:\p{Lu}{2,}[^\n–—]{0,80}?|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}(?:, (?:${DATE}))?(?: \([^)\n]{1,40}\))?)\s[–—-]\s`,
  'u',
);

/** The dateline a paragraph opens with, if it opens with one: a news article's first paragraph. */
export function datelineOf(paragraph: string): string | undefined {
  return DATELINE.exec(paragraph)?.[0];
}

/** Each article's dateline (null for none), read once: it is asked for again by every question. */
const datelines = new WeakMap<Article, string | null>();

/** The dateline an article's first paragraph opens with, if any: a news article's. */
export function articleDateline(article: Article): string | undefined {
  let dateline = datelines.get(article);
  if (dateline === undefined) {
    dateline = datelineOf(article.paragraphs[0]?.text ?? '') ?? null;
    datelines.set(article, dateline);
  }
  return dateline ?? undefined;
}
