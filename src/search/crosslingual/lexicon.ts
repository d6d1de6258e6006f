import type { Language } from '../../articles/article.js';
import { fold } from '../../text/normalize.js';
import { stem } from '../../text/stem.js';
import { VocabularyMatcher, type FuzzyMatch } from '../fuzzy/vocabulary-matcher.js';
import { LEXICON } from './lexicon-data.js';

type Direction = Map<string, string[]>;

/**
 * Bilingual word lookup built from LEXICON. A word is found by its folded form or, failing
 * that, by its stem, so "stoppées" finds the entry written "stoppees" and "ministres" finds "ministre".
 */
export class Lexicon {
  private readonly byWord: Record<Language, Direction> = { fr: new Map(), en: new Map() };
  private readonly byStem: Record<Language, Direction> = { fr: new Map(), en: new Map() };

  constructor(source: string = LEXICON) {
    for (const line of source.split('\n')) {
      const [left, right] = line.split('=');
      if (left === undefined || right === undefined) continue;
      const fr = splitForms(left);
      const en = splitForms(right);
      this.add('fr', fr, en);
      this.add('en', en, fr);
    }
  }

  /**
   * Words of the other language that translate `word` (folded) from `language`. `lower` is the
   * word with its accents, when known: Snowball stems "abordées" and "abordees" differently, and
   * the entries are mostly written without accents, so both stems are tried.
   */
  translate(word: string, language: Language, lower: string = word): readonly string[] {
    const exact = this.byWord[language].get(word);
    if (exact) return exact;
    const stems = this.byStem[language];
    return stems.get(stem(lower, language)) ?? stems.get(stem(word, language)) ?? [];
  }

  /** Whether `word` (folded) is one of the lexicon's words of `language`. */
  has(word: string, language: Language): boolean {
    return this.byWord[language].has(word);
  }

  /**
   * The lexicon's own words of `language` that a misspelled word may be ("futrue" → future):
   * a word the articles never use in any spelling can still be translated into one they do.
   */
  correct(word: string, language: Language): readonly FuzzyMatch[] {
    this.spellings[language] ??= new VocabularyMatcher([...this.byWord[language].keys()].filter((form) => !form.includes(' ')));
    return this.spellings[language].match(word);
  }

  private readonly spellings: Partial<Record<Language, VocabularyMatcher>> = {};

  private add(language: Language, from: string[], to: string[]): void {
    for (const word of from) {
      push(this.byWord[language], word, to);
      push(this.byStem[language], stem(word, language), to);
    }
  }
}

function splitForms(side: string): string[] {
  return side.split(',').map((form) => fold(form.trim())).filter(Boolean);
}

function push(map: Direction, key: string, values: string[]): void {
  const list = map.get(key) ?? [];
  for (const value of values) if (!list.includes(value)) list.push(value);
  map.set(key, list);
}

export function otherLanguage(language: Language): Language {
  return language === 'fr' ? 'en' : 'fr';
}
