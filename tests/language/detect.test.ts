import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine.js';
import { detectLanguage } from '../../src/language/detect.js';
import { SEEDS, testArticle } from '../helpers.js';

describe('language detection', () => {
  it.each([
    ['Who did Christophe Castaner meet in Rabat?', 'en'],
    ['how much mony did the eu aprove for morocco', 'en'],
    ['De quoi les deux parties se sont-elles félicitées ?', 'fr'],
    ['cooperation securitaire et migratoire entre les deux pays', 'fr'],
    ['Combien de migrants sont arrives en Espagne', 'fr'],
    ["Qu'a dit le ministre ?", 'fr'],
  ])('%s -> %s', (question, language) => {
    expect(detectLanguage(question).language).toBe(language);
  });

  it('says when a question gives no clue, and falls back to the given language', () => {
    expect(detectLanguage('Castaner', 'fr')).toEqual({ language: 'fr', confident: false });
    expect(detectLanguage('Castaner', 'en')).toEqual({ language: 'en', confident: false });
  });
});

describe('language of keyword questions, from the articles vocabulary', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await Engine.fromFolder(SEEDS);
  });

  it('reads French keywords as French when only the French article uses them', () => {
    expect(detectLanguage('cooperation securitaire maroc').language).toBe('en');
    expect(engine.detect('cooperation securitaire maroc').language).toBe('fr');
    expect(engine.detect('feuille route souverainete').language).toBe('fr');
    expect(engine.detect('smuggling narcotics').language).toBe('en');
  });

  it('reads a word the vocabulary knows in one language only as that language, whatever the articles hold', () => {
    // "record" is only in English articles here; "tempete" and "rafale" are French words.
    const storm = Engine.fromArticles([
      testArticle('storm', 'Storm Ciaran', 'en', 'Gusts of 207 km/h were a record for the region.'),
      testArticle('tempete', 'La tempête Ciaran', 'fr', 'La tempête Ciaran a privé de courant des milliers de foyers.'),
    ]);
    expect(storm.detect('rafale record tempete ciaran', 'en').language).toBe('fr');
    expect(storm.detect('storm ciaran record gust', 'fr').language).toBe('en');
  });

  it('lets a function word outweigh a name only one article uses', () => {
    // "castaner" is only in the English article; "qui" is French.
    expect(engine.detect('qui a rencontre castaner a rabat ?').language).toBe('fr');
  });

  it('leaves names both articles share to the fallback', () => {
    expect(engine.detect('Laftit Macron', 'fr')).toEqual({ language: 'fr', confident: false });
    expect(engine.detect('Laftit Macron', 'en')).toEqual({ language: 'en', confident: false });
  });
});
