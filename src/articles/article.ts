export type Language = 'en' | 'fr';

export const LANGUAGES: readonly Language[] = ['en', 'fr'];

export interface Paragraph {
  /** 1-based, as a reader counts the article's paragraphs. */
  readonly number: number;
  readonly text: string;
}

export interface Article {
  /** Stable id derived from the file name, e.g. "000_8fec0fb06416156b". */
  readonly id: string;
  readonly title: string;
  readonly language: Language;
  readonly paragraphs: readonly Paragraph[];
  /** Agency byline such as "LR/MAP" when the article closes with one. */
  readonly source?: string;
  /** File the article was read from, for messages. */
  readonly file: string;
}
