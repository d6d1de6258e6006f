import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/answer.js';
import type { Article } from '../../src/articles/article.js';
import { Engine } from '../../src/engine.js';
import { testArticle } from '../helpers.js';

const medalTable = testArticle(
  'medal-table',
  'U.S. top the Paris medal table',
  'en',
  'PARIS, Aug. 11, 2024 — The United States finished on top of the Paris Olympics medal table on Sunday, level with China on 40 gold medals.',
  "The U.S. women's basketball team beat France 67-66 in the gold-medal game at Bercy Arena.",
  'France, the host nation, finished fifth with 16 golds and 64 medals.',
);
const relayTeams = testArticle(
  'relay-teams',
  'Relay teams named',
  'en',
  'The relay squads for the European championships were named on Monday.',
);
const delegation = testArticle(
  'delegation',
  'Delegation arrives',
  'en',
  'The United States delegation reached Paris for the Olympics on Monday.',
);
const articles = [medalTable, relayTeams, delegation];

/** The cited passages, as [article, paragraph], or false for "not found". */
const order = (answer: Answer) => answer.found && answer.citations.map((c) => [c.articleId, c.paragraph]);
const firstCited = (answer: Answer) => (order(answer) || [])[0];

/** The question is "not found", and with `eventLeads: 'cite'` answered from the lead of `leadOf`. */
function expectLeadPassedOver(corpus: Article[], question: string, leadOf: string): void {
  expect(Engine.fromArticles(corpus).ask(question)).toMatchObject({ found: false });
  const citing = Engine.fromArticles(corpus, { answers: { eventLeads: 'cite' } }).ask(question);
  expect(firstCited(citing)).toEqual([leadOf, 1]);
}

describe("a news article's dated first paragraph", () => {
  it('answers what it holds', () => {
    const answer = Engine.fromArticles(articles).ask(
      'Which country finished on top of the Paris Olympics medal table?',
    );
    expect(firstCited(answer)).toEqual(['medal-table', 1]);
  });

  it("is passed over when it lacks the question's rarest word: it tells of the event, not of the detail", () => {
    const question = 'How many medals did the United States win in the relay at the Paris Olympics?';
    expectLeadPassedOver(articles, question, 'medal-table');
  });

  it('is passed over when it lacks what the question precisely asks about: "the amount of the *insurance*"', () => {
    const louvre = [
      testArticle(
        'louvre-heist',
        'Louvre jewels worth 88 million euros',
        'en',
        'PARIS, Oct. 21, 2025 — The jewels stolen from the Louvre on Sunday are worth an estimated 88 million euros, the Paris prosecutor said.',
        'The thieves reached the Apollo Gallery with a basket lift.',
      ),
      testArticle('premiums', 'Insurers raise premiums', 'en', 'Home insurance premiums will rise by 5% next year.'),
    ];
    expectLeadPassedOver(louvre, 'What was the amount of the insurance on the Louvre jewels?', 'louvre-heist');
  });

  it('is cited after a later paragraph of its article that holds the question nearly as well: that one tells the detail', () => {
    const cannes = testArticle(
      'cannes',
      'Panahi wins the Palme d’Or in Cannes',
      'en',
      'CANNES, May 24, 2025 — Iranian director Jafar Panahi won the Palme d’Or at the 78th Cannes Film Festival on Saturday for “It Was Just an Accident”.',
      'The jury, chaired by French actress Juliette Binoche, chose the film from 22 titles in competition at the festival.',
      'A power cut hit the south-east of France on the day of the ceremony.',
    );
    const festivals = [
      cannes,
      testArticle(
        'venice',
        'Venice festival opens',
        'en',
        'The Venice Film Festival opened on Wednesday with a new jury.',
      ),
      testArticle('berlin', 'Berlin awards', 'en', 'The Berlin festival gave its Golden Bear to a Norwegian film.'),
    ];
    const question = 'Who chaired the jury at the Cannes Film Festival in 2025?';
    const engine = Engine.fromArticles(festivals);
    // The lead ranks first, the jury's paragraph close behind: the answer cites that one first.
    expect(engine.rank(question, 2).passages.map((p) => p.passage.paragraph)).toEqual([1, 2]);
    expect(order(engine.ask(question))).toEqual([
      ['cannes', 2],
      ['cannes', 1],
    ]);
    expect(order(Engine.fromArticles(festivals, { answers: { leadDetailShare: 2 } }).ask(question))).toEqual([
      ['cannes', 1],
      ['cannes', 2],
    ]);
  });
});
