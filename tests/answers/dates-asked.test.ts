import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { monthsOfYearIn } from '../../src/answers/dates-asked.js';
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
