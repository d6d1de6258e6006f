import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { monthsOfYearIn, timeAsked } from '../../src/answers/dates-asked.js';
import { testArticle } from '../helpers.js';

const june2024 = testArticle(
  'bank-june-2024',
  'Central bank cuts its rates for the first time in five years',
  'en',
  'FRANKFURT, June 6, 2024 — The central bank lowered its deposit rate to 3.75% from 4% on Thursday.',
  'It had raised rates ten times in a row from July 2022 to September 2023.',
  'The next meeting is due in July, when no further cut is expected.',
);
const tariffs = testArticle(
  'tariffs-2025',
  'Baisse des tarifs de l’électricité',
  'fr',
  'PARIS, 16 janv. 2025 – Les tarifs réglementés de l’électricité baisseront de 15 % au 1er févr., a annoncé jeudi la commission de régulation.',
);

describe('a month of a year asked about', () => {
  it('is read in either language, in full, abbreviated or after a day', () => {
    expect(monthsOfYearIn('What was the deposit rate after its September 2024 meeting?')).toEqual([
      { month: 9, year: '2024' },
    ]);
    expect(monthsOfYearIn('Le taux après la réunion du 24 juillet 2025 ?')).toEqual([{ month: 7, year: '2025' }]);
    expect(monthsOfYearIn('on Sept. 12, 2024 and in mai 2023')).toEqual([
      { month: 9, year: '2024' },
      { month: 5, year: '2023' },
    ]);
    // A year alone, or a month alone, is no month of a year.
    expect(monthsOfYearIn('How many passengers in 2024? What happened in June?')).toEqual([]);
  });

  it('turns away the articles of other months: "not found" when none is left', () => {
    const engine = Engine.fromArticles([june2024]);
    expect(engine.ask('What was the deposit rate after the September 2024 meeting?')).toMatchObject({
      found: false,
      reason: 'other-date',
    });
    expect(engine.ask('What was the deposit rate after the June 2024 meeting?')).toMatchObject({ found: true });
    // A month the article names without a year is of its dateline's year.
    expect(engine.ask('Will the bank cut its deposit rate again at the July 2024 meeting?')).toMatchObject({
      found: true,
    });
    const forthcoming = Engine.fromArticles([june2024], { answers: { askedDate: 'ignore' } });
    expect(forthcoming.ask('What was the deposit rate after the September 2024 meeting?')).toMatchObject({
      found: true,
    });
  });

  it('turns away an article dated before the month, when the question asks what happened then', () => {
    const engine = Engine.fromArticles([june2024]);
    // The report of the June meeting names July only as the next meeting's.
    expect(engine.ask('What was the deposit rate after the July 2024 meeting?')).toMatchObject({
      found: false,
      reason: 'other-date',
    });
    // What was to come then, it can tell (above: "Will the bank cut … at the July 2024 meeting?").
    expect(engine.ask('Is the bank expected to cut its rate at the July 2024 meeting?')).toMatchObject({ found: true });
    // A dateline with more of the place before its date is read too.
    const floods = testArticle(
      'floods',
      'Floods across central Europe',
      'en',
      'WROCLAW, Poland, Sept. 19, 2024 — The commission offered billions in aid for the floods of September.',
      'The money is due to reach the regions in October.',
    );
    const flooded = Engine.fromArticles([floods]);
    expect(flooded.ask('How much aid reached the regions in October 2024?')).toMatchObject({
      found: false,
      reason: 'other-date',
    });
    expect(flooded.ask('How much aid will reach the regions in October 2024?')).toMatchObject({ found: true });
  });

  it('meets a month the article abbreviates, of its dateline’s year', () => {
    const engine = Engine.fromArticles([tariffs]);
    expect(
      engine.ask('De combien baisseront les tarifs réglementés de l’électricité le 1er février 2025 ?'),
    ).toMatchObject({
      found: true,
    });
    expect(
      engine.ask('De combien baisseront les tarifs réglementés de l’électricité le 1er février 2024 ?'),
    ).toMatchObject({
      found: false,
      reason: 'other-date',
    });
  });
});

describe('a year alone asked about', () => {
  const year2023 = testArticle(
    'trains-2023',
    'Record year for the cross-channel trains',
    'en',
    'LONDON, Jan. 10, 2024 — The cross-channel trains carried 18.6 million passengers in 2023, a record.',
  );
  const year2025 = testArticle(
    'trains-2025',
    'Another record for the cross-channel trains',
    'en',
    'LONDON, Jan. 12, 2026 — The cross-channel trains carried 20.1 million passengers last year, a record.',
    'The operator expects more in 2026, when new trains arrive.',
  );

  it('is met by an article that says "l’an dernier" of the year before its own', () => {
    const bilan = testArticle(
      'bilan-2025',
      'Le tourisme en hausse',
      'fr',
      'RABAT, 8 janv. 2025 – Les hôtels du pays ont accueilli 17,4 millions de touristes étrangers l’an dernier, un record.',
    );
    const engine = Engine.fromArticles([bilan]);
    const question = (year: number) =>
      `Combien de touristes étrangers les hôtels du pays ont-ils accueillis en ${year} ?`;
    expect(engine.ask(question(2024)).found).toBe(true);
    expect(engine.ask(question(2023))).toMatchObject({
      found: false,
      reason: 'other-date',
    });
  });

  it('is read when the question names no month of it', () => {
    expect(timeAsked('How many passengers in 2024?')).toEqual({ kind: 'years', years: ['2024'] });
    expect(timeAsked('after its September 2024 meeting')).toEqual({
      kind: 'months',
      months: [{ month: 9, year: '2024' }],
      future: false,
    });
    expect(timeAsked('How many passengers last year?')).toEqual({ kind: 'any' });
  });

  it('is answered from an article that names the year, and "not found" when none does', () => {
    const engine = Engine.fromArticles([year2023, year2025]);
    const answer = engine.ask('How many passengers did the cross-channel trains carry in 2023?');
    expect(answer.found).toBe(true);
    expect(answer.citations.map((citation) => citation.articleId)).toEqual(['trains-2023']);
    expect(engine.ask('How many passengers did the cross-channel trains carry in 2021?')).toMatchObject({
      found: false,
      reason: 'other-date',
    });
    const forthcoming = Engine.fromArticles([year2023, year2025], { answers: { askedDate: 'ignore' } });
    // Read as any other word, the year no article holds weighs against the passages instead.
    expect(forthcoming.ask('How many passengers did the cross-channel trains carry in 2021?')).toMatchObject({
      found: false,
      reason: 'low-coverage',
    });
  });
});
