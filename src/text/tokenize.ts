import { compiledPer, literals, wordAlternation } from '../language/compiled.js';
import type { LanguageData } from '../language/language-data.js';
import { REGISTERED_LANGUAGES, type Languages } from '../language/registry.js';
import { memoize } from './memo.js';
import { fold } from './normalize.js';

/** A word of the text, folded, with where it stands among the text's words. */
export interface Token {
  /** Folded form: lower case, accents removed, elision stripped. */
  readonly word: string;
  /** Lower case with its accents, elision stripped: what a stemmer reads best. */
  readonly lower: string;
  /** Index among the words of the same text, 0-based. */
  readonly position: number;
  /** The elision written before it, folded, without its apostrophe ("l" of "l'été"). */
  readonly elision?: string;
}

/** The spellings of one word of the text (several when an apostrophe joins words: "aujourd'hui"). */
export interface WordForm {
  readonly word: string;
  readonly lower: string;
}

/** 1 for each UTF-16 code unit that is a letter or a digit. A table, because a Unicode regex per word is slow. */
const WORD_CHAR = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
for (let code = 0; code < 0x10000; code++) if (LETTER_OR_DIGIT.test(String.fromCharCode(code))) WORD_CHAR[code] = 1;

/** Apostrophes that join a word to its elision or its second half: ' ’ ‘ ʼ ′ ´ ` */
const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x2bc, 0x2032, 0xb4, 0x60]);
/** Thousands separators: "68,000", "68 000" (space, no-break space, narrow no-break space). */
const THOUSANDS_SEPARATORS = new Set([0x2c, 0x20, 0xa0, 0x202f]);
const NON_WORD = /[^\p{L}\p{N}']/gu;

/** Whether a UTF-16 code unit is a letter or a digit. */
export function isLetterOrDigit(code: number): boolean {
  return WORD_CHAR[code] === 1;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Whether text[at] separates thousands: a digit before it, then exactly three digits. */
function separatesThousands(text: string, at: number): boolean {
  return (
    THOUSANDS_SEPARATORS.has(text.charCodeAt(at)) &&
    isDigit(text.charCodeAt(at - 1)) &&
    isDigit(text.charCodeAt(at + 1)) &&
    isDigit(text.charCodeAt(at + 2)) &&
    isDigit(text.charCodeAt(at + 3)) &&
    !isDigit(text.charCodeAt(at + 4))
  );
}

/** A language's acronyms, as one pattern of whole written forms and what each stands for. */
const acronymsOf = compiledPer((language: LanguageData) => {
  const expansions = new Map(Object.entries(language.acronyms));
  const forms = [...expansions.keys()].sort((a, b) => b.length - a.length);
  return {
    expansions,
    pattern:
      forms.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}.])(?:${literals(forms)})(?![\\p{L}\\p{N}])`, 'gu') : undefined,
  };
});

/** The words in capitals just before and after an acronym. */
const CAPITALS_BEFORE = /(\p{Lu}{2,})[^\p{L}\p{N}]+$/u;
const CAPITALS_AFTER = /^[^\p{L}\p{N}]+(\p{Lu}{2,})(?![\p{L}\p{N}])/u;

/**
 * The text with the acronyms of its language written out ("the U.S. team": "the United States
 * team"), unless a word in capitals beside one, no acronym itself, says the text is shouting
 * ("TELL US"). Only its own language's: in French, "l'US Tourcoing" is a sports union.
 */
export function expandAcronyms(text: string, language: LanguageData): string {
  const { expansions, pattern } = acronymsOf(language);
  if (!pattern) return text;
  const shouted = (word: string | undefined) => word !== undefined && !expansions.has(word);
  return text.replace(pattern, (form: string, at: number) =>
    shouted(CAPITALS_BEFORE.exec(text.slice(Math.max(0, at - 20), at))?.[1]) ||
    shouted(CAPITALS_AFTER.exec(text.slice(at + form.length, at + form.length + 20))?.[1])
      ? form
      : (expansions.get(form) ?? form),
  );
}

/**
 * The words of a text as written, lower case: runs of letters and digits, joined by apostrophes
 * ("l'etat", "aujourd'hui"), numbers without their thousands separators ("68 000" -> "68000").
 * A hand-written scan: this runs over every word of every article when they load. `acronymsIn`:
 * the language of the text, whose acronyms are read written out (`expandAcronyms`).
 */
export function rawWords(text: string, acronymsIn?: LanguageData): string[] {
  const lowered = (acronymsIn ? expandAcronyms(text, acronymsIn) : text).toLowerCase().normalize('NFC');
  const found: string[] = [];
  const length = lowered.length;
  let i = 0;
  while (i < length) {
    while (i < length && WORD_CHAR[lowered.charCodeAt(i)] === 0) i++;
    const start = i;
    let joined = false;
    while (i < length) {
      const code = lowered.charCodeAt(i);
      if (WORD_CHAR[code] === 1) i++;
      else if (
        i + 1 < length &&
        WORD_CHAR[lowered.charCodeAt(i + 1)] === 1 &&
        (APOSTROPHES.has(code) || separatesThousands(lowered, i))
      ) {
        joined = true;
        i++;
      } else break;
    }
    if (i === start) continue;
    const raw = lowered.slice(start, i);
    found.push(joined ? raw.replace(NON_WORD, (c) => (APOSTROPHES.has(c.charCodeAt(0)) ? "'" : '')) : raw);
  }
  return found;
}

/**
 * The spellings a raw word stands for in any of the languages, their elisions and possessives
 * dropped ("l'etat" -> "etat", "spain's" -> "spain"), so that "l'intérieur" and "intérieur" are
 * one word.
 */
const wordFormsIn = compiledPer((languages: Languages) => {
  const elision = new RegExp(`^(?:${wordAlternation(languages, (language) => language.elisions)})'(?=\\p{L})`, 'u');
  const possessive = new RegExp(`'(?:${wordAlternation(languages, (language) => language.possessives)})$`, 'u');
  return {
    forms: memoize((raw: string): readonly WordForm[] => {
      const lower = raw.replace(elision, '').replace(possessive, '');
      return lower
        .split("'")
        .filter(Boolean)
        .map((part) => ({ word: fold(part), lower: part }));
    }),
    elision: (raw: string): string | undefined => {
      const elided = elision.exec(raw)?.[0];
      return elided === undefined ? undefined : fold(elided.slice(0, -1));
    },
  };
});

