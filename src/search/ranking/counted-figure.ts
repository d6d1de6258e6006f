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

/** Per language, what may stand between a counted word and its figure after it, on its words joined by spaces. */
const countLinkOf = compiledPer((language: LanguageData) => {
  const either = (patterns: readonly string[]) => (patterns.length > 0 ? patterns.join('|') : literals([]));
  return new RegExp(`^(?:${either(language.countLinks)})?(?:${either(language.approximations)})?$`, 'u');
});

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

/** Whether a figure in digits stands after one of `at`, only a count link between ("net orders stood at 826"). */
function figureAfter(words: readonly Token[], at: readonly number[], language: LanguageData): boolean {
  const link = countLinkOf(language);
  const wordAt = new Map(words.map((w) => [w.position, w.word]));
  return words.some(({ word, position }) => {
    if (!/^\d/.test(word)) return false;
    return at.some((counted) => {
      if (position <= counted || position - counted > FIGURE_REACH_AFTER) return false;
      let between = '';
      for (let p = counted + 1; p < position; p++) {
        const w = wordAt.get(p);
        if (w === undefined) return false;
        between += `${w} `;
      }
      return link.test(between);
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
