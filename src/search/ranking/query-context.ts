import type { Language } from '../../language/registry.js';
import type { AnswerType, PassageTest } from '../question/answer-type.js';
import { isHeld, type QueryWord } from '../question/query.js';
import type { AskedFigures } from './figures.js';

/** What a question brings to ranking besides its words. */
export interface QueryContext {
  readonly answerType?: AnswerType;
  /** Whether a passage names the life event the question asks about ("born", "mort"), when it asks about one. */
  readonly namesLifeEvent?: PassageTest;
  /** Whether a passage speaks of what is to come, when the question asks about it ("next", "prochaine"). */
  readonly speaksOfFuture?: PassageTest;
  /** The question folded, to tell new names from the question's own. */
  readonly folded: string;
  /** The years and other figures the question names: a passage must meet them or lose to one that does. */
  readonly figures: AskedFigures;
  /** The question's language: a passage in the other one can only match it through translations. */
  readonly language: Language;
  /**
   * For a question that asks who someone is, the index terms of nouns that say it ("minister",
   * "homologue"): a passage with one right beside the question's words describes the person.
   */
  readonly roleTerms?: ReadonlySet<number>;
}

/** One question word an index term stands for, and how. */
export interface TermMatch {
  /** Index of the word in the question's words. */
  readonly word: number;
  readonly weight: number;
  readonly translated: boolean;
  /** The other words of its phrase, which the passage must hold too (see Variant.together). */
  readonly together?: readonly (readonly number[])[];
}

/** A question's words as every candidate reads them: built once per question. */
export interface QuestionTerms {
  readonly words: readonly QueryWord[];
  /** Which question words each index term stands for. */
  readonly matchesOf: ReadonlyMap<number, readonly TermMatch[]>;
  /** The question's whole weight: the sum of its words' idf. */
  readonly totalIdf: number;
  /** Indices of its rarest words (the highest idf, ties included) of those some article holds. */
  readonly rarestHeld: readonly number[];
  /**
   * Indices of the words that say precisely what is asked (the attribute of "What is the *salary*
   * of…", the topic after "about"), of those some article holds. (What a counting question counts
   * is `countedHeld`, which no cited passage may lack.)
   */
  readonly askedAboutHeld: readonly number[];
  /** Index of the word a counting question counts ("How many *pages*…"), when some article holds it; -1 otherwise. */
  readonly countedHeld: number;
}

export function questionTerms(words: readonly QueryWord[]): QuestionTerms {
  const matchesOf = new Map<number, TermMatch[]>();
  words.forEach((word, w) => {
    for (const v of word.variants) {
      const list = matchesOf.get(v.term) ?? [];
      list.push({
        word: w,
        weight: v.weight,
        translated: v.translated === true,
        ...(v.together ? { together: v.together } : {}),
      });
      matchesOf.set(v.term, list);
    }
  });
  const rarest = Math.max(0, ...words.filter(isHeld).map((word) => word.idf));
  const rarestHeld = words.flatMap((word, w) => (isHeld(word) && word.idf === rarest ? [w] : []));
  const countedHeld = words.findIndex((word) => word.isCounted && isHeld(word));
  const askedAboutHeld = words.flatMap((word, w) => (word.isTopic && !word.isName && isHeld(word) ? [w] : []));
  return {
    words,
    matchesOf,
    totalIdf: words.reduce((sum, w) => sum + w.idf, 0),
    rarestHeld,
    askedAboutHeld,
    countedHeld,
  };
}
