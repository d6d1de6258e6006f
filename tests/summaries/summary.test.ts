import { beforeAll, describe, expect, it } from 'vitest';
import { renderSummary } from '../../src/answers/render-text.js';
import { Engine } from '../../src/engine.js';
import { EN_SEED, FR_SEED, SEEDS } from '../helpers.js';

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
      expect(article.paragraphs[sentence.paragraph - 1]!.text).toContain(sentence.text);
    }
    const paragraphs = summary.keySentences.map((s) => s.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
  });

  it('lists the people, places, dates and figures the article names', () => {
    const en = engine.summary(EN_SEED)!.entities;
    expect(en.people).toEqual(expect.arrayContaining(['Christophe Castaner', 'Abdelouafi Laftit', 'Emmanuel Macron', 'Jean-Yves Le Drian']));
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
