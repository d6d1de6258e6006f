import { describe, expect, it } from 'vitest';
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

describe("a news article's dated first paragraph", () => {
  it('answers what it holds', () => {
    const answer = Engine.fromArticles(articles).ask(
      'Which country finished on top of the Paris Olympics medal table?',
    );
    expect(answer.found && answer.citations.map((c) => [c.articleId, c.paragraph])[0]).toEqual(['medal-table', 1]);
  });

  it("is passed over when it lacks the question's rarest word: it tells of the event, not of the detail", () => {
    const question = 'How many medals did the United States win in the relay at the Paris Olympics?';
    expect(Engine.fromArticles(articles).ask(question)).toMatchObject({ found: false });
    const citing = Engine.fromArticles(articles, { answers: { eventLeads: 'cite' } }).ask(question);
    expect(citing.found && citing.citations.map((c) => [c.articleId, c.paragraph])[0]).toEqual(['medal-table', 1]);
  });
});
