import type { Language } from '../../language/registry.js';
import { languageData, REGISTERED_LANGUAGES } from '../../language/registry.js';
import { compiledPer } from '../../language/compiled.js';
import type { LanguageData } from '../../language/language-data.js';
import { fold } from '../../text/normalize.js';
import { isOneEditApart } from '../../text/one-edit.js';
import { foldedStopwords, isStopword } from '../../text/stopwords.js';
import { contentTerms, type Term } from '../../text/analyze.js';
import { tokenize, type Token } from '../../text/tokenize.js';
import { translationLanguage, type Related, type Vocabulary } from '../crosslingual/vocabulary.js';
import type { VocabularyMatcher } from '../fuzzy/vocabulary-matcher.js';
import type { PassageIndex } from '../index/passage-index.js';
import { isFrameNoun, readQuestionFrame, type QuestionFrame } from './question-frame.js';
import { VARIANT_ROUTES, WordReach, type QueryReading } from './variant-routes.js';
import type { QueryAnalysisOptions, Variant } from './variant.js';

export type { QueryAnalysisOptions, Variant };

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
  /** What a counting question counts ("How many *pages*…"): a figure without it counts something else. */
  readonly isCounted?: true;
}

/**
 * Shortest name whose absence tells: shorter capitalised words (acronyms, initials) are too often
 * written another way in the articles.
 */
const MIN_TELLING_NAME = 4;

/** Whether a word is a name whose absence from an article tells that the article is about something else. */
export function isTellingName(word: QueryWord): boolean {
  return word.isName && word.word.length >= MIN_TELLING_NAME;
}

/** Every weight of query analysis, with its default: the one place the code reads them from. */
export const QUERY_DEFAULTS: Required<QueryAnalysisOptions> = {
  translationWeight: 0.9,
  trustExponent: 0.5,
  phraseWordWeight: 0.5,
  cognateWeight: 0.85,
  fuzzyWeight: 0.8,
  synonymWeight: 0.7,
  familyWeight: 0.5,
  derivationWeight: 0.6,
  inflectionWeight: 1,
  nameBoost: 1.5,
  absentKnownWordBoost: 2,
  absentVerbBoost: 1.3,
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
  const reading: QueryReading = {
    language,
    other: translationLanguage(language),
    index,
    vocabulary,
    matcher,
    weights: { ...QUERY_DEFAULTS, ...options },
  };
  const tokens = TOKEN_MENDS.reduce(
    (mended, mend) => mend(mended, reading),
    tokenize(question, REGISTERED_LANGUAGES, languageData(language)),
  );
  const frame = readQuestionFrame(question, tokens);
  const phrases = knownPhrases(tokens, language, vocabulary);
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  for (const term of contentTerms(tokens, languageData(language))) {
    if (seen.has(term.stem)) continue;
    seen.add(term.stem);
    const reach = new WordReach(reading);
    for (const route of VARIANT_ROUTES)
      if (!route.fallback || !reach.reached) route.reach(reach, term, phrases.get(term.position));
    const variants = reach.variants();
    // A stopword of another language ("who" of "Doctor Who" in a French question) is in no index
    // of that language's passages: where nothing holds it, its absence says nothing.
    if (variants.length === 0 && REGISTERED_LANGUAGES.some((data) => isStopword(term.word, data))) continue;
    // Nor does a word that reaches nothing one slip from a stopword ("wen" for "when").
    if (variants.length === 0 && isSlippedStopword(question, term, reading.language)) continue;
    words.push(queryWord(term, variants, frame, reading));
  }
  return words;
}

/**
 * How a question's words are read as members type them, before they are looked up. Order
 * matters: an elision typed without its apostrophe is mended first ("dor" is "d'or"), then chat
 * words are read for what they stand for ("stp" is nothing, "cb" is "combien"), then decades
 * written short are read as years.
 */
const TOKEN_MENDS: readonly ((tokens: Token[], reading: QueryReading) => Token[])[] = [
  mendedElisions,
  mendedChatTyping,
  mendedDecades,
];

/** Shortest word an elision typed without its apostrophe may leave: "don" is no "d'on". */
const MIN_ELIDED_REST = 2;

/**
 * Words typed without the apostrophe of their elision ("dor", "dhectares", "cest"), as members
 * type fast: a word that no article and no vocabulary knows, that begins with an elision of the
 * question's language (or of another: "who won the palme dor") and whose rest is known, is read
 * as that rest. A stopword is known too: "cest" is "c'est", and weighs nothing; so is a chat word
 * ("svp" is no "s'vp"). A word one slip from an article's word is that word ("melisa").
 */
