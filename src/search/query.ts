import type { Language } from '../articles/article.js';
import { contentTerms } from '../text/analyze.js';
import { tokenize } from '../text/tokenize.js';
import { fold } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import { otherLanguage, type Lexicon } from './crosslingual/lexicon.js';
import type { VocabularyMatcher } from './fuzzy/vocabulary-matcher.js';
import type { PassageIndex } from './passage-index.js';
import { readQuestionFrame } from './question-frame.js';

/** One way a question word can appear in the index, and how much a match on it is worth. */
export interface Variant {
  readonly term: number;
  /** 1 for the word itself, less for a translation, a cognate or a spelling correction. */
  readonly weight: number;
  /**
   * Counted when candidates are re-read, not when they are gathered: synonyms of common words
   * have long postings, and scanning them for every question would double the latency at 100k.
   */
  readonly rerankOnly?: boolean;
  /** Reached through the bilingual lexicon: a translation, which no spelling of the question can match exactly. */
  readonly translated?: boolean;
}

/** A content word of the question with every index term that stands for it. */
export interface QueryWord {
  readonly word: string;
  readonly position: number;
  readonly variants: readonly Variant[];
  /** Id of the word's exact folded spelling in the index, if any passage has it. */
  readonly surface: number;
  /** How much the word tells passages apart: the idf of its best variant, or of an unseen word. */
  readonly idf: number;
  /** Written with a capital inside the question: likely a name. */
  readonly isName: boolean;
  /**
   * Names precisely what is asked about: the attribute in "What is the salary of the minister?",
   * the topic in "What did he say about football?". No article holding it, none answers.
   */
  readonly isTopic: boolean;
}

export interface QueryAnalysisOptions {
  /** Weight of a word found through the bilingual lexicon. Default 0.9. */
  readonly translationWeight?: number;
  /** Weight of the same spelling stemmed as the other language (a cognate). Default 0.85. */
  readonly cognateWeight?: number;
  /** Spelling corrections weigh their similarity times this. Default 0.8. */
  readonly fuzzyWeight?: number;
  /** Weight of a synonym: a word of the question's language that one of its translations translates back to. Default 0.5. */
  readonly synonymWeight?: number;
  /** Weight of a word of the same family (long shared beginning). Default 0.5. */
  readonly familyWeight?: number;
  /** A name or number in the question (capitalised inside it, or with digits) weighs this many times its idf. Default 1.5. */
  readonly nameBoost?: number;
  /**
   * A word no article holds in either language weighs as the rarest word (the idf of a word in
   * no passage); if the lexicon knows it, so that it is a real word and not a slip ("construit",
   * "company"), this many times more: the articles do not speak of it. Default 2.
   */
  readonly absentKnownWordBoost?: number;
  /**
   * The noun right after "quel"/"which" names the kind of answer ("Quel animal…" is answered by
   * "un chevreau"), and passages seldom repeat it; it weighs this many times its idf. Default 0.6.
   */
  readonly categoryWeight?: number;
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
  const familyWeight = options.familyWeight ?? 0.5;
  const synonymWeight = options.synonymWeight ?? 0.5;
  const nameBoost = options.nameBoost ?? 1.5;
  const knownWordBoost = options.absentKnownWordBoost ?? 2;
  const tokens = tokenize(question);
  const frame = readQuestionFrame(question, tokens);
  const categoryWeight = options.categoryWeight ?? 0.6;
  const other = otherLanguage(language);
  const words: QueryWord[] = [];
  const seen = new Set<string>();

