import type { LanguageData, Pattern } from './language-data.js';
import type { Languages } from './registry.js';

/**
 * What a mechanism builds once from a language or a list of languages (its joined patterns, its
 * word sets), kept per language or list: the registry's is built once, a test's own once too.
 */
export function compiledPer<Key extends object, T>(build: (key: Key) => T): (key: Key) => T {
  const built = new WeakMap<Key, T>();
  return (key) => {
    let value = built.get(key);
    if (value === undefined) {
      value = build(key);
      built.set(key, value);
    }
    return value;
  };
}

/** Every language's words of one kind, in one set. */
export function wordSet(
  languages: Languages,
  field: (language: LanguageData) => readonly string[],
  spelled: (word: string) => string = (word) => word,
): ReadonlySet<string> {
  return new Set(languages.flatMap((language) => field(language).map(spelled)));
}

/** A word as a pattern that matches it literally. */
export function literal(word: string): Pattern {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A word as a pattern that matches it literally, written with either apostrophe ("l'", "l’"). */
export function literalAnyApostrophe(word: string): Pattern {
  return literal(word).replace(/'/g, "['’]");
}

/**
 * A pattern found only as whole words, for text with its accents: letters bound it, not `\b`,
 * which takes "é" or "ù" for no letter.
 */
export function wholeWords(pattern: Pattern, flags = 'u'): RegExp {
  return new RegExp(`(?<!\\p{L})(?:${pattern})(?!\\p{L})`, flags);
}

/** A pattern that matches nothing: the alternation of no patterns. */
const NOTHING: Pattern = '(?!)';

/** Every language's patterns of one kind, as one alternation (to put in a group), or a pattern that matches nothing. */
export function alternation(languages: Languages, field: (language: LanguageData) => readonly Pattern[]): Pattern {
  const patterns = languages.flatMap(field);
  return patterns.length > 0 ? patterns.join('|') : NOTHING;
}

/** Words as one alternation of literals (to put in a group), or a pattern that matches nothing. */
export function literals(words: readonly string[]): Pattern {
  return words.length > 0 ? words.map(literal).join('|') : NOTHING;
}

/** Every language's words of one kind, as one alternation of literals (to put in a group). */
export function wordAlternation(languages: Languages, field: (language: LanguageData) => readonly string[]): Pattern {
  return literals(languages.flatMap(field));
}
