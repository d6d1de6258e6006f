import { expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { HARBOUR, testArticle } from '../helpers.js';

const river = testArticle(
  'river',
  'Bathing in the river',
  'en',
  'Bathing in the river was banned in 1923 because of the pollution downstream.',
  'The mayor swam in the river on July 17 to show that the water was clean.',
);
const question = 'When did the mayor swim?';
const bestOf = (engine: Engine) => engine.rank(question, 1).passages[0]!;

it('finds the passage\'s irregular form of a question\'s word: "swim" reaches "swam"', () => {
  const engine = Engine.fromArticles([river, HARBOUR]);
  expect(engine.ask(question).citations[0]).toMatchObject({ articleId: 'river', paragraph: 2 });
  // The passage holds the whole question: "mayor", and "swim" as "swam".
  expect(bestOf(engine).features.coverage).toBeGreaterThan(0.99);
  // Without the irregular forms, "swim" is nowhere in it.
  const stemsOnly = Engine.fromArticles([river, HARBOUR], { search: { inflectionWeight: 0 } });
  expect(bestOf(stemsOnly).features.coverage).toBeLessThan(0.7);
});
