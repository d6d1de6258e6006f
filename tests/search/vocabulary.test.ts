import { isStopwordAlsoWord } from '../../src/text/analyze.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/language/registry.js';
import { Vocabulary, vocabularyFile } from '../../src/search/crosslingual/vocabulary.js';
import { languageData } from '../../src/language/registry.js';
import { isStopword } from '../../src/text/stopwords.js';

const vocabulary = Vocabulary.shared();
const lemmasOf = (word: string, language: 'en' | 'fr') =>
  vocabulary.translate(word, language).map((entry) => entry.lemma);

describe('the shipped vocabulary file', () => {
  const lines = readFileSync(vocabularyFile(), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'));

  it('is sorted by its bytes, one line per key, every line well formed', () => {
    const malformed = lines.filter((line) => {
      const [language, kind, key, entries, extra] = line.split('\t');
      const entry =
        kind === 'p'
          ? /^verb$/
          : kind === 'f' || kind === 'i'
            ? /^[a-z0-9']+(?: [a-z0-9']+)*$/
            : /^\S+:\d+\.\d\d(?: \S+:\d+\.\d\d)*$/;
      return (
        !LANGUAGES.includes(language as 'en') ||
        !['t', 's', 'd', 'f', 'i', 'p'].includes(kind!) ||
        !/^[a-z0-9']+(?:_[a-z0-9']+)*$/.test(key!) ||
        !entry.test(entries ?? '') ||
        extra !== undefined
      );
    });
    expect(malformed).toEqual([]);
    const unsorted = lines.filter(
      (line, i) => i > 0 && Buffer.compare(Buffer.from(lines[i - 1]!), Buffer.from(line)) >= 0,
    );
    expect(unsorted).toEqual([]);
    const keys = lines.map((line) => line.split('\t', 3).join('\t'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('holds no key made only of stopwords, but for stopwords that are also words ("may", "été")', () => {
    const onlyStopwords = lines.filter((line) => {
      const [language, , key] = line.split('\t') as ['en' | 'fr', string, string];
      const data = languageData(language);
      return !isStopwordAlsoWord(key, data) && key.split('_').every((part) => isStopword(part, data));
    });
    expect(onlyStopwords).toEqual([]);
  });
});

describe('the vocabulary', () => {
  it('translates words the seed articles never used, from the open wordnets', () => {
    expect(lemmasOf('unemployment', 'en')).toContain('chômage');
    expect(lemmasOf('chomage', 'fr')).toContain('unemployment');
    expect(lemmasOf('taux', 'fr')).toContain('rate');
    expect(lemmasOf('lightning', 'en')).toContain('foudre');
    expect(lemmasOf('malaria', 'en')).toContain('paludisme');
    expect(lemmasOf('voiture', 'fr')).toContain('car');
  });

  it('translates names of places and peoples, with or without accents and capitals', () => {
    expect(lemmasOf('scotland', 'en')).toContain('écosse');
    expect(lemmasOf('ecosse', 'fr')).toContain('scotland');
    expect(lemmasOf('warsaw', 'en')).toContain('varsovie');
    expect(lemmasOf('london', 'en')).toContain('londres');
    expect(lemmasOf('allemagne', 'fr')).toContain('germany');
    expect(lemmasOf('spaniards', 'en')).toContain('espagnol');
  });

  it('never translates a country by one of its towns that WOLF put in its synset (Belgium is no Moscow)', () => {
    expect(lemmasOf('belgium', 'en')).toContain('belgique');
    expect(lemmasOf('belgium', 'en')).not.toContain('moscow');
    expect(lemmasOf('algeria', 'en')).not.toContain('constantine');
  });

  it('translates the given names news translates for popes and monarchs (François: Francis, Léon: Leo)', () => {
    expect(lemmasOf('francois', 'fr')).toContain('francis');
    expect(lemmasOf('leo', 'en')).toContain('leon');
  });

  it('translates common verbs whose WOLF synsets hold no French ("describe", "lend", "deny")', () => {
    expect(lemmasOf('describe', 'en')).toContain('decrire');
    expect(lemmasOf('lend', 'en')).toContain('preter');
    expect(lemmasOf('pretera', 'fr')).toContain('lend');
    expect(lemmasOf('nie', 'fr')).toContain('deny');
  });

  it("translates the business and police terms of news the wordnets lack (chiffre d'affaires, interpeller)", () => {
    expect(lemmasOf('revenue', 'en')).toContain("chiffre d'affaires");
    expect(vocabulary.translatePhrase(['chiffre', 'affaires'], 'fr').map((entry) => entry.lemma)).toContain('revenue');
    expect(lemmasOf('interpellees', 'fr')).toContain('arrested');
  });

  it('reaches a word through its inflected forms, by lemma and never by a stem shared with another word', () => {
    expect(vocabulary.lemmas('soutenu', 'fr')).toContain('soutenir');
    expect(vocabulary.lemmas('revenu', 'fr')).toEqual(expect.arrayContaining(['revenu', 'revenir']));
    expect(vocabulary.lemmas('agriculteurs', 'fr')).toEqual(['agriculteur']);
    expect(vocabulary.lemmas('went', 'en')).toContain('go');
    expect(vocabulary.lemmas('farmers', 'en')).toEqual(['farmer']);
    expect(lemmasOf('paye', 'fr')).not.toContain('country');
    expect(lemmasOf('communistes', 'fr')).toContain('communist');
    expect(lemmasOf('communistes', 'fr')).not.toContain('common');
  });

  it('gives an English lemma its irregular forms, which no stem of it reaches', () => {
    expect(vocabulary.inflections('swim', 'en')).toEqual(expect.arrayContaining(['swam', 'swum']));
    expect(vocabulary.inflections('pay', 'en')).toContain('paid');
    expect(vocabulary.inflections('farmer', 'en')).toEqual([]);
  });

  it('links the words of one family by derivation, from an inflected form, in both languages', () => {
    const derived = (word: string, language: 'en' | 'fr') =>
      vocabulary.derivations(word, language).map((entry) => entry.lemma);
    expect(derived('suspended', 'en')).toContain('suspension');
    expect(derived('suspension', 'en')).toContain('suspend');
    expect(derived('evacues', 'fr')).toContain('évacuation');
    // French words of linked meanings are one family only if they share a beginning.
    expect(derived('evacuer', 'fr').every((lemma) => lemma.startsWith('éva'))).toBe(true);
  });

  it('reads a form that is also a lemma as both: "joue" is a cheek and a form of "jouer"', () => {
    expect(lemmasOf('joue', 'fr')).toEqual(expect.arrayContaining(['cheek', 'play']));
    expect(lemmasOf('montre', 'fr')).toEqual(expect.arrayContaining(['watch', 'show']));
    // The project's own plural keys keep their lemma's translations.
    expect(lemmasOf('borders', 'en')).toContain('frontalier');
  });

  it("translates a phrase with an elided article as a question's words spell it", () => {
    // The question's "cours d'eau" reaches the vocabulary as "cours", "eau".
    expect(vocabulary.translatePhrase(['cours', 'eau'], 'fr').map((entry) => entry.lemma)).toContain('river');
  });

  it("translates a phrase whose words stand apart by stopwords as the question's words reach it", () => {
    // "chemin de fer" reaches the vocabulary as "chemin", "fer": the key leaves "de" out, as the question does.
    expect(vocabulary.translatePhrase(['chemin', 'fer'], 'fr').map((entry) => entry.lemma)).toContain('railway');
    expect(vocabulary.translatePhrase(['pomme', 'terre'], 'fr').map((entry) => entry.lemma)).toContain('potato');
  });

  it("keeps the wordnets' best translation beside the project's own forms", () => {
    // "stop" lists seven French forms of its own, four words; "arrêter" still comes with them.
    expect(lemmasOf('stop', 'en')).toContain('arrêter');
  });

  it('translates a phrase as a whole', () => {
    expect(vocabulary.translatePhrase(['united', 'states'], 'en').map((entry) => entry.lemma)).toContain('états-unis');
    expect(vocabulary.translatePhrase(['prime', 'ministers'], 'en').map((entry) => entry.lemma)).toContain(
      'premier ministre',
    );
    expect(vocabulary.translatePhrase(['united', 'kingdoms', 'of', 'nowhere'], 'en')).toEqual([]);
  });

  it('reads a lemma that has no translation as the form of one that has ("located", the adjective, is "locate"), and a lemma that has one as itself', () => {
    expect(lemmasOf('located', 'en')).toContain('situer');
    expect(lemmasOf('fils', 'fr')).toContain('son');
    expect(lemmasOf('fils', 'fr')).not.toContain('wire');
  });

  it("translates a phrase whose first word is inflected, through that word's lemma", () => {
    // "took" is listed as a form of "take": "took part" is "take part".
    expect(vocabulary.translatePhrase(['took', 'part'], 'en').map((entry) => entry.lemma)).toContain('participer');
    expect(vocabulary.translatePhrase(['taking', 'part'], 'en').map((entry) => entry.lemma)).toContain('participer');
    expect(vocabulary.translatePhrase(['took', 'apples'], 'en')).toEqual([]);
  });

  it('gives synonyms in the same language, a lesser meaning below the first', () => {
    const synonyms = vocabulary.synonyms('emprisonner', 'fr').map((entry) => entry.lemma);
    expect(synonyms).toContain('incarcérer');
    const scores = vocabulary.translate('rate', 'en');
    expect(scores[0]!.lemma).toBe('taux');
    expect(scores.every((entry, i) => i === 0 || entry.score <= scores[i - 1]!.score)).toBe(true);
  });

  it('tells the words whose meanings are mostly verbs, in every form, from those that may be nouns', () => {
    for (const [word, language] of [
      ['enchainees', 'fr'],
      ['travaillent', 'fr'],
      ['call', 'en'],
    ] as const)
      expect(vocabulary.isVerb(word, language), word).toBe(true);
    // "regarde" may be "regard", "construit" the adjective, "score" is as much a noun.
    for (const [word, language] of [
      ['regarde', 'fr'],
      ['construit', 'fr'],
      ['score', 'en'],
      ['company', 'en'],
    ] as const)
      expect(vocabulary.isVerb(word, language), word).toBe(false);
  });

  it('corrects a misspelled word against its own words', () => {
    expect(vocabulary.correct('unemploymnet', 'en').map((match) => match.word)).toContain('unemployment');
  });
});
