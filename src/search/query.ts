import type { Language } from '../articles/article.js';
import { languageData } from '../language/registry.js';
import { contentTerms } from '../text/analyze.js';
import { isStopword } from '../text/stopwords.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { fold } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import { translationLanguage, type Related, type Vocabulary } from './crosslingual/vocabulary.js';
import type { VocabularyMatcher } from './fuzzy/vocabulary-matcher.js';
import type { PassageIndex } from './passage-index.js';
import { isFrameNoun, readQuestionFrame } from './question-frame.js';

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
  /** Reached through the bilingual vocabulary: a translation, which no spelling of the question can match exactly. */
  readonly translated?: boolean;
  /**
   * For a word of a phrase ("états" of "états-unis"): the other words of the phrase, each as the
   * index terms it may be; the variant counts in a passage only where every one of them is too.
   */
  readonly together?: readonly (readonly number[])[];
  /**
   * A lesser reading of the word (a synonym; a phrase word's translation alone): it ranks
   * passages, but never makes the word one the articles hold, nor sets how rare it is.
   */
  readonly lesser?: boolean;
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
  /** Weight of a word found through the bilingual vocabulary, for a pair the wordnets fully agree on. Default 0.9. */
  readonly translationWeight?: number;
  /**
   * How a pair's agreement in the wordnets (its score: 1 for each other's first meaning, less
   * for lesser senses) scales its weight: the weight is multiplied by min(1, score) to this
   * power. 0 trusts every kept pair alike. Default 0.5.
   */
  readonly trustExponent?: number;
  /**
   * A word of a phrase the vocabulary knows ("drinking water") is translated as part of the
   * phrase ("eau potable") at full weight, and alone at this share of it. Default 0.5.
   */
  readonly phraseWordWeight?: number;
  /** Weight of the same spelling stemmed as the other language (a cognate). Default 0.85. */
  readonly cognateWeight?: number;
  /** Spelling corrections weigh their similarity times this. Default 0.8. */
  readonly fuzzyWeight?: number;
  /** Weight of a synonym: a word of the question's language sharing a meaning with it in the wordnet. Default 0.5. */
  readonly synonymWeight?: number;
  /** Weight of a word of the same family (long shared beginning). Default 0.5. */
  readonly familyWeight?: number;
  /** A name or number in the question (capitalised inside it, or with digits) weighs this many times its idf. Default 1.5. */
  readonly nameBoost?: number;
  /**
   * A word no article holds in either language weighs as the rarest word (the idf of a word in
   * no passage); if the vocabulary knows it, so that it is a real word and not a slip ("construit",
   * "company"), this many times more: the articles do not speak of it. Default 2.
   */
  readonly absentKnownWordBoost?: number;
  /**
   * The noun right after "quel"/"which" names the kind of answer ("Quel animal…" is answered by
   * "un chevreau"), and passages seldom repeat it; it weighs this many times its idf. Default 0.6.
   */
  readonly categoryWeight?: number;
}

