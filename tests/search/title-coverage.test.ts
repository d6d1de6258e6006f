import { expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import type { RankOptions } from '../../src/search/ranking/options.js';
import { HARBOUR, testArticle } from '../helpers.js';

// The paragraph answers without naming the article's subject again, as encyclopedia paragraphs do.
const camp = testArticle(
  'stutthof',
  'Stutthof concentration camp',
  'en',
  'Construction began in September 1939 on a wooded site near the village.',
  'From 1942 the camp was commanded by Paul Werner Hoppe, who had served at Auschwitz.',
);
// Only the harbour's cost, as its first paragraph.
const harbour = testArticle(HARBOUR.id, HARBOUR.title, HARBOUR.language, HARBOUR.paragraphs[1]!.text);

it("counts the article's title as part of what a paragraph covers, at a discount", () => {
  const question = 'Who commanded the Stutthof concentration camp from 1942?';
  const answered = Engine.fromArticles([camp, harbour]).ask(question);
  expect(answered).toMatchObject({ found: true, citations: [{ articleId: 'stutthof', paragraph: 2 }] });
  // Without the title, "Stutthof" and "concentration" are missing from the paragraph: too little of the question.
  const withoutTitle = Engine.fromArticles([camp, harbour], { search: { titleWordFactor: 0 } }).ask(question);
  expect(withoutTitle).toMatchObject({ found: false, reason: 'low-coverage' });
});

it('puts first the paragraph that holds the detail asked, not the lead that repeats the title', () => {
  const cannes = testArticle(
    'cannes',
    'Jafar Panahi wins the Palme d’Or at Cannes 2025',
    'en',
    'CANNES, May 24, 2025 — Iranian director Jafar Panahi won the Palme d’Or at the 78th Cannes Film Festival on Saturday for "It Was Just an Accident".',
    'Nadia Melliti won best actress for her first role, and Wagner Moura won best actor.',
    'The ceremony went ahead despite a power cut that morning.',
  );
  const question = 'Who won best actress at Cannes in 2025?';
  expect(Engine.fromArticles([cannes, harbour]).ask(question).citations[0]).toMatchObject({ paragraph: 2 });
  // Either the share of what the title lacks, or the title counting in every sentence, is enough.
  const ranked = (search: RankOptions) =>
    Engine.fromArticles([cannes, harbour], { search }).rank(question, 1).passages[0]!.passage;
  expect(ranked({ beyondTitleWeight: 0 })).toMatchObject({ paragraph: 2 });
  expect(ranked({ titleSentenceFactor: 0 })).toMatchObject({ paragraph: 2 });
  // Without both, the lead, which holds every word of the title, ranks first.
  expect(ranked({ beyondTitleWeight: 0, titleSentenceFactor: 0 })).toMatchObject({ paragraph: 1 });
});
