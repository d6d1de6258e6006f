// What each language's data must make the mechanisms do, one example per mechanism: the test
// data a language brings with its module, as examples/CODE.json (see languages.test.ts).
import { readFileSync } from 'node:fs';
import type { AnswerType, QuantityType } from '../../src/language/language-data.js';

export interface LanguageExamples {
  /** A question that detection must tell as the language, with no help from the articles. */
  readonly detected: string;
  readonly stopword: string;
  readonly contentWord: string;
  /** Two forms of one word, which stem alike. */
  readonly sameStem: readonly [string, string];
  /** A folded inflected word and the lemma the suffix rules give it, when the vocabulary knows that lemma. */
  readonly lemma: { readonly inflected: string; readonly lemma: string };
  /** A written word with an elision or a possessive, and the word it stands for. */
  readonly clitic: { readonly raw: string; readonly word: string };
  /** A slip in an interrogative, and the question mended. */
  readonly slip: { readonly typed: string; readonly mended: string };
  /** Questions with a word that only frames them, which goes. */
  readonly framed: readonly { readonly question: string; readonly dropped: string }[];
  readonly answerTypes: readonly (readonly [question: string, type: AnswerType])[];
  /** A question whose word after "which" names the kind of answer. */
  readonly category: { readonly question: string; readonly word: string };
  /** A question that counts something and the word it counts, and one that counts what any figure may count. */
  readonly countedNoun: { readonly question: string; readonly word: string; readonly anyFigure: string };
  /**
   * A question that asks for an attribute of something ("the *salary* of"), and one whose noun
   * only frames it ("the amount of the *fine*"), where the attribute is its complement.
   */
  readonly attribute: {
    readonly question: string;
    readonly word: string;
    readonly framed: string;
    readonly complement: string;
  };
  /** A question that says what it is about. */
  readonly topic: { readonly question: string; readonly word: string };
  readonly whoIs: { readonly asks: string; readonly asksNot: string };
  /** A question about a birth, a passage that names it and one that does not. */
  readonly lifeEvent: { readonly question: string; readonly names: string; readonly namesNot: string };
  /** A question about a death, a passage that tells it in other words, and a question with those words that asks who. */
  readonly deathTold: { readonly question: string; readonly tells: string; readonly asksWho: string };
  /** A question about what is to come, and a passage that speaks of it. */
  readonly future: { readonly question: string; readonly told: string };
  /** A sentence dated by a month written in words, without a figure. */
  readonly dated: string;
  /** A sentence that counts with a number word, and one whose number word only names a known pair. */
  readonly counted: { readonly counts: string; readonly countsNot: string };
  /** Sentences, a kind of quantity, and whether the sentence gives a figure of that kind (with its unit). */
  readonly quantities: readonly (readonly [string, QuantityType, boolean])[];
  /** A text with an abbreviation's period inside a sentence, and how many sentences it has. */
  readonly abbreviation: { readonly text: string; readonly sentences: number };
  readonly person: { readonly text: string; readonly name: string };
  readonly place: { readonly text: string; readonly name: string };
  readonly organization: { readonly text: string; readonly name: string };
  /** A line that only asks for help. */
  readonly help: string;
}

/** The examples of a language, read from examples/CODE.json, with every field the English examples have. */
export function examplesOf(code: string): LanguageExamples {
  const read = (of: string) =>
    JSON.parse(readFileSync(new URL(`./examples/${of}.json`, import.meta.url), 'utf8')) as LanguageExamples;
  const examples = read(code);
  const missing = Object.keys(read('en')).filter((field) => examples[field as keyof LanguageExamples] === undefined);
  if (missing.length > 0) throw new Error(`examples/${code}.json lacks ${missing.join(', ')}`);
  return examples;
}
