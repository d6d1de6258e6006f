import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/language/detect.js';

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