function mendedElisions(tokens: Token[], reading: QueryReading): Token[] {
  const data = languageData(reading.language);
  const elisions = elisionsFirstOf(data);
  if (elisions.length === 0) return tokens;
  const { fillers, shorthands } = chatWordsOf(data);
  const isFunctionWord = (word: string) => isStopword(word, data) || fillers.has(word) || shorthands.has(word);
  const known = (word: string) =>
    reading.index.surfaceIds.has(word) || reading.vocabulary.has(word, reading.language) || isFunctionWord(word);
  return tokens.map((token) => {
    if (known(token.word)) return token;
    const elision = elisions.find(
      (start) =>
        token.word.length - start.length >= MIN_ELIDED_REST &&
        token.word.startsWith(start) &&
        known(token.word.slice(start.length)),
    );
    if (elision === undefined) return token;
    const rest = token.word.slice(elision.length);
    // A slip in an article's word is that word: "melisa" is "Melissa", not "m'elisa" (the
    // "ELISA" test); "cest" is still "c'est", whatever word it is one slip from.
    if (!isFunctionWord(rest) && reading.matcher.match(token.word, 1).length > 0) return token;
    return { ...token, word: rest, lower: token.lower.slice(elision.length) };
  });
}

/** Every registered language's elisions, the question's language's first. */
const elisionsFirstOf = compiledPer((data: LanguageData) => [
  ...new Set([data, ...REGISTERED_LANGUAGES].flatMap((language) => language.elisions)),
]);

/** A decade's two digits: "70" of "années 70", "70s". */
const SHORT_DECADE = /^(\d)0$/;

/**
 * Decades written short, read as their first year ("années 70", "the 80s": 1970, 1980), as
 * "1970s" and "années 1970" in the articles are. The twenties to the nineties are the 1900s'; "00"
 * and "10" the 2000s'.
 */
function mendedDecades(tokens: Token[], reading: QueryReading): Token[] {
  const { after, endings } = languageData(reading.language).shortDecades;
  return tokens.map((token, i) => {
    const ending = endings.find((end) => token.word.endsWith(end));
    const digits = ending === undefined ? token.word : token.word.slice(0, -ending.length);
    const decade = SHORT_DECADE.exec(digits)?.[1];
    if (decade === undefined) return token;
    if (ending === undefined && !after.includes(tokens[i - 1]?.word ?? '')) return token;
    const year = `${Number(decade) >= 2 ? '19' : '20'}${digits}`;
    return { ...token, word: year, lower: year };
  });
}

/** Shortest slip of a stopword read as that stopword: "wen" is "when", but "ot" is not read as "to". */
const MIN_SLIPPED_STOPWORD = 3;

/**
 * Words as members type them in a chat, read for what they stand for where no article holds
 * them: a filler that asks nothing ("stp", "lol"), or a shorthand of the question's language
 * ("cb", "govt") that the vocabulary does not know as a word. Unread, such a word is a rare word
 * no passage holds, and weighs as much as the question's subject.
 */
function mendedChatTyping(tokens: Token[], reading: QueryReading): Token[] {
  const data = languageData(reading.language);
  const { fillers, shorthands } = chatWordsOf(data);
  const inArticles = (word: string) => reading.index.surfaceIds.has(word) || isStopword(word, data);
  const mended: Token[] = [];
  for (const token of tokens) {
    if (inArticles(token.word)) {
      mended.push(token);
      continue;
    }
    if (fillers.has(token.word)) continue;
    // A shorthand may be a word of the vocabulary too ("pk" is a unit).
    const meant = reading.vocabulary.has(token.word, reading.language) ? undefined : shorthands.get(token.word);
    mended.push(meant === undefined ? token : { ...token, word: fold(meant), lower: meant });
  }
  return mended;
}

const chatWordsOf = compiledPer((data: LanguageData) => ({
  fillers: new Set(data.chatFillers),
  // A Map, not the record: a question's "constructor" is no key of it.
  shorthands: new Map(Object.entries(data.shorthands)),
}));

/**
 * Whether a question word is one slip from exactly one stopword of its language ("wen", though a
 * wen is a cyst), not written with a capital (a name: "Wen Jiabao"), with the same first letter:
 * a typo seldom hits the first letter, and "nommé" is no "comme".
 */
function isSlippedStopword(question: string, term: Term, language: Language): boolean {
  return (
    term.word.length >= MIN_SLIPPED_STOPWORD &&
    !writtenCapitalised(question, term.lower) &&
    onlyOneEditAway(term.word, foldedStopwords(languageData(language)))?.charAt(0) === term.word.charAt(0)
  );
}

