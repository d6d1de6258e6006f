import {
  alternation,
  compiledPer,
  literal,
  literalAnyApostrophe,
  wordAlternation,
  wordSet,
} from '../../language/compiled.js';
import type { LanguageData, Pattern } from '../../language/language-data.js';
import { REGISTERED_LANGUAGES, type Languages } from '../../language/registry.js';
import { fold } from '../../text/normalize.js';
import type { Token } from '../../text/tokenize.js';

/**
 * What a question's wording says beyond its words: which of them are names, which noun names
 * the kind of answer, and which word is precisely what it asks about.
 */
export interface QuestionFrame {
  /** Folded words written with a capital inside the question: likely names. */
  readonly names: ReadonlySet<string>;
  /**
   * In a question typed all in lower case, folded words right after "in", "of", "en", "de l'"…:
   * places, when no article holds them ("migrants in italy").
   */
  readonly places: ReadonlySet<string>;
  /**
   * Position of the noun that names the kind of answer, or -1: right after "quel"/"which"
   * ("Quel animal…", "Which country…") or "what is the"/"quel est le" ("Quel est l'âge…").
   */
  readonly category: number;
  /**
   * Position of the attribute asked for, or -1: the noun before "of"/"de" in "What is the salary
   * of…", "Who is the king of…", or after it when the noun before is a frame noun ("What is the
   * amount of the *fine*"; never a frame noun itself).
   */
  readonly attribute: number;
  /** The folded word after "about", "sur", "au sujet de"…, if any (never a frame noun). */
  readonly topic?: string;
  /**
   * Position of the noun a counting question counts ("How many *pages*…", "Combien de
   * *voix*…"), or -1; never one that any figure may count ("people", "fois").
   */
  readonly counted: number;
}

/** Reads a question's frame. `tokens` are the question's words as `tokenize` gives them. */
export function readQuestionFrame(
  question: string,
  tokens: readonly Token[],
  languages: Languages = REGISTERED_LANGUAGES,
): QuestionFrame {
  const frame = framesOf(languages);
  const folded = fold(question);
  const topic = frame.about.exec(folded)?.[1];
  return {
    names: namesIn(question, frame),
    places: placesInLowerCase(question, frame),
    ...focusOf(folded, tokens, frame),
    counted: countedOf(folded, tokens, frame),
    ...(topic !== undefined && !frame.frameNouns.has(topic) ? { topic } : {}),
  };
}

/**
 * Words as one alternation, each between the spaces given, or, when it ends in an apostrophe
 * ("l'", "d'"), glued to what follows and after nothing.
 */
function spacedWords(
  languages: Languages,
  field: (language: LanguageData) => readonly string[],
  before: string,
  after: string,
): Pattern {
  return languages
    .flatMap(field)
    .map((word) => (word.endsWith("'") ? literal(word) : `${before}${literal(word)}${after}`))
    .join('|');
}

/** What reading a question's frame needs, built once from the languages' data. */
const framesOf = compiledPer((languages: Languages) => {
  const articles = spacedWords(languages, (language) => language.articles, '', ' ');
  const notBeforeName = languages
    .flatMap((language) => [...language.articles, ...language.demonstratives])
    .map(literalAnyApostrophe)
    .join('|');
  const whichWords = wordSet(languages, (language) => language.whichWords);
  return {
    nameQualifiers: wordSet(languages, (language) => language.nameQualifiers),
    placePhrases: wordSet(languages, (language) => language.placePhrases),
    frameNouns: wordSet(languages, (language) => language.frameNouns),
    whichWords,
    whoWords: wordSet(languages, (language) => language.whoWords),
    about: new RegExp(
      `\\b(?:${alternation(languages, (language) => language.aboutWords)})(?:${articles})?(\\p{L}+)`,
      'u',
    ),
    placeAfter: new RegExp(
      `(?<![\\p{L}'’])(?:${wordAlternation(languages, (language) => language.placePrepositions)})\\s+(?:${alternation(languages, (language) => language.placeArticles)})?(\\p{L}+)`,
      'gu',
    ),
    whoIs: new RegExp(
      `^\\s*(?:${alternation(languages, (language) => language.whoIsOpenings)}) (?!(?:${notBeforeName})\\b)[\\p{L}'’-]+(?: [\\p{L}'’-]+){0,3}\\s*[?!.]*\\s*$`,
      'u',
    ),
    counted: new RegExp(`\\b(?:${alternation(languages, (language) => language.countOpenings)})\\s*(\\p{L}+)`, 'u'),
    countedAnyhow: wordSet(languages, (language) => language.countedAnyhow),
    asksFor: new RegExp(
      `\\b(${[...whichWords, ...wordSet(languages, (language) => language.whoWords)].map(literal).join('|')}) (?:${wordAlternation(languages, (language) => language.copulas)}) (?:${articles})(\\p{L}+)(?:(${spacedWords(languages, (language) => language.ofWords, ' ', ' ')})(?:${articles})?(\\p{L}+))?`,
      'u',
    ),
  };
});
type Frames = ReturnType<typeof framesOf>;

