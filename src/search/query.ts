import type { Language } from '../language/registry.js';
import { languageData, REGISTERED_LANGUAGES } from '../language/registry.js';
import { isStopword } from '../text/stopwords.js';
import { contentTerms, type Term } from '../text/analyze.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { translationLanguage, type Related, type Vocabulary } from './crosslingual/vocabulary.js';
import type { VocabularyMatcher } from './fuzzy/vocabulary-matcher.js';
import type { PassageIndex } from './passage-index.js';
import { isFrameNoun, readQuestionFrame, type QuestionFrame } from './question-frame.js';
import { VARIANT_ROUTES, WordReach, type QueryReading } from './variant-routes.js';

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
 * then gathers the index terms it may stand for along the routes of `variant-routes.ts`: its own
 * stem, the stem it has as a word of the other language, its translations and synonyms, and, for
 * a word no article contains, its closest spellings. The question is never read as search
 * syntax: every character is just text.
 */
export function analyzeQuery(
  question: string,
  language: Language,
  index: PassageIndex,
  vocabulary: Vocabulary,
  matcher: VocabularyMatcher,
  options: QueryAnalysisOptions = {},
): QueryWord[] {
  const reading: QueryReading = { language, other: translationLanguage(language), index, vocabulary, matcher, weights: { ...QUERY_DEFAULTS, ...options } };
  const tokens = tokenize(question);
  const frame = readQuestionFrame(question, tokens);
  const phrases = knownPhrases(tokens, language, vocabulary);
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  for (const term of contentTerms(tokens, languageData(language))) {
    if (seen.has(term.stem)) continue;
    seen.add(term.stem);
    const reach = new WordReach(reading);
    for (const route of VARIANT_ROUTES) if (!route.fallback || !reach.reached) route.reach(reach, term, phrases.get(term.position));
    const variants = reach.variants();
    // A stopword of another language ("who" of "Doctor Who" in a French question) is in no index
    // of that language's passages: where nothing holds it, its absence says nothing.
    if (variants.length === 0 && REGISTERED_LANGUAGES.some((data) => isStopword(term.word, data))) continue;
    words.push(queryWord(term, variants, frame, reading));
  }
  return words;
}

/** A question word from its variants: how telling it is, whether it is a name, whether it is what the question is about. */
function queryWord(term: Term, variants: readonly Variant[], frame: QuestionFrame, reading: QueryReading): QueryWord {
  const { index, weights } = reading;
  // A word is as telling as it is in its own language: a rare translation of a common
  // word must not make the word look rare.
  const own = variants.filter((v) => v.weight === 1);
  // Lesser readings help rank passages, but do not make a word the articles lack one they speak of.
  const held = variants.filter((v) => !v.lesser);
  const isName = frame.names.has(term.word) || (frame.places.has(term.word) && held.length === 0);
  const isCategory = term.position === frame.category;
  const isTopic = term.position === frame.attribute || term.word === frame.topic;
  const rarity = held.length ? Math.max(...(own.length ? own : held).map((v) => index.idf(v.term)))
    : index.unseenIdf * (isTellingAbsence(term.word, reading.language, reading.vocabulary) ? weights.absentKnownWordBoost : 1);
  const idf = rarity *
    (isName || /\d/.test(term.word) ? weights.nameBoost : 1) * (isCategory ? weights.categoryWeight : 1);
  return { word: term.word, position: term.position, variants, idf, surface: index.surfaceIds.get(term.word) ?? -1, isName, isTopic };
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