/** The one word of `words` (of `MIN_SLIPPED_STOPWORD` letters or more) one edit from `word`; none when none or several are. */
function onlyOneEditAway(word: string, words: Iterable<string>): string | undefined {
  let found: string | undefined;
  for (const other of words) {
    if (other.length < MIN_SLIPPED_STOPWORD || !isOneEditApart(word, other)) continue;
    if (found !== undefined) return undefined;
    found = other;
  }
  return found;
}

/** Whether the question writes this word with a capital somewhere. */
function writtenCapitalised(question: string, lower: string): boolean {
  const capitalised = lower.charAt(0).toLocaleUpperCase() + lower.slice(1);
  return capitalised !== lower && question.includes(capitalised);
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
  const rarity = held.length
    ? Math.max(...(own.length ? own : held).map((v) => index.idf(v.term)))
    : index.unseenIdf * absenceBoost(term.word, reading);
  const idf =
    rarity * (isName || /\d/.test(term.word) ? weights.nameBoost : 1) * (isCategory ? weights.categoryWeight : 1);
  return {
    word: term.word,
    position: term.position,
    variants,
    idf,
    surface: index.surfaceIds.get(term.word) ?? -1,
    isName,
    isTopic,
    // "Combien de Mahorais…" counts people, whom a passage may count as voters.
    ...(term.position === frame.counted && !isName && !slipOfCountedAnyhow(term.word, own.length > 0, reading)
      ? { isCounted: true as const }
      : {}),
  };
}

/**
 * Whether a counted word no article spells is a slip of a noun any figure counts ("how many
 * peple"): it counts people, not a "peple" the passage must name.
 */
function slipOfCountedAnyhow(word: string, spelled: boolean, { language }: QueryReading): boolean {
  return !spelled && languageData(language).countedAnyhow.some((noun) => isOneEditApart(word, noun));
}

/** Stopwords a phrase's two words may stand apart by ("feu de forêt"), as its key leaves them out. */
const MAX_STOPWORDS_WITHIN = 2;

/**
 * The translations of the phrases of the question that the vocabulary knows ("United States" ->
 * "États-Unis", "feux de forêt" -> "wildfires"), by the position of each of their words: a word
 * of such a phrase is translated as part of it, not alone ("united" is not "conjoint" there).
 * The vocabulary's phrases are of two words: next to each other ("give up"), or two words with
 * only stopwords between them.
 */
function knownPhrases(
  tokens: readonly Token[],
  language: Language,
  vocabulary: Vocabulary,
): Map<number, readonly Related[]> {
  const found = new Map<number, readonly Related[]>();
  const data = languageData(language);
  const isContent = (token: Token) => !isStopword(token.word, data, token.lower);
  for (let i = 0; i < tokens.length - 1; i++) {
    const first = tokens[i]!;
    if (found.has(first.position)) continue;
    const seconds = [tokens[i + 1]!];
    if (isContent(first)) {
      const next = tokens.slice(i + 1, i + 2 + MAX_STOPWORDS_WITHIN).find(isContent);
      if (next !== undefined && next !== seconds[0]) seconds.push(next);
    }
    for (const second of seconds) {
      const translations = vocabulary.translatePhrase([first.word, second.word], language);
      if (translations.length === 0) continue;
      found.set(first.position, translations);
      found.set(second.position, translations);
      break;
    }
  }
  return found;
}

/** Shorter known words are as often slips of others ("see" for "sea") as words the articles lack. */
const MIN_TELLING_ABSENT_WORD = 4;

/**
 * How many times the rarest weight a word no article holds weighs, by how much its absence says
 * that the articles do not speak of it: a real word (the vocabulary knows it), long enough not
 * to be a slip, no frame noun ("rôle", "name"), no noun any figure counts ("how many people":
 * "1,400 injured") and no verb of speech ("a évoquée"; articles report what someone said with
 * many verbs) weighs more, a noun more than a verb: "salaire" or "company" no article holds is
 * the point asked, "enchaînées" may be told with another verb.
 */
function absenceBoost(word: string, { language, vocabulary, weights }: QueryReading): number {
  const data = languageData(language);
  const telling =
    word.length >= MIN_TELLING_ABSENT_WORD &&
    !isFrameNoun(word) &&
    !data.speechWords.includes(word) &&
    !data.countedAnyhow.includes(word) &&
    vocabulary.has(word, language);
  if (!telling) return 1;
  return vocabulary.isVerb(word, language) ? weights.absentVerbBoost : weights.absentKnownWordBoost;
}

/** Whether some article holds the word in some form: its spelling, a translation, a correction; a synonym is not enough. */
export function isHeld(word: QueryWord): boolean {
  return word.variants.some((variant) => !variant.lesser);
}
