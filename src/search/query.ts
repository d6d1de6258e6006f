import type { Language } from '../articles/article.js';
import { analyze } from '../text/analyze.js';
import { stem } from '../text/stem.js';
import { otherLanguage, type Lexicon } from './crosslingual/lexicon.js';
import type { VocabularyMatcher } from './fuzzy/vocabulary-matcher.js';
import type { PassageIndex } from './passage-index.js';

/** One way a question word can appear in the index, and how much a match on it is worth. */
export interface Variant {
  readonly term: number;
  /** 1 for the word itself, less for a translation, a cognate or a spelling correction. */
  readonly weight: number;
}

/** A content word of the question with every index term that stands for it. */
export interface QueryWord {
  readonly word: string;
  readonly position: number;
  readonly variants: readonly Variant[];
  /** How much the word tells passages apart: the idf of its best variant, or of an unseen word. */
  readonly idf: number;
}

export interface QueryAnalysisOptions {
  /** Weight of a word found through the bilingual lexicon. Default 0.9. */
  readonly translationWeight?: number;
  /** Weight of the same spelling stemmed as the other language (a cognate). Default 0.85. */
  readonly cognateWeight?: number;
  /** Spelling corrections weigh their similarity times this. Default 0.8. */
  readonly fuzzyWeight?: number;
}

/**
 * Turns a question into query words. The question is analysed in its own language; each word
 * then gathers the index terms it may stand for: its own stem, the stem it has as a word of the
 * other language, its translations, and, for a word no article contains, its closest spellings.
 * The question is never read as search syntax: every character is just text.
 */
export function analyzeQuery(
  question: string,
  language: Language,
  index: PassageIndex,
  lexicon: Lexicon,
  matcher: VocabularyMatcher,
  options: QueryAnalysisOptions = {},
): QueryWord[] {
  const translationWeight = options.translationWeight ?? 0.9;
  const cognateWeight = options.cognateWeight ?? 0.85;
  const fuzzyWeight = options.fuzzyWeight ?? 0.8;
  const other = otherLanguage(language);
  const words: QueryWord[] = [];
  const seen = new Set<string>();

  for (const term of analyze(question, language)) {
    if (seen.has(term.stem)) continue;
    seen.add(term.stem);
    const variants = new Map<number, number>();
    const add = (stemmed: string, weight: number) => {
      const id = index.termIds.get(stemmed);
      if (id !== undefined && (variants.get(id) ?? 0) < weight) variants.set(id, weight);
    };
    add(term.stem, 1);
    add(stem(term.word, other), cognateWeight);
    for (const translation of lexicon.translate(term.word, language)) {
      for (const part of translation.split(/[\s-]+/)) add(stem(part, other), translationWeight);
    }
    if (variants.size === 0) {
      for (const match of matcher.match(term.word)) {
        for (const id of index.surfaceWords.get(match.word) ?? []) {
          if ((variants.get(id) ?? 0) < fuzzyWeight * match.similarity) variants.set(id, fuzzyWeight * match.similarity);
        }
      }
    }
    const list = [...variants].map(([id, weight]) => ({ term: id, weight }));
    const idf = list.length ? Math.max(...list.map((v) => index.idf(v.term))) : index.unseenIdf;
    words.push({ word: term.word, position: term.position, variants: list, idf });
  }
  return words;
}
