import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { stopwords as frenchStopwords } from '@orama/stopwords/french';
import type { Language } from '../articles/article.js';
import { fold } from './normalize.js';
import { isOneEditApart } from './one-edit.js';

/**
 * Snowball's stopword lists (via @orama/stopwords), folded like the text they filter, plus the
 * words that frame a question rather than say what it is about ("combien", "how many", "name").
 */
const QUESTION_WORDS: Record<Language, string> = {
  en: 'many much whose also s t yes name named called kind type one ones according among since within without ' +
    'upon toward towards across along around behind beyond despite however though although whether yet still ever ' +
    'must might may shall regarding concerning want wants wanted thanks done thing things',
  fr: "combien comment pourquoi quand quoi lequel laquelle lesquels lesquelles dont est-ce ceux celle celui celles " +
    'tout tous toute toutes tres aussi ainsi alors donc comme nom appelle appele appelee quelqu quelque chose ' +
    'selon lors depuis apres avant pendant sans sous chez vers parmi encore deja toujours jamais contre entre ' +
    'afin cependant pourtant puis ensuite quant quels quelles etait etaient avait avaient sera fut ' +
    'elles peut peuvent pourrait doit doivent devrait faut concernant veut veulent voulait grace aupres fait faire',
};

const LISTS: Record<Language, ReadonlySet<string>> = {
  en: new Set([...englishStopwords, ...QUESTION_WORDS.en.split(' ')].map(fold)),
  fr: new Set([...frenchStopwords, ...QUESTION_WORDS.fr.split(' ')].map(fold)),
};

/**
 * Words whose folded spelling is a stopword but which carry meaning when written with their
 * accent: "né" (born) is not "ne", so "Quand est-il né ?" keeps its point.
 */
const MEANINGFUL_WITH_ACCENT: Record<Language, ReadonlySet<string>> = { fr: new Set(['né', 'née', 'nés', 'nées']), en: new Set() };

/** Whether a word carries no meaning of its own. `lower` is its spelling with accents, when known. */
export function isStopword(word: string, language: Language, lower: string = word): boolean {
  return LISTS[language].has(word) && !MEANINGFUL_WITH_ACCENT[language].has(lower);
}

/**
 * The words that open and steer a question, and the only stopwords mended: other stopwords
 * (verb forms above all: "suis", "aient") lie one letter from too many real words.
 */
const INTERROGATIVES: Record<Language, readonly string[]> = {
  en: ['which', 'what', 'where', 'when', 'whom', 'whose', 'many', 'much', 'does'],
  fr: ['quel', 'quelle', 'quels', 'quelles', 'quoi', 'quand', 'comment', 'combien', 'pourquoi', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
};

const INTERROGATIVE_STARTS: Record<Language, ReadonlySet<string>> = {
  en: new Set(INTERROGATIVES.en.map((word) => word[0]!)),
  fr: new Set(INTERROGATIVES.fr.map((word) => word[0]!)),
};

/**
 * The text with slips in its interrogatives mended ("wich" → "which", "cmobien" → "combien"),
 * so that they are read as the question words they are (and tell the kind of answer), not as
 * rare words no article holds. A word of three letters or more ("wat") is mended when it is
 * one edit from an interrogative, begins with the same letter, and `isKnown` (the articles' or
 * the bilingual vocabulary) does not hold it.
 */
export function mendInterrogatives(text: string, language: Language, isKnown: (folded: string) => boolean): string {
  const starts = INTERROGATIVE_STARTS[language];
  return text.replace(/\p{L}{3,}/gu, (word) => {
    if (!starts.has(word[0]!.toLowerCase())) return word;
    const folded = fold(word);
    if (LISTS[language].has(folded) || isKnown(folded)) return word;
    // Three letters are mended only to a "wh…" or "qu…" word ("wat", "qel"): "man" is not "many".
    const candidates = folded.length > 3 ? INTERROGATIVES[language] : INTERROGATIVES[language].filter((asked) => /^(?:wh|qu)/.test(asked));
    return candidates.find((asked) => asked[0] === folded[0] && isOneEditApart(folded, asked)) ?? word;
  });
}

/**
 * Set phrases that frame a question the way stopwords do, though their words alone are not
 * stopwords: "take place", "avoir lieu", "faire face à"; "how long", "how far" ask for a figure
 * (the answer type says so), and "long" is seldom in the answer. As words no article holds, "place" and
 * "lieu" would weigh the most in the question.
 */
const FRAME_PHRASES = /(?<!\p{L})(?:how (?:long|far)|(?:take|takes|took|taken|taking) place|(?:eu|avoir|aura|auront|avait|avaient) lieu|(?:faire|fait|font) face|face(?= (?:à|a|au|aux)(?!\p{L})))(?!\p{L})/giu;

/**
 * A request that opens a question in chat ("Explain the cooperation", "Parle-moi du train",
 * "Can you tell me…"): the verb says what to do with the answer, not what it is about.
 */
const POLITE = "(?:please,? |s'il (?:te|vous) pla[iî]t,? |stp,? )?";
const ENGLISH_REQUEST = '(?:(?:can|could|would) you )?(?:tell me|explain|describe|summari[sz]e|show me|give me|talk about)';
const FRENCH_REQUEST = '(?:peux|pourrais)[- ]tu |(?:pouvez|pourriez)[- ]vous ';
const FRENCH_ASKED = '(?:me |nous )?(?:dire|expliquer|parler|raconter|d[ée]crire|r[ée]sumer|montrer|donner)';
const FRENCH_IMPERATIVE = '(?:parle|dis|raconte|explique|montre|donne|d[ée]cris|r[ée]sume)[sz]?(?:[- ]moi)?|(?:parlez|dites|racontez|expliquez|montrez|donnez|d[ée]crivez|r[ée]sumez)(?:[- ]moi)?';
const OPENING_REQUEST = new RegExp(`^\\s*${POLITE}(?:${ENGLISH_REQUEST}|(?:${FRENCH_REQUEST})${FRENCH_ASKED}|${FRENCH_IMPERATIVE})(?!\\p{L})`, 'iu');

/** "role", "rôle": the verb that goes with it ("play", "jouer") says nothing more, in whatever order. */
const ROLE = /(?<!\p{L})r[ôo]les?(?!\p{L})/iu;
const PLAYED = /(?<!\p{L})(?:play|plays|played|playing|jouer|joue|joué|jouée|joués|jouent|jouait|jouaient)(?!\p{L})/giu;

/** The text without the set phrases that only frame a question ("When did it take place?", "Explain…", "What role did it play?"). */
export function dropFramePhrases(text: string): string {
  const framed = text.replace(OPENING_REQUEST, ' ').replace(FRAME_PHRASES, ' ');
  return ROLE.test(framed) ? framed.replace(PLAYED, ' ') : framed;
}
