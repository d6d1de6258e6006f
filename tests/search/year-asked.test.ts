import { expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { HARBOUR, testArticle } from '../helpers.js';

// Two reports on one company: a figure of 2024, and one of the year before that does not name its year.
const traffic = testArticle(
  'rail-traffic',
  'Rail operator reports its traffic',
  'en',
  'The rail operator carried 19.5 million passengers in 2024 on its routes.',
  'The rail operator carried 18.6 million passengers the year before on its cross-Channel routes.',
);

it('puts a passage that names only other years than the question’s after one that names none', () => {
  const question = 'How many passengers did the rail operator carry in 2023?';
  const answered = Engine.fromArticles([traffic, HARBOUR]).ask(question);
  expect(answered.citations[0]).toMatchObject({ articleId: 'rail-traffic', paragraph: 2 });
  const yearBlind = Engine.fromArticles([traffic, HARBOUR], { search: { otherYearWeight: 0 } }).ask(question);
  expect(yearBlind.citations[0]).toMatchObject({ articleId: 'rail-traffic', paragraph: 1 });
});
