import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/language/registry.js';
import { helpRequestLanguage } from '../../src/language/help-request.js';
import { detectLanguage } from '../../src/language/detect.js';
import type { LanguageData } from '../../src/language/language-data.js';
import { REGISTERED_LANGUAGES } from '../../src/language/registry.js';
import {
  askedFuture,
  askedLifeEvent,
  expectedAnswerType,
  sentenceHasType,
} from '../../src/search/question/answer-type.js';
import { asksWhoSomeoneIs, readQuestionFrame } from '../../src/search/question/question-frame.js';
import { dropFramePhrases, mendInterrogatives } from '../../src/search/question/question-wording.js';
import { extractEntities } from '../../src/summaries/entities.js';
import { ruleLemma } from '../../src/text/lemmatize.js';
import { fold } from '../../src/text/normalize.js';
import { splitSentences } from '../../src/text/sentences.js';
import { stem } from '../../src/text/stem.js';
import { isStopword } from '../../src/text/stopwords.js';
import { tokenize } from '../../src/text/tokenize.js';
import { examplesOf, type LanguageExamples } from './examples.js';
import { zedish } from './zedish.js';

/** The registered languages and a made-up one, read together as a registry with three languages would be. */
const LANGUAGES_READ: readonly LanguageData[] = [...REGISTERED_LANGUAGES, zedish];
const EXAMPLES_OF: Record<string, LanguageExamples> = Object.fromEntries(
  LANGUAGES_READ.map((language) => [language.code, examplesOf(language.code)]),
);
const words = (text: string) => tokenize(text, LANGUAGES_READ).map((token) => token.word);

describe.each(LANGUAGES_READ.map((language) => [language.code, language] as const))(
  'the mechanisms read %s from its data alone',
  (code, language) => {
    const example = EXAMPLES_OF[code]!;

    it('tells the language of a question', () => {
      expect(detectLanguage(example.detected, 'en', undefined, LANGUAGES_READ)).toEqual({
        language: code,
        confident: true,
      });
    });

    it('drops stopwords, elisions and possessives, and stems and lemmatises', () => {
      expect(isStopword(fold(example.stopword), language)).toBe(true);
      expect(isStopword(example.contentWord, language)).toBe(false);
      expect(words(example.clitic.raw)).toEqual([example.clitic.word]);
      expect(stem(example.sameStem[0], language)).toBe(stem(example.sameStem[1], language));
      expect(ruleLemma(example.lemma.inflected, language, (lemma) => lemma === example.lemma.lemma)).toBe(
        example.lemma.lemma,
      );
    });

    it('mends a slip in an interrogative and drops what only frames a question', () => {
      expect(mendInterrogatives(example.slip.typed, language, () => false).toLowerCase()).toBe(example.slip.mended);
      for (const { question, dropped } of example.framed) {
        expect(words(question)).toContain(dropped);
        expect(words(dropFramePhrases(question, LANGUAGES_READ))).not.toContain(dropped);
      }
    });

    it('reads the kind of answer asked for, and what the question is about', () => {
      for (const [question, type] of example.answerTypes)
        expect(expectedAnswerType(question, LANGUAGES_READ), question).toBe(type);
      const frameOf = (question: string) =>
        readQuestionFrame(question, tokenize(question, LANGUAGES_READ), LANGUAGES_READ);
      const { attribute, category, countedNoun, topic } = example;
      expect(words(attribute.question)[frameOf(attribute.question).attribute]).toBe(attribute.word);
      expect(words(attribute.framed)[frameOf(attribute.framed).attribute]).toBe(attribute.complement);
      expect(words(category.question)[frameOf(category.question).category]).toBe(category.word);
      expect(words(countedNoun.question)[frameOf(countedNoun.question).counted]).toBe(countedNoun.word);
      expect(frameOf(countedNoun.anyFigure).counted).toBe(-1);
      expect(frameOf(topic.question).topic).toBe(topic.word);
      expect(asksWhoSomeoneIs(example.whoIs.asks, LANGUAGES_READ)).toBe(true);
      expect(asksWhoSomeoneIs(example.whoIs.asksNot, LANGUAGES_READ)).toBe(false);
    });

    it('tells whether a passage holds what is asked: a birth, the future, a date, a count, a figure of one kind', () => {
      const namesEvent = askedLifeEvent(example.lifeEvent.question, LANGUAGES_READ);
      expect(namesEvent?.(example.lifeEvent.names, language)).toBe(true);
      expect(namesEvent?.(example.lifeEvent.namesNot, language)).toBe(false);
      expect(askedFuture(example.future.question, LANGUAGES_READ)?.(example.future.told, language)).toBe(true);
      expect(askedFuture(example.lifeEvent.namesNot, LANGUAGES_READ)).toBeUndefined();
      // A passage tells a death in more words than a question asks about one with.
      expect(askedLifeEvent(example.deathTold.question, LANGUAGES_READ)?.(example.deathTold.tells, language)).toBe(
        true,
      );
      expect(askedLifeEvent(example.deathTold.asksWho, LANGUAGES_READ)).toBeUndefined();
      expect(sentenceHasType(example.dated, 'date', '', language)).toBe(true);
      expect(sentenceHasType(example.counted.counts, 'number', '', language)).toBe(true);
      expect(sentenceHasType(example.counted.countsNot, 'number', '', language)).toBe(false);
      // A figure of the kind asked comes with its unit: "4 years" is no cost.
      for (const [sentence, type, holds] of example.quantities)
        expect(sentenceHasType(sentence, type, '', language), `${type}: ${sentence}`).toBe(holds);
    });

    it('splits sentences around its abbreviations, and finds people, places and organisations', () => {
      expect(splitSentences(example.abbreviation.text, LANGUAGES_READ)).toHaveLength(example.abbreviation.sentences);
      expect(extractEntities(example.person.text, LANGUAGES_READ).people).toEqual([example.person.name]);
      expect(extractEntities(example.place.text, LANGUAGES_READ).places).toEqual([example.place.name]);
      expect(extractEntities(example.organization.text, LANGUAGES_READ).organizations).toEqual([
        example.organization.name,
      ]);
    });

    it('knows a call for help', () => {
      expect(helpRequestLanguage(example.help, LANGUAGES_READ)).toBe(code);
    });
  },
);

it('a made-up language read alongside changes nothing in reading English and French', () => {
  for (const code of LANGUAGES) {
    const example = EXAMPLES_OF[code]!;
    expect(detectLanguage(example.detected, 'en', undefined, LANGUAGES_READ)).toEqual(detectLanguage(example.detected));
    for (const [question] of example.answerTypes)
      expect(expectedAnswerType(question, LANGUAGES_READ)).toBe(expectedAnswerType(question));
  }
});
