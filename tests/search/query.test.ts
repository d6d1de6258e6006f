import { beforeAll, describe, expect, it } from 'vitest';
import { indexFolder } from '../../src/search/index/folder-index.js';
import { Engine } from '../../src/engine.js';
import { PassageIndex } from '../../src/search/index/passage-index.js';
import { Searcher } from '../../src/search/searcher.js';
import { SEEDS, testArticle } from '../helpers.js';

let searcher: Searcher;
beforeAll(async () => {
  searcher = new Searcher((await indexFolder(SEEDS)).index);
});

const weightOf = (question: string, language: 'en' | 'fr', word: string) =>
  searcher.search(question, language).words.find((w) => w.word === word)?.idf;

describe('how much each word of a question counts', () => {
  it('counts the noun after "quel" / "which" less: it names the kind of answer, which passages seldom repeat', () => {
    expect(weightOf('Quel ministre a rencontré Laftit ?', 'fr', 'ministre')!).toBeLessThan(
      weightOf('Le ministre a rencontré Laftit ?', 'fr', 'ministre')!,
    );
    expect(weightOf('Which minister met Laftit?', 'en', 'minister')!).toBeLessThan(
      weightOf('The minister met Laftit?', 'en', 'minister')!,
    );
  });

  it('counts names and figures more than ordinary words of the same rarity', () => {
    expect(weightOf('Did Laftit meet anyone?', 'en', 'laftit')!).toBeGreaterThan(
      weightOf('did laftit meet anyone', 'en', 'laftit')!,
    );
  });

  it('counts the noun after "what is the" / "quel est le" less too, but not the role in "who is the … of"', () => {
    expect(weightOf('What is the position of France?', 'en', 'position')!).toBeLessThan(
      weightOf('France takes a position?', 'en', 'position')!,
    );
    expect(weightOf('Who is the minister of the interior?', 'en', 'minister')).toBe(
      weightOf('The minister of the interior?', 'en', 'minister'),
    );
  });
});

describe('verbs that say nothing beside their word', () => {
  it('drops "compte" from "combien de … compte": it says "has", which the answer seldom repeats', () => {
    const wordsOf = (question: string) => searcher.search(question, 'fr').words.map((w) => w.word);
    expect(wordsOf('Combien de membres compte le groupe Rainbow ?')).not.toContain('compte');
    // Without the count, "compte" is a word of the question ("intends to").
    expect(wordsOf('Que compte faire le groupe Rainbow ?')).toContain('compte');
  });

  it('drops "atteint" and "reached" from a measure asked: they only link the figure to what it measures', () => {
    expect(
      searcher.search('Quelle hauteur ont atteint les vagues à Brest ?', 'fr').words.map((w) => w.word),
    ).not.toContain('atteint');
    expect(searcher.search('How high did the waves reach in Brest?', 'en').words.map((w) => w.word)).not.toContain(
      'reach',
    );
    expect(searcher.search('Who reached Brest first?', 'en').words.map((w) => w.word)).toContain('reached');
  });
});

describe('words no index can hold', () => {
  it('leaves out a stopword of the other language that no article holds: "Who" of "Doctor Who" in a French question', () => {
    const words = searcher.search('Qui a joué Doctor Who sur scène ?', 'fr').words.map((w) => w.word);
    expect(words).toContain('doctor');
    expect(words).not.toContain('who');
    // A word of no language that no article holds still counts, and weighs as the rarest.
    expect(searcher.search('Qui a joué Doctor Zorblatt ?', 'fr').words.map((w) => w.word)).toContain('zorblatt');
  });
});

describe('words no article holds', () => {
  it('weighs "money" none names below a thing none names: any sum answers "how much money"', () => {
    expect(weightOf('How much money did Morocco get?', 'en', 'money')!).toBeLessThan(
      weightOf('How much salary did Morocco get?', 'en', 'salary')!,
    );
  });

  it('weighs a verb of speech none uses below a thing none names: articles report speech in many verbs', () => {
    // Neither is in the seeds; the vocabulary knows both.
    const evoked = weightOf('Quelle menace a évoquée Le Drian ?', 'fr', 'evoquee')!;
    expect(weightOf('Les hôpitaux du Maroc ont-ils reçu le fonds ?', 'fr', 'hopitaux')!).toBeGreaterThan(evoked);
    // So the question is answered rather than refused for "évoquée"; "meant to" only frames one.
    const engine = new Engine(searcher.index);
    const threat = engine.ask('Quelle menace a évoquée Le Drian ?');
    expect(threat.citations.map((citation) => citation.text).join(' ')).toContain('foreign fighters');
    const answer = engine.ask('What is the fund for Morocco meant to do?');
    expect(answer.found && answer.citations[0]!.text).toContain('€70 million');
  });
});

