import { compiledPer } from '../../language/compiled.js';
import type { AnswerType, LanguageData } from '../../language/language-data.js';
import { languageData } from '../../language/registry.js';
import type { IndexedPassage } from '../index/passage-index.js';
import { paragraphWords } from '../index/positions.js';

/**
 * How far before the counted word its figure may stand: the figure, then up to two words that
 * qualify what is counted ("68,000 undocumented migrant attempts", "cinq enfants"). Four let
 * figures count words they do not ("39 ans, il était ministre").
 */
export const FIGURE_REACH = 3;

/** Per language, the words that write a figure before a noun: its number words ("cinq", "dozens") and ordinals ("troisième"), folded. */
const figureWordsOf = compiledPer(
  (language: LanguageData) => new Set([...language.numberWords, ...language.ordinalWords]),
);

/**
 * Whether the passage may count what a counting question counts, where it holds that word (at
 * `countedAt`): a figure must stand just before it when a plain number is asked ("Combien de
 * policiers ?" is not answered by "la police a intercepté 68 000 migrants"). An amount is
 * exempt, its unit standing between ("70 millions d'euros pour le Maroc"), and so is a passage
 * that holds the word only around it (its title, the paragraph before).
 */
export function figureMayCount(
  passage: IndexedPassage,
  countedAt: readonly number[],
  asked: AnswerType | undefined,
): boolean {
  return asked !== 'number' || countedAt.length === 0 || figureBefore(passage, countedAt);
}

/** Whether a figure, in digits or a number word or ordinal of the passage's language, stands at most `FIGURE_REACH` words before one of `at`. */
function figureBefore(passage: IndexedPassage, at: readonly number[]): boolean {
  const figureWords = figureWordsOf(languageData(passage.language));
  return paragraphWords(passage.text, passage.sentences).some(
    ({ word, position }) =>
      (/^\d/.test(word) || figureWords.has(word)) &&
      at.some((counted) => counted > position && counted - position <= FIGURE_REACH),
  );
}
