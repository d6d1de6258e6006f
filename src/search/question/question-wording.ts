import { alternation, compiledPer, literals, wholeWords } from '../../language/compiled.js';
import type { LanguageData } from '../../language/language-data.js';
import { REGISTERED_LANGUAGES, type Languages } from '../../language/registry.js';
import { fold } from '../../text/normalize.js';
import { isOneEditApart } from '../../text/one-edit.js';
import { isStopword } from '../../text/stopwords.js';

const interrogativesOf = compiledPer((language: LanguageData) => ({
  starts: new Set(language.interrogatives.map((word) => word[0]!)),
  short: language.interrogatives.filter((word) => word.startsWith(language.shortInterrogativeStart)),
}));

/**
 * The text with slips in its interrogatives mended ("wich" → "which", "cmobien" → "combien"),
 * so that they are read as the question words they are (and tell the kind of answer), not as
 * rare words no article holds. A word of three letters or more ("wat") is mended when it is
 * one edit from an interrogative, begins with the same letter, and `isKnown` (the articles' or
 * the bilingual vocabulary) does not hold it. Interrogatives are the only stopwords mended:
 * other stopwords (verb forms above all: "suis", "aient") lie one letter from too many real words.
 */
export function mendInterrogatives(text: string, language: LanguageData, isKnown: (folded: string) => boolean): string {
  const { starts, short } = interrogativesOf(language);
  return text.replace(/\p{L}{3,}/gu, (word) => {
    if (!starts.has(word[0]!.toLowerCase())) return word;
    const folded = fold(word);
    if (isStopword(folded, language) || isKnown(folded)) return word;
    const candidates = folded.length > 3 ? language.interrogatives : short;
    return candidates.find((asked) => asked[0] === folded[0] && isOneEditApart(folded, asked)) ?? word;
  });
}

const framingOf = compiledPer((languages: Languages) => ({
  framePhrases: wholeWords(
    alternation(languages, (language) => language.framePhrases),
    'giu',
  ),
  openingRequest: new RegExp(
    `^\\s*(?:${alternation(languages, (language) => language.politeOpenings)})?(?:${alternation(languages, (language) => language.openingRequests)})(?!\\p{L})`,
    'iu',
  ),
  /** Thanks at the end of a message, with the punctuation around them. */
  chatClosing: new RegExp(
    `[\\s,.!]*(?<![\\p{L}\\p{N}])(?:${alternation(languages, (language) => language.closings)})[\\s,.!]*$`,
    'iu',
  ),
  chatOpening: new RegExp(
    `^(?:[\\s,!.:;]*(?:${alternation(languages, (language) => language.greetings)})(?![\\p{L}\\p{N}]))*[\\s,!.:;]*` +
      `(?:(?:${alternation(languages, (language) => language.askingOpenings)})(?!\\p{L}),?)?`,
    'iu',
  ),
  /**
   * A break (",", ":", "!", a dash), up to two words (captured: "but", "mais de"), and then a
   * word a question proper opens with. Read on folded text; the match ends where the question begins.
   */
  questionAfterBreak: new RegExp(
    `(?:[,:;!–—]|\\s-)\\s*((?:\\p{L}+\\s+){0,2}?)(?=(?:${alternation(languages, (language) => language.questionOpenings)})(?![\\p{L}'’-]))`,
    'u',
  ),
  lightVerbs: languages
    .flatMap((language) => language.lightVerbs)
    .map(({ noun, verbs }) => ({
      noun: wholeWords(noun, 'iu'),
      verbs: wholeWords(literals(verbs), 'giu'),
    })),
}));

/** Words after the last question mark that an aside may hold ("asking for a friend", "merci !"). */
const MAX_ASIDE_WORDS = 6;

/** The text without a short aside after its last question mark: the question is what the mark closes. */
function withoutAside(text: string): string {
  const end = text.lastIndexOf('?');
  if (end <= 0) return text;
  const aside = text.slice(end + 1).match(/\p{L}+/gu) ?? [];
  return aside.length <= MAX_ASIDE_WORDS ? text.slice(0, end + 1) : text;
}

/** The folded words that ask: interrogatives and "who" words. */
const questionWords = compiledPer(
  (languages: Languages) =>
    new Set(languages.flatMap((language) => [...language.interrogatives, ...language.whoWords])),
);

/** Most words a chat preamble holds before the question proper ("Sorry to bother, but…"). */
const MAX_PREAMBLE_WORDS = 6;

/**
 * The text without a chat preamble: the words before a break that the question proper follows
 * ("Sorry to bother, but what…", "Par curiosité, pourquoi…", "guys, what…"). Only a preamble
 * that tells the articles nothing goes: no figure, no name (a capital after its first word), and
 * no word but stopwords that `isHeld` (the articles' words) knows, so "In 2019, what…", "Selon
 * Tacite, où…" and "for the storm in poland, how much…" keep theirs. Left in, its words weigh as
 * rare ones no passage holds and turn the question away.
 */
export function dropChatPreamble(
  text: string,
  isHeld: (folded: string) => boolean,
  languages: Languages = REGISTERED_LANGUAGES,
): string {
  const folded = fold(text);
  // Positions in the folded text are the text's only where folding kept every character.
  if (folded.length !== text.length) return text;
  const found = framingOf(languages).questionAfterBreak.exec(folded);
  if (!found) return text;
  const isFunctionWord = (word: string) => languages.some((language) => isStopword(word, language));
  if (!(found[1]!.match(/\p{L}+/gu) ?? []).every(isFunctionWord)) return text;
  const preamble = folded.slice(0, found.index);
  const words = preamble.match(/\p{L}+/gu) ?? [];
  // One that asks something is a question of its own ("What caused it, and who paid?").
  if (words.some((word) => questionWords(languages).has(word))) return text;
  const tellsNothing = words.every((word) => isFunctionWord(word) || !isHeld(word));
  const namesSomeone = /(?<=\S\s+)\p{Lu}\p{L}/u.test(text.slice(0, found.index));
  if (words.length > MAX_PREAMBLE_WORDS || /\p{N}/u.test(preamble) || namesSomeone || !tellsNothing) return text;
  return text.slice(found.index + found[0].length);
}

/**
 * The text without what only frames a question: greetings and "do you know" that open it in
 * chat ("hey bot, do you know…", "Salut ! Tu sais…"), thanks that close it ("thx in advance"), an
 * aside after its question mark, a request that opens it in chat ("Explain…",
 * "Parle-moi du…", "Can you tell me…"), set phrases ("When did it take place?", "avoir lieu":
 * as words no article holds, "place" and "lieu" would weigh the most), and the verb of a noun
 * that says it all ("What role did it play?").
 */
export function dropFramePhrases(text: string, languages: Languages = REGISTERED_LANGUAGES): string {
  const framing = framingOf(languages);
  let framed = withoutAside(text.replace(framing.chatClosing, ''))
    .replace(framing.chatOpening, ' ')
    .replace(framing.openingRequest, ' ')
    .replace(framing.framePhrases, ' ');
  for (const { noun, verbs } of framing.lightVerbs) if (noun.test(framed)) framed = framed.replace(verbs, ' ');
  return framed;
}
