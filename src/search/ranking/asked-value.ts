import { languageData } from '../../language/registry.js';
import { sentenceHasType, VALUE_TYPES } from '../question/answer-type.js';
import type { IndexedPassage } from '../index/passage-index.js';
import type { QueryContext } from './query-context.js';

/**
 * Whether a passage lacks what the question asks for: a figure, an age or a date ("how many",
 * "when") and the passage holds none, a birth or a death that it does not name, what is to come
 * when it only tells of the past. Not a feature of the score: the answer policy's to weigh.
 */
export function lacksAskedValue(passage: IndexedPassage, context: QueryContext): boolean {
  const language = languageData(passage.language);
  return (
    (context.answerType !== undefined &&
      VALUE_TYPES.has(context.answerType) &&
      !sentenceHasType(passage.text, context.answerType, context.folded, language)) ||
    (context.namesLifeEvent !== undefined && !context.namesLifeEvent(passage.text, language)) ||
    (context.speaksOfFuture !== undefined && !context.speaksOfFuture(passage.text, language))
  );
}