/** Folded words written with a capital inside the question (not its first word): likely names. */
function namesIn(question: string, frame: Frames): Set<string> {
  const names = new Set<string>();
  for (const match of question.matchAll(/(?<=[\p{L}\p{N},;:'’)]\s+|[-'’])\p{Lu}[\p{L}\p{N}]*/gu)) {
    const name = fold(match[0]);
    if (!frame.nameQualifiers.has(name)) names.add(name);
  }
  return names;
}

/**
 * A question typed all in lower case has no capitals to tell its names by. There, a word right
 * after "in", "of", "en", "de l'"… with no other article between reads as a place ("migrants in
 * italy", "le président de l'algérie"). Returns such words, folded: the caller takes them for
 * names only when no article holds them.
 */
function placesInLowerCase(question: string, frame: Frames): Set<string> {
  const places = new Set<string>();
  const text = question.normalize('NFC');
  if (text !== text.toLowerCase()) return places;
  for (const match of text.matchAll(frame.placeAfter)) {
    const word = fold(match[1]!);
    if (!frame.nameQualifiers.has(word) && !frame.placePhrases.has(word)) places.add(word);
  }
  return places;
}

/** Whether a folded word frames questions ("name", "rôle") rather than says what they are about. */
export function isFrameNoun(word: string, languages: Languages = REGISTERED_LANGUAGES): boolean {
  return framesOf(languages).frameNouns.has(word);
}

/**
 * Whether a question asks who someone is: "Who is Laftit?", "Qui est Bruno Retailleau ?", "c'est
 * qui castaner", "who's X". One to four words follow, the first not a lower-case article or
 * demonstrative ("Who is the king of Spain?" asks for the king, not who someone is; "Le Drian"
 * is a name).
 */
export function asksWhoSomeoneIs(question: string, languages: Languages = REGISTERED_LANGUAGES): boolean {
  return framesOf(languages).whoIs.test(question.normalize('NFC'));
}

/**
 * "what is the", "quel est l'", "who is the": the noun after it names what is asked for (the
 * kind of answer, unless a person is asked for), and it is the attribute asked for when "of"
 * follows ("What is the salary of…").
 */
function focusOf(folded: string, words: readonly Token[], frame: Frames): { category: number; attribute: number } {
  const asked = frame.asksFor.exec(folded);
  if (asked) {
    const position = positionOf(words, asked[2]!);
    const byKind = !frame.whoWords.has(asked[1]!);
    const attribute = asked[3] === undefined ? -1 : attributeAsked(asked[2]!, asked[4], words, frame);
    return { category: byKind ? position : -1, attribute };
  }
  for (let i = 0; i + 1 < words.length; i++) {
    if (frame.whichWords.has(words[i]!.word)) return { category: words[i + 1]!.position, attribute: -1 };
  }
  return { category: -1, attribute: -1 };
}

/**
 * Position of the attribute of "What is the salary of…", or -1: the noun asked for, or, when that
 * one only frames the question, its complement ("the amount of the *fine*", "le nom du *roi*").
 */
function attributeAsked(noun: string, complement: string | undefined, words: readonly Token[], frame: Frames): number {
  const attribute = frame.frameNouns.has(noun) ? complement : noun;
  return attribute === undefined || frame.frameNouns.has(attribute) ? -1 : positionOf(words, attribute);
}

/** Position of the noun a counting question counts, or -1 (none, or one any figure may count). */
function countedOf(folded: string, words: readonly Token[], frame: Frames): number {
  const counted = frame.counted.exec(folded)?.[1];
  if (counted === undefined || frame.countedAnyhow.has(counted) || frame.frameNouns.has(counted)) return -1;
  return positionOf(words, counted);
}

/** Position in the question of the first of its words that is `word`, or -1. */
function positionOf(words: readonly Token[], word: string): number {
  return words.find((w) => w.word === word)?.position ?? -1;
}