/** Every weight of query analysis, with its default: the one place the code reads them from. */
export const QUERY_DEFAULTS: Required<QueryAnalysisOptions> = {
  translationWeight: 0.9,
  trustExponent: 0.5,
  phraseWordWeight: 0.5,
  cognateWeight: 0.85,
  fuzzyWeight: 0.8,
  synonymWeight: 0.5,
  familyWeight: 0.5,
  nameBoost: 1.5,
  absentKnownWordBoost: 2,
  categoryWeight: 0.6,
};

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
  vocabulary: Vocabulary,
  matcher: VocabularyMatcher,
  options: QueryAnalysisOptions = {},
): QueryWord[] {
  const {
    translationWeight, cognateWeight, fuzzyWeight, familyWeight, synonymWeight, trustExponent, phraseWordWeight, nameBoost,
    absentKnownWordBoost: knownWordBoost, categoryWeight,
  } = { ...QUERY_DEFAULTS, ...options };
  const trust = (related: Related) => Math.min(1, related.score) ** trustExponent;
  const tokens = tokenize(question);
  const frame = readQuestionFrame(question, tokens);
  const other = translationLanguage(language);
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  const phrases = knownPhrases(tokens, language, vocabulary);

  for (const term of contentTerms(tokens, languageData(language))) {
    if (seen.has(term.stem)) continue;
    seen.add(term.stem);
    // Per index term, its best weight, and whether any route to it was a translation.
    const variants = new Map<number, { weight: number; translated: boolean; together?: readonly (readonly number[])[] }>();
    const set = (id: number, weight: number, translated = false, together?: readonly (readonly number[])[]) => {
      const known = variants.get(id);
      // A term reached as a word alone needs no other; only as a phrase's word, it needs the phrase.
      const needs = together && (!known || known.together) ? together : undefined;
      variants.set(id, { weight: Math.max(known?.weight ?? 0, weight), translated: translated || known?.translated === true, ...(needs ? { together: needs } : {}) });
    };
    // A word counts through its stem and through its exact folded spelling, which reaches the
    // passage even when the question drops accents the stemmer needed.
    const termsOf = (lower: string, stemLanguage: Language): number[] => {
      const id = index.termIds.get(stem(lower, languageData(stemLanguage)));
      return [...(id === undefined ? [] : [id]), ...(index.surfaceWords.get(fold(lower)) ?? [])];
    };
    // A phrase ("états-unis") stands where its rarest word does, with the others beside it in
    // the passage, and nowhere if the articles lack one of its words: matched word by word,
    // "états" would meet every "État", "union" of "union européenne" the "Union soviétique".
    const termsOfEntry = (lemma: string, stemLanguage: Language): { ids: number[]; together?: number[][] } => {
      if (!/[\s'’-]/.test(lemma)) return { ids: termsOf(lemma, stemLanguage) };
      const parts: { ids: number[]; frequency: number }[] = [];
      for (const part of tokenize(lemma)) {
        if (isStopword(part.word, languageData(stemLanguage), part.lower)) continue;
        const ids = termsOf(part.lower, stemLanguage);
        if (ids.length === 0) return { ids: [] };
        parts.push({ ids, frequency: Math.min(...ids.map((id) => index.documentFrequency(id))) });
      }
      parts.sort((a, b) => a.frequency - b.frequency);
      const [rarest, ...others] = parts;
      return { ids: rarest?.ids ?? [], ...(others.length ? { together: others.map((part) => part.ids) } : {}) };
    };
    const add = (lemma: string, stemLanguage: Language, weight: number) => {
      const entry = termsOfEntry(lemma, stemLanguage);
      for (const id of entry.ids) set(id, weight, false, entry.together);
    };
    add(term.lower, language, 1);
    add(term.lower, other, cognateWeight);
    const synonyms = new Map<number, number>();
    const addTranslation = (lemma: string, weight: number) => {
      const entry = termsOfEntry(lemma, other);
      for (const id of entry.ids) set(id, weight, true, entry.together);
    };
    // A word of a known phrase is translated as part of it, and alone only at a discount:
    // "water" of "drinking water" is still "eau", but "united" of "United States" is no "conjoint".
    const phrase = phrases.get(term.position);
    const alone = new Map<number, number>();
    for (const translation of phrase ?? []) addTranslation(translation.lemma, translationWeight * trust(translation));
    for (const translation of vocabulary.translate(term.word, language)) {
      const weight = translationWeight * trust(translation);
      if (!phrase) addTranslation(translation.lemma, weight);
      else keepBest(alone, termsOfEntry(translation.lemma, other).ids, weight * phraseWordWeight);
    }
    for (const synonym of vocabulary.synonyms(term.word, language)) {
      keepBest(synonyms, termsOfEntry(synonym.lemma, language).ids, synonymWeight * trust(synonym));
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
      // In no article, but a word of the vocabulary's other side: a question too short to tell its
      // language ("TGV", read as English), or a word both languages share in some form
      // ("précédé", whose English stem is "preceding"'s): translated from that side.
      for (const translation of vocabulary.translate(term.word, other)) {
        add(translation.lemma, language, translationWeight * trust(translation) * cognateWeight);
      }
    }
    if (variants.size === 0) {
      // Misspelled, and in no article in any spelling: perhaps a vocabulary word, whose translation
      // the articles use ("futrue" -> future -> "avenir").
      for (const match of vocabulary.correct(term.word, language)) {
        for (const translation of vocabulary.translate(match.word, language)) {
          addTranslation(translation.lemma, translationWeight * trust(translation) * fuzzyWeight * match.similarity);
        }
      }
    }
    const list: Variant[] = [...variants].map(([id, { weight, translated, together }]) => ({
      term: id, weight, ...(weight < 1 && translated ? { translated: true } : {}), ...(together ? { together } : {}),
    }));
    for (const [id, weight] of alone) if (!variants.has(id)) list.push({ term: id, weight, translated: true, lesser: true });
    for (const [id, weight] of synonyms) if (!variants.has(id) && !alone.has(id)) list.push({ term: id, weight, rerankOnly: true, lesser: true });
    // A word is as telling as it is in its own language: a rare translation of a common
    // word must not make the word look rare.
    const own = list.filter((v) => v.weight === 1);
    // Lesser readings help rank passages, but do not make a word the articles lack one they speak of.
    const held = list.filter((v) => !v.lesser);
    const isName = frame.names.has(term.word) || (frame.places.has(term.word) && held.length === 0);
    const isCategory = term.position === frame.category;
    const isTopic = term.position === frame.attribute || term.word === frame.topic;
    const rarity = held.length ? Math.max(...(own.length ? own : held).map((v) => index.idf(v.term)))
      : index.unseenIdf * (isTellingAbsence(term.word, language, vocabulary) ? knownWordBoost : 1);
    const idf = rarity *
      (isName || /\d/.test(term.word) ? nameBoost : 1) * (isCategory ? categoryWeight : 1);
    words.push({ word: term.word, position: term.position, variants: list, idf, surface: index.surfaceIds.get(term.word) ?? -1, isName, isTopic });
  }
  return words;
}

/** Records `weight` for each term, keeping the best weight a term was reached with. */
function keepBest(weights: Map<number, number>, terms: readonly number[], weight: number): void {
  for (const term of terms) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
}

/** Longest phrase looked up in the vocabulary, in words. */
const MAX_PHRASE = 2;

/**
 * The translations of the phrases of the question that the vocabulary knows ("United States" ->
 * "États-Unis"), by the position of each of their words: a word of such a phrase is translated
 * as part of it, not alone ("united" is not "conjoint" there). Longest phrase first.
 */
function knownPhrases(tokens: readonly Token[], language: Language, vocabulary: Vocabulary): Map<number, readonly Related[]> {
  const found = new Map<number, readonly Related[]>();
  for (let i = 0; i < tokens.length; i++) {
    for (let length = Math.min(MAX_PHRASE, tokens.length - i); length >= 2; length--) {
      const phrase = tokens.slice(i, i + length);
      const translations = vocabulary.translatePhrase(phrase.map((token) => token.word), language);
      if (translations.length === 0) continue;
      for (const token of phrase) found.set(token.position, translations);
      i += length - 1;
      break;
    }
  }
  return found;
}

/** Shorter known words are as often slips of others ("see" for "sea") as words the articles lack. */
const MIN_TELLING_ABSENT_WORD = 4;

/**
 * Whether a word no article holds says that the articles do not speak of it: a real word (the
 * vocabulary knows it), long enough not to be a slip, and no frame noun ("rôle", "name").
 */
function isTellingAbsence(word: string, language: Language, vocabulary: Vocabulary): boolean {
  return word.length >= MIN_TELLING_ABSENT_WORD && !isFrameNoun(word) && vocabulary.has(word, language);
}

/** Whether some article holds the word in some form: its spelling, a translation, a correction; a synonym is not enough. */
export function isHeld(word: QueryWord): boolean {
  return word.variants.some((variant) => !variant.lesser);
}
