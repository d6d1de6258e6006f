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
const SUBJECT_REACH = 3;

/** The most words a count link and its approximation take ("has risen to about"). */
const MAX_LINK_WORDS = 4;

/** Per language, the count subjects (`LanguageData.countSubjects`). */
const countSubjectsOf = compiledPer((language: LanguageData) => new Set(language.countSubjects));

/**
 * Per language, on words joined by spaces: `between`, what may stand between a counted word and
 * its figure after it (a count link, an approximation, both or nothing); `ending`, a count link
 * (an approximation after it or not) that ends the words before a figure.
 */
const countLinksOf = compiledPer((language: LanguageData) => {
  const either = (patterns: readonly string[]) => (patterns.length > 0 ? patterns.join('|') : literals([]));
  const link = either(language.countLinks);
  const approximation = either(language.approximations);
  return {
    between: new RegExp(`^(?:${link})?(?:${approximation})?$`, 'u'),
    ending: new RegExp(`(?:^|\\s)(?:${link})(?:${approximation})?$`, 'u'),
  };
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

/**
 * Whether a figure in digits stands after one of `at`, only a count link between ("net orders
 * stood at 826"); or, where a count subject stands around it, anywhere later in its sentence
 * after a count link ("the number of people killed by the floods has risen to 217").
 */
function figureAfter(words: readonly Token[], at: readonly number[], language: LanguageData): boolean {
  const links = countLinksOf(language);
  const subjects = countSubjectsOf(language);
  // Positions are consecutive within a sentence: a missing one is a sentence's end.
  const wordAt = new Map(words.map((w) => [w.position, w.word]));
  const isSubject = (p: number) => subjects.has(wordAt.get(p) ?? '');
  const announced = (counted: number) => {
    if (isSubject(counted + 1)) return true;
    for (let p = counted - 1; p >= counted - SUBJECT_REACH && wordAt.has(p); p--) if (isSubject(p)) return true;
    return false;
  };
  return at.some((counted) => {
    const reach = announced(counted) ? Infinity : FIGURE_REACH_AFTER;
    const between: string[] = [];
    for (let p = counted + 1; p - counted <= reach && wordAt.has(p); p++) {
      const word = wordAt.get(p)!;
      if (/^\d/.test(word)) {
        if (p - counted <= FIGURE_REACH_AFTER && links.between.test(between.join(''))) return true;
        if (reach === Infinity && links.ending.test(between.slice(-MAX_LINK_WORDS).join(''))) return true;
      }
      between.push(`${word} `);
    }
    return false;
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
