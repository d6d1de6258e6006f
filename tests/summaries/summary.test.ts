import { beforeAll, describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/summaries/render-text.js';
import { Engine } from '../../src/engine.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/articles/parse.js';
import { MAX_KEY_SENTENCE } from '../../src/summaries/summarize.js';
import { EN_SEED, FR_SEED, ROOT, SEEDS } from '../helpers.js';

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.fromFolder(SEEDS);
});

describe('article summaries', () => {
  it('quotes key sentences of the article, in its language, each with its paragraph', () => {
    const summary = engine.summary(FR_SEED)!;
    const article = engine.catalog.get(FR_SEED)!;
    expect(summary.keySentences).toHaveLength(3);
    for (const sentence of summary.keySentences) {
      // A long sentence is cut at a clause, and says so.
      const shown = sentence.text.replace(/ \[…\]$/, '');
      expect(article.paragraphs[sentence.paragraph - 1]!.text).toContain(shown);
      expect(sentence.text.length).toBeLessThanOrEqual(MAX_KEY_SENTENCE + 4);
    }
    const paragraphs = summary.keySentences.map((s) => s.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    // Spread over the article, one sentence a paragraph.
    expect(new Set(paragraphs).size).toBe(3);
    expect(
      engine
        .summary(EN_SEED)!
        .keySentences.map((s) => s.text)
        .join(' '),
    ).toContain('Jean-Yves Le Drian');
  });

  it('files each person, place and organisation a careful reader lists where it belongs, or leaves it out', async () => {
    // Checked by hand against the articles; a name no evidence tells (a train line, a station) is left out.
    const entities = (engineOf: Engine, id: string) => {
      const { people, places, organizations } = engineOf.summary(id)!.entities;
      return { people, places, organizations };
    };
    expect(entities(engine, EN_SEED)).toEqual({
      people: ['Christophe Castaner', 'Abdelouafi Laftit', 'Emmanuel Macron', 'Mohammed VI', 'Jean-Yves Le Drian'],
      places: ['Rabat', 'Morocco', 'France', 'Spain', 'Europe', 'Africa'],
      organizations: ['International Organization for Migration (IOM)', 'EU'],
    });
    expect(entities(engine, FR_SEED)).toEqual({
      people: ['Abdelouafi Laftit', 'Bruno Retailleau', 'Emmanuel Macron', 'Mohammed VI'],
      places: ['Rabat', 'Sahara', 'Maroc', 'France'],
      organizations: [],
    });
    const cdg = Engine.fromArticles([
      parseArticle('cdg-express', 'cdg.txt', readFileSync(join(ROOT, 'tests/fixtures/cdg-express.txt'), 'utf8'))!,
    ]);
    expect(entities(cdg, 'cdg-express')).toEqual({
      people: [
        'Élisabeth Borne',
        'Michel Cadot',
        'Pierre Serne',
        'Guillaume Pepy',
        'Patrick Jeantet',
        'Bertrand Delanoë',
      ],
      places: ['Paris'],
      organizations: ['SNCF', 'SNCF Réseau'],
    });
  });

  it('lists the people, places, dates and figures the article names', () => {
    const en = engine.summary(EN_SEED)!.entities;
    expect(en.people).toEqual(
      expect.arrayContaining(['Christophe Castaner', 'Abdelouafi Laftit', 'Emmanuel Macron', 'Jean-Yves Le Drian']),
    );
    expect(en.places).toEqual(expect.arrayContaining(['Rabat', 'Spain']));
    expect(en.dates).toEqual(expect.arrayContaining(['October 31']));
    expect(en.figures).toEqual(expect.arrayContaining(['68,000', '122', '€70 million']));
    const fr = engine.summary(FR_SEED)!.entities;
    expect(fr.people).toEqual(expect.arrayContaining(['Abdelouafi Laftit', 'Bruno Retailleau', 'Emmanuel Macron']));
    expect(fr.dates).toEqual(expect.arrayContaining(['lundi']));
    // "la feuille de route de coopération Maroc-France" names two places.
    expect(fr.places).toEqual(expect.arrayContaining(['Rabat', 'Maroc', 'France']));
  });

  it('finds the article by a loosely typed title, accents and typos aside', () => {
    expect(engine.summary('maroc securite')?.articleId).toBe(FR_SEED);
    expect(engine.summary('buisness cooperation morroco')?.articleId).toBe(EN_SEED);
    expect(engine.summary('zzzz qqqq')).toBeUndefined();
  });

  it('labels the summary in the asker’s language', () => {
    const summary = engine.summary(EN_SEED)!;
    expect(renderSummary(summary, 'fr')).toContain('Personnes');
    expect(renderSummary(summary, 'en')).toContain('People');
  });
});
