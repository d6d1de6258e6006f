import { expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { HARBOUR, testArticle } from '../helpers.js';

// One article holds the question's words but not its place; the other holds the place in other words.
const season = testArticle(
  'season',
  'A record wildfire season in Canada',
  'en',
  'Between 185,000 and 232,000 people had to be evacuated during the season, across every province.',
  'Eight firefighters died and thousands more were sent from abroad.',
);
const jasper = testArticle(
  'jasper',
  'Wildfire reaches Jasper',
  'en',
  'The fire reached Jasper on Wednesday evening and destroyed 358 buildings.',
  'About 25,000 people left Jasper in the night before it arrived.',
);
const question = 'How many people had to be evacuated from Jasper?';

it('answers from the article that holds the place asked about, not from the one that holds its other words', () => {
  const answer = Engine.fromArticles([season, jasper, HARBOUR]).ask(question);
  expect(answer.found).toBe(true);
  expect(answer.citations[0]).toMatchObject({ articleId: 'jasper', paragraph: 2 });
  // Ranked by its words alone, the other article comes first, and the answer is refused as being about something else.
  const byWords = Engine.fromArticles([season, jasper, HARBOUR], { search: { namesLackedWeight: 0 } }).ask(question);
  expect(byWords).toMatchObject({ found: false, reason: 'name-elsewhere' });
});