describe('spelling corrections', () => {
  it('corrects a misspelled word even when other words share its beginning', () => {
    const word = searcher
      .search('what did le drian say about terrorisim', 'en')
      .words.find((w) => w.word === 'terrorisim')!;
    // "terror…" words are of its family (weight 0.5); the correction "terrorism" weighs more.
    expect(Math.max(...word.variants.map((v) => v.weight))).toBeGreaterThan(0.5);
  });
});

describe('elisions typed without their apostrophe', () => {
  it('reads "dhectares" as "hectares" and "cest" as the stopword it is, but leaves a word the articles hold as it is', () => {
    const jasper = Engine.fromArticles([
      testArticle(
        'jasper',
        'Incendie de Jasper',
        'fr',
        // "test" is one slip from "cest", which is still "c'est".
        'Le feu a détruit 358 bâtiments de la ville. Un test de la qualité de l’air a suivi.',
        'Vendredi, sa superficie était évaluée à 32 000 hectares.',
      ),
    ]);
    const words = jasper.rank('feu jasper cest combien dhectares', 10).words.map((w) => w.word);
    expect(words).toEqual(['feu', 'jasper', 'hectares']);
    expect(jasper.ask('feu jasper combien dhectares').citations[0]).toMatchObject({
      articleId: 'jasper',
      paragraph: 2,
    });
    // "dix" is no "d'ix": a word some article holds is read as written.
    expect(searcher.search('Qui sont les dix ministres ?', 'fr').words.map((w) => w.word)).toContain('dix');
  });

  it("reads a slip in an article's word as that word, not as an elision before another word", () => {
    const storm = Engine.fromArticles([
      testArticle('melissa', 'Ouragan Melissa', 'fr', "L'ouragan Melissa a fait 28 morts en Jamaïque."),
      testArticle('test', 'Un test', 'fr', 'Le test Elisa détecte les anticorps.'),
    ]);
    // "melisa" is one slip from "Melissa"; "m'elisa" would be the test.
    expect(storm.rank('ouragan melisa morts', 5).words.map((w) => w.word)).toContain('melisa');
    expect(storm.ask('ouragan melisa morts').citations[0]).toMatchObject({ articleId: 'melissa' });
  });
});

describe('phrases', () => {
  it('translates a phrase whole, and its rarer word counts only beside the others: "European Union" is no "Union soviétique"', () => {
    const article = (id: string, title: string, text: string) => testArticle(id, title, 'fr', text);
    const french = new Searcher(
      PassageIndex.of([
        article('urss', "L'Union soviétique", "L'Union soviétique signe en 1922 un traité avec ses républiques."),
        article('europe', 'La construction européenne', "Le traité de Maastricht crée l'Union européenne en 1992."),
      ]),
    );
    const union = french.search('What did the European Union decide?', 'en').words.find((w) => w.word === 'union')!;
    const both = [french.index.termIds.get('union'), french.index.termIds.get('europeen')];
    const phraseVariants = union.variants.filter((v) => v.together);
    expect(phraseVariants.length).toBeGreaterThan(0);
    for (const variant of phraseVariants)
      expect([variant.term, ...variant.together!.flat()]).toEqual(expect.arrayContaining(both));
    const cited = new Engine(french.index).ask('Which treaty created the European Union?').citations;
    expect(cited.map((c) => c.articleId)).toEqual(['europe']);
  });

  it('reads a phrase whose words stopwords part ("chemin de fer") as the phrase: a railway, not an iron path', () => {
    const english = new Searcher(
      PassageIndex.of([
        testArticle('rail', 'Railways', 'en', 'The railway reached the town in 1850.'),
        testArticle('iron', 'Iron', 'en', 'An iron path to the town was built in 1850.'),
      ]),
    );
    const cited = new Engine(english.index).ask('Quand le chemin de fer est-il arrivé dans la ville ?').citations;
    expect(cited.map((c) => c.articleId)[0]).toBe('rail');
  });
});

describe('decades written short', () => {
  const wordsOf = (question: string, language: 'en' | 'fr') =>
    searcher.search(question, language).words.map((w) => w.word);

  it('reads "années 70" and "the 80s" as the years articles write ("années 1970", "1980s")', () => {
    expect(wordsOf('Qui a rencontré Laftit dans les années 70 ?', 'fr')).toContain('1970');
    expect(wordsOf('Who met Laftit in the 80s?', 'en')).toContain('1980');
    // Two digits alone are a figure, not a decade.
    expect(wordsOf('Combien de migrants, 70 ou 80 ?', 'fr')).toEqual(expect.arrayContaining(['70', '80']));
  });
});

