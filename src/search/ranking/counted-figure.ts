import { compiledPer } from '../../language/compiled.js';
import type { LanguageData } from '../../language/language-data.js';
import { languageData } from '../../language/registry.js';
import type { IndexedPassage } from '../index/passage-index.js';
import { paragraphWords } from '../index/positions.js';

/**
 * How far before the counted word its figure may stand: the figure, then up to two words that
 * qualify what is counted ("68,000 undocumented migrant attempts", "cinq enfants"). Four let
 * figures count words they do not ("39 ans, il était ministre").
 */
export const FIGURE_REACH = 3;

/** Per language, its number words ("cinq", "dozens"), folded. */
const numberWordsOf = compiledPer((language: LanguageData) => new Set(language.numberWords));

/**
 * Whether a figure stands just before one of the counted word's positions in the passage: what a
 * counting question asks for is counted there ("Combien de policiers ?" is not answered by
 * "la police a intercepté 68 000 migrants"). A figure is written in digits or with a number word
 * of the passage's language.
 */
export function figureCounts(passage: IndexedPassage, countedAt: readonly number[]): boolean {
  const numberWords = numberWordsOf(languageData(passage.language));
  return paragraphWords(passage.text, passage.sentences).some(
    ({ word, position }) =>
      (/^\d/.test(word) || numberWords.has(word)) &&
      countedAt.some((at) => at > position && at - position <= FIGURE_REACH),
  );
}
