import type { LanguageData } from '../../language/language-data.js';
import { REGISTERED_LANGUAGES } from '../../language/registry.js';
import type { SentenceSpan } from '../../text/sentences.js';
import { tokenize, type Token } from '../../text/tokenize.js';

/** Positions left between the last word of a sentence and the first of the next: proximity reads across no sentence's end. */
export const SENTENCE_GAP = 1;

/**
 * A paragraph's words, stopwords too, at the positions the index gives its tokens
 * (`tokenPositions`): counted sentence by sentence, `SENTENCE_GAP` apart. For what the index
 * does not keep, such as the number words that are stopwords ("cinq enfants"). `language`: the
 * paragraph's, whose acronyms the index read written out.
 */
export function paragraphWords(text: string, sentences: readonly SentenceSpan[], language: LanguageData): Token[] {
  const words: Token[] = [];
  let offset = 0;
  for (const { start, end } of sentences) {
    const tokens = tokenize(text.slice(start, end), REGISTERED_LANGUAGES, language);
    for (const token of tokens) words.push({ ...token, position: offset + token.position });
    offset += tokens.length + SENTENCE_GAP;
  }
  return words;
}