describe('questions typed as in a chat', () => {
  const wordsOf = (question: string, language: 'en' | 'fr') =>
    searcher.search(question, language).words.map((w) => w.word);

  it('reads a shorthand of the question’s language for the word it stands for, and a filler as nothing', () => {
    expect(wordsOf('cb de migrants en espagne stp', 'fr')).toEqual(wordsOf('combien de migrants en espagne', 'fr'));
    expect(wordsOf('what did the govt say about migrants lol', 'en')).toEqual(
      wordsOf('what did the government say about migrants', 'en'),
    );
    // "exactly", "vraiment" ask nothing: read as words no article holds, they would weigh most and refuse.
    expect(wordsOf('c quoi exactement le fonds pour le maroc', 'fr')).toEqual(
      wordsOf('c quoi le fonds pour le maroc', 'fr'),
    );
    expect(wordsOf('quelle est la date exacte de la réunion', 'fr')).toEqual(
      wordsOf('quelle est la date de la réunion', 'fr'),
    );
    expect(wordsOf('what is the fund for Morocco really for', 'en')).toEqual(
      wordsOf('what is the fund for Morocco for', 'en'),
    );
    // An elision typed without its apostrophe is read in a question of the other language too,
    // and a modal weighs nothing: "d'or" is "or", a stopword; "pourra" says no more than "peut".
    expect(wordsOf('who won the palme dor', 'en')).toEqual(wordsOf('who won the palme', 'en'));
    expect(wordsOf('quand pourra-t-on se baigner dans la seine', 'fr')).toEqual(
      wordsOf('quand peut-on se baigner dans la seine', 'fr'),
    );
    // A filler that opens with an elision's letter is still a filler: "svp" is no "s'vp".
    expect(wordsOf('svp combien de migrants en espagne', 'fr')).toEqual(
      wordsOf('combien de migrants en espagne', 'fr'),
    );
  });

  it('weighs nothing of an opening that asks for help or says a question is coming', () => {
    const plain = wordsOf('How many migrants arrived in Spain?', 'en');
    for (const chatted of [
      'Need help: how many migrants arrived in Spain?',
      'anyone here know how many migrants arrived in Spain?',
      'hello, I have a question. How many migrants arrived in Spain?',
      'Has anyone counted how many migrants arrived in Spain?',
    ])
      expect(wordsOf(chatted, 'en').filter((word) => word !== 'counted')).toEqual(plain);
    const plainFrench = wordsOf('Combien de migrants sont arrivés en Espagne ?', 'fr');
    for (const chatted of [
      'Aide-moi stp, combien de migrants sont arrivés en Espagne ?',
      "Bonsoir, j'ai une question : combien de migrants sont arrivés en Espagne ?",
    ])
      expect(wordsOf(chatted, 'fr')).toEqual(plainFrench);
  });

  it('drops a preamble that tells the articles nothing, before a break and the question proper', () => {
    // Left in, "bother" and "curiosité" weigh as rare words no article holds.
    expect(wordsOf('Sorry to bother, but what is the fund for Morocco for?', 'en')).toEqual(
      wordsOf('what is the fund for Morocco for?', 'en'),
    );
    expect(wordsOf('Par curiosité, combien de migrants sont arrivés en Espagne ?', 'fr')).toEqual(
      wordsOf('combien de migrants sont arrivés en Espagne ?', 'fr'),
    );
    // A preamble with a figure, a name, or a word the articles hold says what the question is about.
    expect(wordsOf('In 2018, what did Castaner discuss?', 'en')).toContain('2018');
    expect(wordsOf('Selon Tacite, qui a rencontré Laftit ?', 'fr')).toContain('tacite');
    expect(wordsOf('about the fund for morocco, what is it for?', 'en')).toContain('fund');
    // A question before another is no preamble.
    expect(wordsOf('Who met Laftit? What did they discuss?', 'en')).toContain('met');
    expect(wordsOf('What was adopted, and who signed it?', 'en')).toContain('adopted');
  });

  it('reads a word that names something of every object as a word, not as a shorthand', () => {
    for (const question of ['Qui est le constructor du train ?', 'hasownproperty tostring valueof __proto__'])
      expect(() => searcher.search(question, 'fr')).not.toThrow();
  });

  it('reads a word that reaches nothing, one slip from a stopword, as that stopword; not a name', () => {
    expect(wordsOf('wen did Laftit meet Castaner', 'en')).toEqual(wordsOf('when did Laftit meet Castaner', 'en'));
    expect(wordsOf('Did Wen meet Castaner', 'en')).toContain('wen');
  });
});
