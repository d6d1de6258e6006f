import { describe, expect, it } from 'vitest';
import { english } from '../../src/language/english.js';
import { french } from '../../src/language/french.js';
import type { LanguageData } from '../../src/language/language-data.js';
import { dropFramePhrases, mendInterrogatives } from '../../src/search/question/question-wording.js';
import { analyze } from '../../src/text/analyze.js';
import { fold } from '../../src/text/normalize.js';
import { splitSentences } from '../../src/text/sentences.js';
import { expandAcronyms, words } from '../../src/text/tokenize.js';

describe('text analysis', () => {
  it('folds case, accents, ligatures and curly apostrophes', () => {
    expect(fold('SÉCURITÉ Cœur l’État')).toBe("securite coeur l'etat");
  });

  it('drops French elisions, straight or curly', () => {
    expect(words("l'Intérieur d’une qu’il s’inscrit jusqu'à")).toEqual(['interieur', 'une', 'il', 'inscrit', 'a']);
  });

  it('keeps numbers whole whatever the thousands separator', () => {
    expect(words('68,000 et 68 000 et 47 500 mais 3,5')).toEqual([
      '68000',
      'et',
      '68000',
      'et',
      '47500',
      'mais',
      '3',
      '5',
    ]);
  });

  it('reads a day written as an ordinal as its number, and the future’s auxiliaries as nothing', () => {
    const stems = (text: string, language: LanguageData = french) => analyze(text, language).map((t) => t.stem);
    expect(stems('le 1er février')).toEqual(stems('le 1 février'));
    expect(stems('on March 21st', english)).toEqual(stems('on March 21', english));
    // Only a day's ending: "3e" stays a word.
    expect(stems('le 3e')).not.toEqual(stems('le 3'));
    expect(stems('les prix vont baisser')).toEqual(stems('les prix baisser'));
    expect(stems('prices are going down', english)).toEqual(stems('prices are down', english));
  });

  it('removes stopwords and stems in French, with or without accents', () => {
    const accented = analyze('Les coopérations sécuritaires des ministres', french).map((t) => t.stem);
    expect(accented).toHaveLength(3);
    expect(analyze('les cooperations securitaires des ministres', french).map((t) => t.word)).toEqual([
      'cooperations',
      'securitaires',
      'ministres',
    ]);
    expect(accented[2]).toBe(analyze('ministre', french)[0]!.stem);
  });

  it('stems a French plural in "x" as its singular ("bijoux", "enjeux")', () => {
    const stemOf = (word: string) => analyze(word, french)[0]!.stem;
    expect(stemOf('bijoux')).toBe(stemOf('bijou'));
    expect(stemOf('enjeux')).toBe(stemOf('enjeu'));
    expect(stemOf('heureux')).toBe(stemOf('heureuse'));
  });

  it('removes stopwords and stems in English', () => {
    expect(analyze('What did the ministers discuss about trafficking?', english).map((t) => t.stem)).toEqual([
      'minist',
      'discuss',
      'traffick',
    ]);
  });

  it('keeps a stopword that is also a word where its neighbours say it is the word, and drops it elsewhere', () => {
    const stems = (text: string, language: LanguageData) => analyze(text, language).map((t) => t.stem);
    expect(stems('Prices may rise in May', english)).toEqual(['price', 'rise', 'may']);
    expect(stems('It opened May 5, 2025 and may close', english)).toEqual(['open', 'may', '5', '2025', 'close']);
    expect(stems('Who may vote?', english)).toEqual(['vote']);
    const avion = stems('avion', french)[0];
    expect(stems('Airbus a livré 766 avions', french)).toContain(avion);
    expect(stems("Combien d'avions ?", french)).toEqual([avion]);
    expect(stems('Nous avions livré des avions', french).filter((stem) => stem === avion)).toHaveLength(1);
    expect(stems("Il a été reçu l'été dernier", french)).toEqual(['recu', 'ete', 'derni']);
  });

  it('writes out the acronyms of the text’s own language, unless the text is in capitals', () => {
    expect(expandAcronyms('The U.S. beat the US side, and the UK came third.', english)).toBe(
      'The United States beat the United States side, and the United Kingdom came third.',
    );
    expect(expandAcronyms('US, UK and France', english)).toBe('United States, United Kingdom and France');
    expect(expandAcronyms('TELL US', english)).toBe('TELL US');
    expect(expandAcronyms("l'US Tourcoing", french)).toBe("l'US Tourcoing");
  });

  it('splits sentences but not after "M." or an initial', () => {
    const text = 'M. Laftit a parlé. Il a cité J. Dupont. « Tout va bien », dit-il.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'M. Laftit a parlé.',
      'Il a cité J. Dupont.',
      '« Tout va bien », dit-il.',
    ]);
  });

  it('mends a slip in an interrogative, and only there: the answer type and stopwords depend on it', () => {
    const unknown = () => false;
    expect(mendInterrogatives('wich country campaigned?', english, unknown)).toBe('which country campaigned?');
    expect(mendInterrogatives('Cmobien de réseaux ?', french, unknown)).toBe('combien de réseaux ?');
    expect(mendInterrogatives('wat did he say', english, unknown)).toBe('what did he say');
    expect(mendInterrogatives('Which man spoke?', english, unknown)).toBe('Which man spoke?');
    // Verb forms one letter from a stopword are real words: "subis" is not "suis".
    expect(mendInterrogatives('Quels dommages ont-ils subis ?', french, unknown)).toBe(
      'Quels dommages ont-ils subis ?',
    );
    // A word the articles use is theirs, however close to an interrogative.
    expect(mendInterrogatives('Whet the appetite', english, (word) => word === 'whet')).toBe('Whet the appetite');
  });

  it('drops the set phrases that only frame a question, and leaves the same words elsewhere', () => {
    expect(words(dropFramePhrases('Where did the press conference take place?'))).toEqual([
      'where',
      'did',
      'the',
      'press',
      'conference',
    ]);
    expect(words(dropFramePhrases('Quand a eu lieu la réunion ?'))).toEqual(['quand', 'a', 'la', 'reunion']);
    expect(words(dropFramePhrases("Que doit faire l'Europe face au trafic ?"))).toEqual([
      'que',
      'doit',
      'faire',
      'europe',
      'au',
      'trafic',
    ]);
    expect(words(dropFramePhrases('Quel lieu a été choisi ?'))).toContain('lieu');
  });
});
