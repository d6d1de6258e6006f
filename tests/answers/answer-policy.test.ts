import { describe, expect, it } from 'vitest';
import { confidenceThreshold, STRICTNESS_LEVELS } from '../../src/answers/ask.js';
import type { Answer } from '../../src/answers/answer.js';
import { Engine } from '../../src/engine.js';
import { HARBOUR, testArticle } from '../helpers.js';

const harbour = HARBOUR;
const port = testArticle(
  'port',
  'Le nouveau port de Tanger',
  'fr',
  'Le ministre du Transport a inauguré lundi le nouveau port de Tanger.',
  'Le port a coûté 300 millions d’euros et traitera neuf millions de conteneurs par an.',
);

/** The fitted models, for ranking and for deciding. */
const FITTED = { search: { fitted: true }, answers: { fitted: true } } as const;

describe('the fitted answer policy', () => {
  it('says why a question is not found: nothing to read, a name or topic no article holds, no passage', () => {
    const engine = Engine.fromArticles([harbour], FITTED);
    expect(engine.ask('Who is Zorblatt Quenthar?')).toMatchObject({ found: false, reason: 'unknown-name' });
    expect(engine.ask('What is the salary of the minister?')).toMatchObject({ found: false, reason: 'unknown-topic' });
    expect(engine.ask('Comment faire une pâte à crêpes ?')).toMatchObject({ found: false, reason: 'no-passage' });
    expect(engine.ask('How much did the harbour cost?')).toMatchObject({
      found: true,
      citations: [{ articleId: 'harbour', paragraph: 2 }],
    });
  });

  it("decides by one threshold on the answerability model's probability, which a setting moves", () => {
    const question = 'How much did the harbour cost?';
    const answer = Engine.fromArticles([harbour], FITTED).ask(question);
    expect(answer.found).toBe(true);
    const { confidence } = answer;
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThan(1);
    // Past the same probability, the same passages are "not found", and the answer says how sure it was.
    const stricter = Engine.fromArticles([harbour], {
      ...FITTED,
      answers: { fitted: true, minProbability: confidence! + 0.001 },
    }).ask(question);
    expect(stricter).toMatchObject({ found: false, reason: 'unsure', confidence });
    expect(stricter.suggestions.map((s) => s.id)).toEqual(['harbour']);
  });

  it('orders its named thresholds from strict to forthcoming, each a probability', () => {
    const [strict, balanced, forthcoming] = STRICTNESS_LEVELS.map((strictness) => confidenceThreshold({ strictness }));
    expect(strict).toBeGreaterThan(balanced!);
    expect(balanced).toBeGreaterThan(forthcoming!);
    expect(forthcoming).toBeGreaterThan(0);
    expect(confidenceThreshold({})).toBe(balanced);
    expect(confidenceThreshold({ strictness: 'strict', minProbability: 0.5 })).toBe(0.5);
  });

  it('shows a passage of each language before a second one of the same, when both answer', () => {
    const question = 'How much did the harbour of Tangier cost?';
    const firstTwoLanguages = (answer: Answer) =>
      answer.citations
        .slice(0, 2)
        .map((c) => c.language)
        .sort();
    const answer = Engine.fromArticles([harbour, port], FITTED).ask(question);
    expect(answer.found).toBe(true);
    expect(answer.citations.length).toBeGreaterThanOrEqual(2);
    expect(firstTwoLanguages(answer)).toEqual(['en', 'fr']);
    // The hand-set policy shows them so too.
    expect(firstTwoLanguages(Engine.fromArticles([harbour, port]).ask(question))).toEqual(['en', 'fr']);
  });
});

describe('the bold sentence', () => {
  it('is the one that holds what is asked, when the one with the most words of the question lacks it', () => {
    const grid = testArticle(
      'grid',
      'Blackout in Spain',
      'en',
      'Spain imported power from France during the blackout, the grid operator said on Tuesday. In all, France supplied Spain with 519 MW of power through the Pyrenees lines.',
    );
    const answer = Engine.fromArticles([grid, harbour]).ask('How much power did Spain import from France?');
    expect(answer.found).toBe(true);
    const { text, highlight } = answer.citations[0]!;
    expect(text.slice(highlight.start, highlight.end)).toContain('519 MW');
  });
});
