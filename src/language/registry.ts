import { english } from './english.js';
import { french } from './french.js';
import type { LanguageData } from './language-data.js';

/**
 * The languages the bot reads and answers in, each as its data module. Order matters: the first
 * is the one assumed when nothing tells, and the languages' patterns are joined in this order.
 * A new language is one module beside `english.ts` and one entry here (and its locale file).
 */
export const REGISTERED_LANGUAGES = [english, french] as const;

/** The code of a registered language. */
export type Language = (typeof REGISTERED_LANGUAGES)[number]['code'];

/** Every registered language's code, in the registry's order. */
export const LANGUAGES: readonly Language[] = REGISTERED_LANGUAGES.map((data) => data.code);

/** The language assumed when nothing tells: for a question that gives no clue, for messages before anyone asked. */
export const DEFAULT_LANGUAGE: Language = LANGUAGES[0]!;

const BY_CODE = new Map<string, LanguageData<Language>>(REGISTERED_LANGUAGES.map((data) => [data.code, data]));

/** The data of a registered language. */
export function languageData(code: Language): LanguageData<Language> {
  return BY_CODE.get(code)!;
}

/** Whether a string (a setting, a stored value) is a registered language's code. */
export function isLanguage(code: string | undefined): code is Language {
  return code !== undefined && BY_CODE.has(code);
}

/** The languages the mechanisms read by default: all registered ones. A test may pass its own list. */
export type Languages = readonly LanguageData[];