/** The spellings a raw word stands for (several when an apostrophe joins words: "aujourd'hui"). */
export function wordForms(raw: string, languages: Languages = REGISTERED_LANGUAGES): readonly WordForm[] {
  return wordFormsIn(languages).forms(raw);
}

/** The elision a raw word opens with, folded, without its apostrophe ("l" of "l'été"), if any. */
export function elisionOf(raw: string, languages: Languages = REGISTERED_LANGUAGES): string | undefined {
  return raw.includes("'") ? wordFormsIn(languages).elision(raw) : undefined;
}

/** Splits text into folded words, dropping the languages' elisions and possessives. */
export function tokenize(
  text: string,
  languages: Languages = REGISTERED_LANGUAGES,
  acronymsIn?: LanguageData,
): Token[] {
  const { forms } = wordFormsIn(languages);
  const tokens: Token[] = [];
  for (const raw of rawWords(text, acronymsIn)) {
    const elision = elisionOf(raw, languages);
    for (const [i, form] of forms(raw).entries())
      tokens.push({
        word: form.word,
        lower: form.lower,
        position: tokens.length,
        ...(i === 0 && elision !== undefined ? { elision } : {}),
      });
  }
  return tokens;
}

/** The folded words of a text, in order. */
export function words(text: string): string[] {
  return tokenize(text).map((token) => token.word);
}
