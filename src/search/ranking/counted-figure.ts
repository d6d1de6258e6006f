import { compiledPer, literals } from '../../language/compiled.js';
import type { AnswerType, LanguageData } from '../../language/language-data.js';
import { languageData } from '../../language/registry.js';
import type { IndexedPassage } from '../index/passage-index.js';
import { paragraphWords } from '../index/positions.js';
import type { Token } from '../../text/tokenize.js';

/**
 * How far before the counted word its figure may stand: the figure, then up to two words that
 * qualify what is counted ("68,000 undocumented migrant attempts", "cinq enfants"). Four let
 * figures count words they do not ("39 ans, il était ministre").
 */
export const FIGURE_REACH = 3;

/** How far after the counted word its figure may stand, a count link between (`LanguageData.countLinks`). */
export const FIGURE_REACH_AFTER = 6;

/** Per language, the words that write a figure before a noun: its number words ("cinq", "dozens") and ordinals ("troisième"), folded. */
const figureWordsOf = compiledPer(
  (language: LanguageData) => new Set([...language.numberWords, ...language.ordinalWords]),
);

/** How far before the counted word a count subject may stand ("the *number* of people killed"): its "of" and one qualifier between. */
export const SUBJECT_REACH = 3;

/** The most words a count link and its approximation take ("has risen to about"). */
const MAX_LINK_WORDS = 4;

/** Per language, the count subjects (`LanguageData.countSubjects`). */
const countSubjectsOf = compiledPer((language: LanguageData) => new Set(language.countSubjects));

const either = (patterns: readonly string[]) => (patterns.length > 0 ? patterns.join('|') : literals([]));

/** Per language, what may stand between a counted word and its figure after it, on its words joined by spaces. */
const countLinkOf = compiledPer(
  (language: LanguageData) =>
    new RegExp(`^(?:${either(language.countLinks)})?(?:${either(language.approximations)})?$`, 'u'),
);

/** Per language, a count link (an approximation after it or not) that ends the words before a figure. */
const linkEndingOf = compiledPer(
  (language: LanguageData) =>
    new RegExp(`(?:^|\\s)(?:${either(language.countLinks)})(?:${either(language.approximations)})?$`, 'u'),
);

/**
 * Whether the passage may count what a counting question counts, where it holds that word (at
 * `countedAt`): a figure must stand just before it when a plain number is asked ("Combien de
 * policiers ?" is not answered by "la police a intercepté 68 000 migrants"), or after it, past
 * the question's other words that follow it ("net orders"), with only a count link between
 * ("stood at"). An amount is exempt, its unit standing between ("70 millions d'euros pour le
 * Maroc"), and so is a passage that holds the word only around it (its title, the paragraph
 * before). `heldAt`: the positions of each question word in the passage.
 */
export function figureMayCount(
  passage: IndexedPassage,
  countedAt: readonly number[],
  asked: AnswerType | undefined,
  heldAt: readonly (readonly number[])[],
): boolean {
  if (asked !== 'number' || countedAt.length === 0) return true;
  const language = languageData(passage.language);
  const words = paragraphWords(passage.text, passage.sentences, language);
  if (figureBefore(words, countedAt, language)) return true;
  const held = new Set(heldAt.flat());
  // "net orders stood at 826": the link follows the phrase the counted word opens.
  const phraseEnds = countedAt.map((at) => {
    let end = at;
    while (held.has(end + 1)) end++;
    return end;
  });
  return figureAfter(words, phraseEnds, language);
}

/**
 * Whether a figure in digits stands after one of `at`, only a count link between ("net orders
 * stood at 826"); or, where a count subject stands around it, anywhere later in its sentence
 * after a count link ("the number of people killed by the floods has risen to 217").
 */
function figureAfter(words: readonly Token[], at: readonly number[], language: LanguageData): boolean {
  const link = countLinkOf(language);
  const linkEnding = linkEndingOf(language);
  const subjects = countSubjectsOf(language);
  const wordAt = new Map(words.map((w) => [w.position, w.word]));
  // Positions are consecutive within a sentence: a missing one is a sentence's end.
  const sameSentence = (from: number, to: number) => {
    for (let p = from; p <= to; p++) if (!wordAt.has(p)) return false;
    return true;
  };
  const announced = (counted: number) => {
    for (let p = counted - SUBJECT_REACH; p <= counted + 1; p++)
      if (subjects.has(wordAt.get(p) ?? '') && sameSentence(Math.min(p, counted), Math.max(p, counted))) return true;
    return false;
  };
  return words.some(({ word, position }) => {
    if (!/^\d/.test(word)) return false;
    return at.some((counted) => {
      if (position <= counted || !sameSentence(counted, position)) return false;
      const between = Array.from({ length: position - counted - 1 }, (_, i) => `${wordAt.get(counted + 1 + i)} `);
      if (position - counted <= FIGURE_REACH_AFTER && link.test(between.join(''))) return true;
      return announced(counted) && linkEnding.test(between.slice(-MAX_LINK_WORDS).join(''));
    });
  });
}

/** Whether a figure, in digits or a number word or ordinal of the passage's language, stands at most `FIGURE_REACH` words before one of `at`. */
function figureBefore(words: readonly Token[], at: readonly number[], language: LanguageData): boolean {
  const figureWords = figureWordsOf(language);
  return words.some(
    ({ word, position }) =>
      (/^\d/.test(word) || figureWords.has(word)) &&
      at.some((counted) => counted > position && counted - position <= FIGURE_REACH),
  );
}