  for (const term of contentTerms(tokens, language)) {
    if (seen.has(term.stem)) continue;
    seen.add(term.stem);
    // Per index term, its best weight, and whether any route to it was a translation.
    const variants = new Map<number, { weight: number; translated: boolean }>();
    const set = (id: number, weight: number, translated = false) => {
      const known = variants.get(id);
      variants.set(id, { weight: Math.max(known?.weight ?? 0, weight), translated: translated || known?.translated === true });
    };
    // A word counts through its stem and through its exact folded spelling, which reaches the
    // passage even when the question drops accents the stemmer needed.
    const termsOf = (lower: string, stemLanguage: Language): number[] => {
      const id = index.termIds.get(stem(lower, stemLanguage));
      return [...(id === undefined ? [] : [id]), ...(index.surfaceWords.get(fold(lower)) ?? [])];
    };
    const add = (lower: string, stemLanguage: Language, weight: number) => {
      for (const id of termsOf(lower, stemLanguage)) set(id, weight);
    };
    add(term.lower, language, 1);
    add(term.lower, other, cognateWeight);
    const synonyms = new Set<number>();
    const addTranslation = (part: string, weight: number) => {
      for (const id of termsOf(part, other)) set(id, weight, true);
    };
    for (const translation of lexicon.translate(term.word, language, term.lower)) {
      for (const part of wordsOfPhrase(translation)) addTranslation(part, translationWeight);
      // Translated back, a translation gives the word's synonyms: "repose" -> "based" -> "basée".
      for (const back of lexicon.translate(translation, other)) {
        if (back !== term.word) for (const part of wordsOfPhrase(back)) for (const id of termsOf(part, language)) synonyms.add(id);
      }
    }
    // A misspelling may share a beginning with other words ("terrorisim", "terror"): the family
    // does not stand in for the spelling correction.
    const spelledAsIs = variants.size > 0;
    for (const relative of matcher.family(term.word)) {
      for (const id of index.surfaceWords.get(relative) ?? []) set(id, familyWeight);
    }
    if (!spelledAsIs) {
      for (const match of matcher.match(term.word)) {
        for (const id of index.surfaceWords.get(match.word) ?? []) set(id, fuzzyWeight * match.similarity);
      }
    }
    if (variants.size === 0) {
      // In no article, but a word of the lexicon's other side: a question too short to tell its
      // language ("TGV", read as English), or a word both languages share in some form
      // ("précédé", whose English stem is "preceding"'s): translated from that side.
      for (const translation of lexicon.translate(term.word, other, term.lower)) {
        for (const part of wordsOfPhrase(translation)) add(part, language, translationWeight * cognateWeight);
      }
    }
    if (variants.size === 0) {
      // Misspelled, and in no article in any spelling: perhaps a lexicon word, whose translation
      // the articles use ("futrue" -> future -> "avenir").
      for (const match of lexicon.correct(term.word, language)) {
        for (const translation of lexicon.translate(match.word, language)) {
          for (const part of wordsOfPhrase(translation)) addTranslation(part, translationWeight * fuzzyWeight * match.similarity);
        }
      }
    }
    const list: Variant[] = [...variants].map(([id, { weight, translated }]) => (weight < 1 && translated ? { term: id, weight, translated: true } : { term: id, weight }));
    for (const id of synonyms) if (!variants.has(id)) list.push({ term: id, weight: synonymWeight, rerankOnly: true });
    // A word is as telling as it is in its own language: a rare translation of a common
    // word must not make the word look rare.
    const own = list.filter((v) => v.weight === 1);
    const isName = frame.names.has(term.word) || (frame.places.has(term.word) && list.length === 0);
    const isCategory = term.position === frame.category;
    const isTopic = term.position === frame.attribute || term.word === frame.topic;
    const idf = (list.length ? Math.max(...(own.length ? own : list).map((v) => index.idf(v.term))) : index.unseenIdf * (lexicon.has(term.word, language) ? knownWordBoost : 1)) *
      (isName || /\d/.test(term.word) ? nameBoost : 1) * (isCategory ? categoryWeight : 1);
    words.push({ word: term.word, position: term.position, variants: list, idf, surface: index.surfaceIds.get(term.word) ?? -1, isName, isTopic });
  }
  return words;
}

/** The words of a lexicon entry, which may be a phrase ("high-speed", "grande vitesse"). */
function wordsOfPhrase(phrase: string): string[] {
  return phrase.split(/[\s-]+/);
}
