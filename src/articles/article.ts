import { LANGUAGES, type Language } from '../language/registry.js';

/** The language an asker, a server or the console may choose for answers: one, both, or `auto` (the question's own). */
export type LanguageChoice = Language | 'both' | 'auto';

/** Every choice, in the order menus list them: the question's own, each language in the registry's order, both. */
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['auto', ...LANGUAGES, 'both'];

/** The one language a choice fixes, if it fixes one (not `auto`, not `both`). */
export function fixedLanguage(choice: LanguageChoice): Language | undefined {
  return choice === 'auto' || choice === 'both' ? undefined : choice;
}

/** The language after `language` in the registry's order, the first after the last: what "the other language" shows. */
export function nextLanguage(language: Language): Language {
  return LANGUAGES[(LANGUAGES.indexOf(language) + 1) % LANGUAGES.length]!;
}

/** The choice `value` names ("FR", " both "), if any. */
export function parseLanguageChoice(value: string | undefined): LanguageChoice | undefined {
  const lower = value?.trim().toLowerCase();
  return LANGUAGE_CHOICES.find((choice) => choice === lower);
}

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

/** The languages to write in for a choice: the chosen one, the detected one, or both with the detected one first. */
export function languagesFor(choice: LanguageChoice, detected: Language): Language[] {
  if (choice === 'both') return [detected, ...LANGUAGES.filter((language) => language !== detected)];
  return [choice === 'auto' ? detected : choice];
}
