/**
 * A news dateline: a place in capitals, then (after more of the place, or none) the date, then a
 * dash: "PARIS, 5 juin 2025 –", "WROCLAW, Poland, Sept. 19, 2024 —", "KOUROU (Guyane), 10 juillet 2024 –".
 */
const DATELINE = /^\s*\p{Lu}{2,}[^\n–—]{0,80}?\s[–—-]\s/u;

/** The dateline a paragraph opens with, if it opens with one: a news article's first paragraph. */
export function datelineOf(paragraph: string): string | undefined {
  return DATELINE.exec(paragraph)?.[0];
}
