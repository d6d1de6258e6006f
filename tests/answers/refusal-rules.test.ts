import { describe, expect, it } from 'vitest';
import { REFUSAL_RULES } from '../../src/answers/refusal-rules.js';
import type { Article } from '../../src/articles/article.js';
import { Engine } from '../../src/engine.js';
import { HARBOUR, testArticle } from '../helpers.js';
import type { RankedPassage } from '../../src/search/ranking/ranker.js';

const harbour = HARBOUR;
const other: Article = { ...harbour, id: 'other', title: 'Another article' };

/** A ranked passage made by hand: only what the rules read. */
function ranked(values: {
  score?: number;
  coverage?: number;
  sentenceCoverage?: number;
  article?: Article;
  language?: 'en' | 'fr';
  namesLacked?: number;
}): RankedPassage {
  const article = values.article ?? harbour;
  const coverage = values.coverage ?? 0.9;
  return {
    passage: {
      id: 0,
      article,
      paragraph: 1,
      text: '',
      language: values.language ?? 'en',
      sentences: [],
      start: 0,
      end: 0,
    },
    score: values.score ?? 0.8,
    sentence: 0,
    features: {
      coverage,
      contextCoverage: coverage,
      heldSentenceCoverage: values.sentenceCoverage ?? 0.9,
      articleLacksNames: values.namesLacked ?? 0,
    } as RankedPassage['features'],
  };
}

const policy = {
  minCoverage: 0.4,
  maxNamesLacked: 0.34,
  minSentenceCoverage: 0.2,
  minSentenceCoverageAcross: 0.12,
  minConfidence: 0.5,
  minConfidenceAcross: 0.63,
  leadWeight: 0.6,
  leadWeightAcross: 1.5,
  unknownNames: undefined,
  unknownTopics: undefined,
};
const rule = (name: string) => REFUSAL_RULES.find(([n]) => n === name)![1];
const evidence = (passages: RankedPassage[], across = false) => ({
  best: passages[0],
  passages,
  words: [],
  across,
  policy,
});

describe('the answer policy: named refusal rules, in order', () => {
  it('are applied in this order, questions before passages', () => {
    expect(REFUSAL_RULES.map(([name]) => name)).toEqual([
      'unknown-name',
      'unknown-topic',
      'no-passage',
      'name-elsewhere',
      'low-coverage',
      'low-sentence-coverage',
      'scattered',
      'unsure-across',
    ]);
  });

  it('name the rule that refused a question, in the answer', () => {
    const engine = Engine.fromArticles([harbour]);
    expect(engine.ask('Who is Zorblatt Quenthar?')).toMatchObject({ found: false, reason: 'unknown-name' });
    expect(engine.ask('What is the salary of the minister?')).toMatchObject({ found: false, reason: 'unknown-topic' });
    // What a question counts is what it is about: no article names any lorries.
    expect(engine.ask('How many lorries will the new harbour of Tangier handle?')).toMatchObject({
      found: false,
      reason: 'unknown-topic',
    });
    expect(engine.ask('How many containers will the new harbour of Tangier handle?')).toMatchObject({ found: true });
    expect(engine.ask('Comment faire une pâte à crêpes ?')).toMatchObject({ found: false, reason: 'no-passage' });
    expect(engine.ask('How much did the harbour cost?')).toMatchObject({ found: true });
  });

  it('name-elsewhere: the best passage is of an article that lacks the names other articles hold', () => {
    expect(rule('name-elsewhere')(evidence([ranked({ namesLacked: 0.5 })]))).toBe(true);
    expect(rule('name-elsewhere')(evidence([ranked({ namesLacked: 0.2 })]))).toBe(false);
    // Across languages a name is often written otherwise: "Ark of the Covenant", "arche d'alliance".
    expect(rule('name-elsewhere')(evidence([ranked({ namesLacked: 1, language: 'fr' })], true))).toBe(false);
    const lighthouse = testArticle(
      'lighthouse',
      'Brittany lighthouse reopens after restoration',
      'en',
      'The Kermorvan lighthouse, closed for three years, reopened to visitors on Saturday.',
    );
    const engine = Engine.fromArticles([harbour, lighthouse]);
    expect(engine.ask('Who opened the new harbour of Kermorvan on Monday?')).toMatchObject({
      found: false,
      reason: 'name-elsewhere',
    });
    expect(engine.ask('Who opened the new harbour of Tangier on Monday?')).toMatchObject({ found: true });
  });

  it('low-coverage: the best passage holds too little of the question', () => {
    expect(rule('low-coverage')(evidence([ranked({ coverage: 0.3 })]))).toBe(true);
    expect(rule('low-coverage')(evidence([ranked({ coverage: 0.5 })]))).toBe(false);
  });

  it('low-sentence-coverage: no sentence holds enough of it, with a lower bar for a passage in the other language', () => {
    expect(rule('low-sentence-coverage')(evidence([ranked({ sentenceCoverage: 0.15 })]))).toBe(true);
    expect(rule('low-sentence-coverage')(evidence([ranked({ sentenceCoverage: 0.15, language: 'fr' })], true))).toBe(
      false,
    );
  });

  it('scattered: the words lie over several sentences and the passage does not stand out', () => {
    const spread = ranked({ score: 0.45, coverage: 0.9, sentenceCoverage: 0.5 });
    expect(rule('scattered')(evidence([spread, ranked({ score: 0.44 })]))).toBe(true);
    expect(
      rule('scattered')(
        evidence([ranked({ score: 0.45, coverage: 0.9, sentenceCoverage: 0.88 }), ranked({ score: 0.44 })]),
      ),
    ).toBe(false);
    expect(
      rule('scattered')(
        evidence([ranked({ score: 0.6, coverage: 0.9, sentenceCoverage: 0.5 }), ranked({ score: 0.2 })]),
      ),
    ).toBe(false);
  });

  it('unsure-across: a passage in the other language must lead the best of another article', () => {
    const french = (score: number) => ranked({ score, language: 'fr' });
    expect(rule('unsure-across')(evidence([french(0.6), ranked({ score: 0.59, article: other })], true))).toBe(true);
    expect(rule('unsure-across')(evidence([french(0.6), ranked({ score: 0.3, article: other })], true))).toBe(false);
    // Paragraphs of the same article that answer alike are no sign of chance.
    expect(
      rule('unsure-across')(evidence([french(0.6), french(0.59), ranked({ score: 0.3, article: other })], true)),
    ).toBe(false);
    expect(
      rule('unsure-across')(evidence([ranked({ score: 0.6 }), ranked({ score: 0.59, article: other })], false)),
    ).toBe(false);
  });
});

describe('options', () => {
  it('are refused, by name, when no defaults object knows them: a misspelt weight is never ignored', () => {
    expect(() => Engine.fromArticles([harbour], { answers: { minCoverag: 0.3 } as never })).toThrow(
      /Unknown answer option "minCoverag"; the known ones are: minCoverage, /,
    );
    expect(() => Engine.fromArticles([harbour], { search: { translationWieght: 1 } as never })).toThrow(
      /Unknown search option "translationWieght"/,
    );
    expect(() =>
      Engine.fromArticles([harbour], { answers: { minCoverage: 0.3 }, search: { k1: 1.5, translationWeight: 1 } }),
    ).not.toThrow();
  });
});
