import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine, type EngineOptions } from '../../src/engine.js';
import { english } from '../../src/language/english.js';
import { french } from '../../src/language/french.js';
import { askedFuture, expectedAnswerType } from '../../src/search/question/answer-type.js';
import { EN_SEED, FR_SEED, SEEDS, tempFolder } from '../helpers.js';

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.fromFolder(SEEDS);
});

/** Asserts the bot says "not found" to a question. */
function notFound(question: string): void {
  expect(engine.ask(question).found, `${question} should not be answered`).toBe(false);
}

function best(question: string) {
  const answer = engine.ask(question);
  expect(answer.found, `${question} should be answered`).toBe(true);
  return answer.citations[0]!;
}

describe('retrieval on the seed articles', () => {
  it('answers an English question from the English article', () => {
    const top = best('How many criminal networks did the Moroccan police dismantle?');
    expect(top.articleId).toBe(EN_SEED);
    expect(top.text).toContain('122 active criminal networks');
    // "done" says nothing of what is asked, like "do" and "did".
    expect(best('According to Castaner, what must be done about migrant smuggling?').text).toContain(
      'we must cooperate even more',
    );
  });

  it('answers a French question from the French article', () => {
    const top = best('Quelle feuille de route a été adoptée lundi ?');
    expect(top.articleId).toBe(FR_SEED);
  });

  it('finds the passage despite typos and missing accents', () => {
    expect(best('how many migrnts arived in spain by see').text).toContain('47,500 migrants');
    expect(best('revision de plusieurs conventions entre les ministeres').text).toContain(
      'révision de plusieurs conventions',
    );
  });

  it('reads a question with a slip in many of its words', () => {
    // Swapped letters in short names; a misspelled interrogative; a word known only to the lexicon.
    expect(
      engine
        .ask('Where did Castanr and Lafitt meet?')
        .citations.map((c) => c.text)
        .join(' '),
    ).toContain('counterpart Abdelouafi Laftit in Rabat');
    expect(best('wich coutry campained for morroco in the EU').text).toContain('pushed Spain to campaign');
    expect(best('Cmobien de réseaux criminels ont été démantelés ?').text).toContain('122');
    // "futrue" is no article's word; the lexicon's "future" is, in French, the article's "avenir".
    expect(best('What is the futrue of the Sahara according to Frnce?').text).toContain('souveraineté marocaine');
  });

  it('crosses languages: a French question finds the English passage', () => {
    const top = best('Combien de migrants sont arrivés en Espagne par la mer ?');
    expect(top.articleId).toBe(EN_SEED);
    expect(top.text).toContain('47,500');
  });

  it('holds a question asked in the other language to its translations, not to spellings it cannot share', () => {
    // Every word of the answering sentence is a translation ("premier trajet" -> "first ride").
    expect(best('Qui a pris le premier trajet du TGV ?').text).toContain('first ride');
  });

  it('answers a broad question that several paragraphs answer alike, each in one sentence', () => {
    // Three English paragraphs name Spain and score alike: a tie, but not words scattered by chance.
    expect(best("Quel est le rôle de l'Espagne ?").text).toContain('Spain');
    // "play" goes with "role" and says nothing more; in no article, it would outweigh Spain.
    expect(best('What role did Spain play?').text).toContain('Spain');
  });

  it('crosses languages through the acronyms of international organisations', () => {
    expect(best("C'est quoi l'OIM ?").text).toContain('International Organization for Migration (IOM)');
    // One word gives no clue to its language: "TGV" is read as English, yet is a French word of the lexicon.
    expect(best('TGV').text).toContain('high speed train');
  });

  it('crosses languages: an English question finds the French passage', () => {
    const top = best('What did the two ministers say about mutual trust?');
    expect(top.articleId).toBe(FR_SEED);
    expect(top.text).toContain('confiance mutuelle');
  });

  it('marks the sentence that answers inside the cited paragraph', () => {
    const top = best('Who inaugurated the flagship project with the King?');
    expect(top.text.slice(top.highlight.start, top.highlight.end)).toBe(
      'Macron, accompanied by Castaner, inaugurated the flagship project with King Mohammed VI.',
    );
  });

  it('says "not found" rather than cite something unrelated, with a hint', () => {
    for (const question of [
      'Who is the president of the United States?',
      'Comment faire une pâte à crêpes ?',
      'What is the capital of Australia?',
    ]) {
      const answer = engine.ask(question);
      expect(answer.found, question).toBe(false);
      expect(answer.citations).toEqual([]);
    }
    const answer = engine.ask('What did Macron say about Algeria?');
    expect(answer.found).toBe(false);
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it('does not answer about a place or person no article mentions, however close the rest of the question', () => {
    notFound('How many migrants arrived in Italy?');
    notFound('Combien de migrants sont arrivés en Italie ?');
    expect(best('How many migrants arrived in Spain?').text).toContain('47,500');
    // Typed in lower case, a place is told by the preposition before it.
    notFound('how many migrants arrived in italy?');
    notFound("qui est le president de l'algerie ?");
    notFound('qui est le president de l algerie ?');
    expect(best('how many migrants arrived in spain?').text).toContain('47,500');
    // A misspelled name of the articles is still that name.
    expect(best('What did Castanr say in Rabat?').articleId).toBe(EN_SEED);
    // "Western" qualifies the articles' Sahara; it does not name another place.
    expect(best("What is France's position on Western Sahara?").text).toContain('souveraineté marocaine');
  });

  it('does not answer about an attribute or a topic no article speaks of, however well the rest matches', () => {
    notFound('What is the salary of the French interior minister?');
    notFound("Quel est le salaire du ministre de l'Intérieur ?");
    notFound('What is the population of Rabat?');
    notFound('Who is the mayor of Rabat?');
    notFound('What did Laftit say about football?');
    notFound("Qu'a dit Retailleau sur le football ?");
    expect(best('What did Castaner say about the ties between Morocco and France?').text).toContain('strong ties');
    // Real words (the lexicon knows them) that no article holds, in either language.
    notFound('Which company built the LGV?');
    notFound('Qui a gagné le match France-Maroc ?');
    notFound('Quand Castaner a-t-il été nommé ministre ?');
    // A verb no article holds says little: news tells an event with many verbs.
    expect(best('What new framework did the ministers call for?').text).toContain('nouveau cadre');
    // A word that frames the question is not what it asks about.
    expect(best('What is the name of the French interior minister who met Laftit on Monday?').text).toContain(
      'Bruno Retailleau',
    );
  });

  it('reads "prix" as a price only when asked as one, and the future as told in reported speech', () => {
    // French "prix" is a price and a prize: "a eu quel prix" asks for an award, no figure.
    expect(expectedAnswerType('Mohammad Rasoulof a eu quel prix à Cannes ?')).not.toBe('money');
    expect(expectedAnswerType('Quel est le prix du billet ?')).toBe('money');
    expect(expectedAnswerType('À quel prix le billet est-il vendu ?')).toBe('money');
    // A cost asked of a long subject, or with the verb before "combien", as a chat puts it.
    expect(expectedAnswerType('How much does a train ticket from London to Paris cost?')).toBe('money');
    expect(expectedAnswerType('la tempête a coûté combien aux assureurs ?')).toBe('money');
    // "What did she say about future cuts?" is answered by what she said would come.
    const future = askedFuture('What did Lagarde say about future cuts?')!;
    expect(future('The council would go on setting policy meeting by meeting.', english)).toBe(true);
    expect(future('The council cut its rates on Thursday.', english)).toBe(false);
    expect(
      askedFuture('Qu’a dit Lagarde des futures baisses ?')!(
        'Le conseil continuerait à décider réunion par réunion.',
        french,
      ),
    ).toBe(true);
  });

  it('does not cite a passage without the figure, date, age, birth or death the question asks about', () => {
    notFound('How old is King Mohammed VI?');
    notFound('Combien coûte le projet phare ?');
    // A birth or a death must be named, not just the person.
    notFound('Where was Laftit born?');
    notFound('Où est né Bruno Retailleau ?');
    notFound('How many people died in the Syrian-Iraqi conflicts?');
    // An age is a figure with its unit, not the "deux" of "les deux pays".
    notFound('Quel âge a Bruno Retailleau ?');
    notFound('How fast does the Moroccan high speed train go?');
    // Nor is a count: "les deux pays" names a pair already known.
    notFound('Combien de policiers français sont déployés au Maroc ?');
    notFound('How many French police officers work in Morocco?');
    expect(best('Combien de réseaux criminels ont été démantelés ?').text).toContain('122');
    expect(best("Combien d'argent pour le Maroc ?").text).toContain('€70 million');
    expect(best('Quand la feuille de route a-t-elle été adoptée ?').text).toContain('ce lundi');
  });

  it('reads British spellings and inflected French words as their dictionary forms', () => {
    expect(best('Which organisation counted the migrants arriving in Spain?').text).toContain(
      'International Organization for Migration',
    );
    // "abordées" reaches the lexicon entry "aborder = discuss", and through it the English passage.
    const cited = engine
      .ask('Quelles questions Castaner a-t-il abordées avec Laftit ?')
      .citations.map((c) => c.text)
      .join(' ');
    expect(cited).toContain('counterterrorism and information exchange');
  });

  it('cites the paragraph that goes on about a person named in the paragraph before', () => {
    // Le Drian is named in one paragraph; the next says what "the French official" said of the threat.
    // ("Quelle menace a évoquée Le Drian ?" is not found since the vocabulary knows "évoquer", which no article holds.)
    for (const question of ['What threat did Le Drian mention?', 'De quelle menace parle Le Drian ?']) {
      const cited = engine.ask(question).citations.map((c) => c.text);
      expect(
        cited.some((text) => text.includes('return of foreign fighters')),
        question,
      ).toBe(true);
    }
  });

  it("quotes the passage in the asker's language when one in the other language holds the question as well", () => {
    expect(best('Who is Abdelouafi Laftit?').articleId).toBe(EN_SEED);
    expect(best('Qui est Abdelouafi Laftit ?').articleId).toBe(FR_SEED);
  });

  it('answers "who is…?" with the passage that gives the person\'s role, not one that only names them', () => {
    for (const question of ['Who is Castaner?', 'Qui est Castaner ?']) {
      expect(best(question).text, question).toContain('French interior minister Christophe Castaner');
    }
  });

  it('finds a passage through a synonym: a translation translated back', () => {
    // "repose" -> "based" -> "basée". The English paragraph on the two countries' cooperation
    // holds as much of the question in translation and may come first: the French one must be
    // the first cited in French.
    const question = 'Sur quoi repose la coopération entre les deux pays ?';
    const answer = engine.ask(question);
    expect(answer.found, question).toBe(true);
    expect(answer.citations.find((c) => c.language === 'fr')?.text).toContain('basée sur la confiance mutuelle');
  });

  it('reads a question opened by a request as the question itself', () => {
    // "parle", "explain" are in no article: read as words, they would outweigh the question.
    expect(best('Parle-moi du train').text).toContain('high speed train');
    expect(best('Explain the cooperation').text).toContain('cooperation');
    expect(best('Explique la coopération').text).toContain('coopération');
  });

  it('reads search-syntax characters as plain text', () => {
    for (const question of ["'=^!$ | Laftit", '"Castaner" OR *', '(?:.*)+ [a-z] \\ Retailleau']) {
      expect(() => engine.ask(question)).not.toThrow();
    }
    expect(best("!^'Laftit Retailleau réunion$").articleId).toBe(FR_SEED);
  });

  it('refuses an empty or enormous question with a reason, without searching', () => {
    expect(engine.ask('   ')).toMatchObject({ found: false, reason: 'empty' });
    expect(engine.ask('migration '.repeat(600))).toMatchObject({ found: false, reason: 'too-long' });
  });
});

/** An engine over a new folder of articles, each given as its title and paragraphs, one a line. */
/** The seed articles, as engineOver takes them: so that a new article stands among the others. */
function seedFiles(): Record<string, string[]> {
  return Object.fromEntries(
    readdirSync(SEEDS).map((file) => [file, readFileSync(join(SEEDS, file), 'utf8').split('\n')]),
  );
}

async function engineOver(articles: Record<string, string[]>, options: EngineOptions = {}): Promise<Engine> {
  const folder = tempFolder();
  for (const [file, lines] of Object.entries(articles)) writeFileSync(join(folder, file), lines.join('\n'));
  return Engine.fromFolder(folder, options);
}

/** Asserts that each question is answered, citing first the paragraph numbered `paragraph`. */
function expectAnsweredFrom(news: Engine, questions: readonly string[], paragraph: number): void {
  for (const question of questions) {
    const answer = news.ask(question);
    expect(answer.found, question).toBe(true);
    expect(answer.citations[0]?.paragraph, question).toBe(paragraph);
  }
}

describe('a value asked that only a paragraph naming no one gives', () => {
  it('is read in the other paragraphs of the article whose best passage lacks it ("The 24-year-old singer…")', async () => {
    const contest = await engineOver({
      'eurovision.txt': [
        "Austria's JJ wins Eurovision",
        '',
        'BASEL, May 18, 2025 — Austrian countertenor JJ won the Eurovision Song Contest on Saturday night with "Wasted Love".',
        '',
        "JJ, whose real name is Johannes Pietsch, finished ahead of Israel's Yuval Raphael.",
        '',
        "It is Austria's third victory in the contest.",
        '',
        'The 24-year-old singer, who trained at the Vienna State Opera, said he hoped his win would spread love.',
      ],
      ...seedFiles(),
    });
    expectAnsweredFrom(contest, ['How old is JJ?', 'Quel âge a JJ ?'], 4);
  });
});

describe('questions that count something', () => {
  const articles = {
    'goncourt.txt': [
      'Le prix Goncourt à Laurent Mauvignier',
      '',
      'PARIS, 4 novembre 2025 – Le prix Goncourt a été décerné mardi à Laurent Mauvignier, 58 ans, pour son roman « La Maison vide », paru le 21 août.',
      '',
      "Le livre, long de plus de 700 pages, retrace l'histoire de sa famille sur quatre générations.",
    ],
    'election.txt': [
      "Élection partielle dans l'Eure",
      '',
      "ÉVREUX, 3 juin 2025 – La candidate socialiste a remporté l'élection partielle avec 5 412 voix, contre 4 980 à son adversaire.",
    ],
  };

  it('are answered only from a passage that names what they count, not from one with other figures', async () => {
    const news = await engineOver(articles);
    for (const question of ['How many pages is Mauvignier’s novel?', 'Combien de pages fait le roman de Mauvignier ?'])
      expect(news.ask(question), question).toMatchObject({
        found: true,
        citations: [{ articleId: 'goncourt', paragraph: 2 }],
      });
    // Votes are counted in another article: the figures beside Mauvignier's name count something else.
    const votes = 'How many votes did Mauvignier get?';
    expect(news.ask(votes).found).toBe(false);
    expect((await engineOver(articles, { answers: { askedType: 'ignore' } })).ask(votes).found).toBe(true);
  });

  it('show in bold the sentence with the figure beside what they count, not one with a date', async () => {
    const jury = await engineOver({
      'election.txt': articles['election.txt'],
      'jury.txt': [
        'Le vote du jury Goncourt',
        '',
        "Le jury Goncourt s'est réuni le 4 novembre 2025 au restaurant Drouant pour départager le roman de Laurent Mauvignier et celui de Caroline Lamarche. Mauvignier l'a emporté par six voix contre quatre.",
      ],
    });
    const [cited] = jury.ask('Combien de voix a eu le roman de Mauvignier ?').citations;
    expect(cited!.text.slice(cited!.highlight.start, cited!.highlight.end)).toContain('six voix');
  });

  it('are answered by a figure after what they count where a link says it numbers it ("orders stood at 826")', async () => {
    const planes = await engineOver({
      'airbus.txt': [
        'Airbus delivered 766 jets in 2024',
        '',
        'TOULOUSE, Jan. 9, 2025 — Airbus delivered 766 commercial aircraft in 2024, the planemaker said on Thursday.',
        '',
        'Customers cancelled some orders for its widebody jets. After cancellations, net orders stood at 826.',
      ],
      ...seedFiles(),
    });
    expectAnsweredFrom(
      planes,
      ['How many net orders did Airbus get?', 'Combien de commandes nettes Airbus a-t-il reçues ?'],
      2,
    );
  });

  it('count people when the counted noun is a slip of one any figure counts ("how many peple")', async () => {
    const storm = await engineOver({
      'cyclone.txt': [
        'Cyclone Chido devastates Mayotte',
        '',
        'MAMOUDZOU, Dec. 16, 2024 — Cyclone Chido tore through Mayotte on Saturday with winds of more than 220 kilometres per hour.',
        '',
        'The official toll on Monday stood at 22 dead and more than 1,400 injured.',
      ],
      ...seedFiles(),
    });
    expectAnsweredFrom(storm, ['how many peple were injured in mayotte', 'how many people were injured in mayotte'], 2);
  });

  it('count with a figure later in the sentence where a count subject announces it ("the number of people killed … has risen to 217")', async () => {
    const floods = await engineOver({
      'floods.txt': [
        'Death toll from Valencia floods passes 200',
        '',
        "VALENCIA, Spain, Nov. 4, 2024 — The number of people killed by last week's flash floods in the Valencia region has risen to 217, Spanish authorities said on Monday.",
        '',
        'Most of the victims of the floods lived in the suburbs south of the city, such as Paiporta, where 62 homes were destroyed.',
      ],
      ...seedFiles(),
    });
    expectAnsweredFrom(floods, ['Combien de morts dans les inondations de Valence ?'], 1);
  });

  it('are not answered by a figure that counts something else beside what they count, in either language', async () => {
    // "Moroccan police stopped 68,000 undocumented migrant attempts": the police counted no police.
    for (const question of [
      'Combien de policiers français travaillent au Maroc ?',
      'How many police officers work in Morocco?',
    ])
      notFound(question);
    for (const question of [
      'Combien de réseaux criminels la police marocaine a-t-elle démantelés ?',
      'How many migrants did the Moroccan police stop?',
    ])
      expect(best(question).text, question).toContain('122 active criminal networks');
    // A figure written in words, which the index keeps no more than "et" ("cinq enfants"), or as a rank.
    const written = await engineOver({
      'famille.txt': [
        'Edward Baker',
        '',
        'Le 27 avril 1831, Baker se marie avec Mary Ann Foss ; ils auront cinq enfants ensemble.',
      ],
      'partielle.txt': [
        'Le Parti québécois remporte Arthabaska',
        '',
        "Le candidat du Parti québécois a remporté lundi l'élection avec 46 % des voix, la troisième partielle d'affilée enlevée par le parti.",
      ],
    });
    expect(written.ask("Combien d'enfants Baker a-t-il eus ?").found).toBe(true);
    expect(
      written.ask("Combien de partielles d'affilée le Parti québécois a-t-il gagnées ?").citations[0],
    ).toMatchObject({
      articleId: 'partielle',
    });
    // An amount is "how much", not "how many": its unit stands between the figure and what it pays for.
    expect(best("Combien d'argent l'UE a-t-elle accordé au Maroc ?").text).toContain('€70 million');
  });
});

describe('questions about what is to come', () => {
  it('are not answered with the past event, and are with a passage that speaks of the next one', async () => {
    for (const question of ['Quand aura lieu la prochaine réunion ?', 'When is the next meeting?'])
      expect(engine.ask(question).found, question).toBe(false);
    const planned = await engineOver({
      'reunions.txt': [
        'Les réunions des ministres',
        "La première réunion des ministres s'est tenue en janvier à Rabat.",
        'La prochaine réunion aura lieu en mars à Paris, selon le ministère.',
      ],
    });
    for (const question of ['Quand aura lieu la prochaine réunion ?', 'When is the next meeting?'])
      expect(planned.ask(question).citations[0]?.paragraph, question).toBe(2);
  });
});

describe('retrieval across articles', () => {
  it('answers plain English questions from a French news article on a topic the seeds never touch', async () => {
    const news = await engineOver({
      'dessalement.txt': [
        "Casablanca : la station de dessalement de l'eau de mer entrera en service en 2027",
        '',
        "La future station de dessalement de Casablanca, la plus grande d'Afrique, produira 300 millions de mètres cubes d'eau potable par an, a annoncé mardi le ministère de l'Équipement et de l'Eau.",
        '',
        'Le chantier, situé près de la commune de Lamharza Essahel, coûtera environ 6,5 milliards de dirhams. Il est financé en partenariat avec un consortium privé.',
        '',
        "L'usine consommera beaucoup d'électricité. Selon le ministère, cette énergie proviendra entièrement de parcs éoliens et solaires, afin de limiter les émissions de carbone.",
        '',
        "Une partie de l'eau produite sera destinée à l'irrigation. Les agriculteurs de la région de Doukkala, touchés par six années de sécheresse, réclament un accès prioritaire à cette eau et des tarifs réduits.",
        '',
        "Les écologistes s'inquiètent des rejets de saumure dans l'océan, qui pourraient nuire à la faune marine près des côtes.",
      ],
      ...seedFiles(),
    });
    // Electricity, cost, farmers, drinking water, drought: words of no seed and of no hand-made list.
    const expected: [string, number][] = [
      ['Where will the electricity for the desalination plant come from?', 3],
      ['How much will the plant cost?', 2],
      ['What do farmers want?', 4],
      ['How much drinking water will the plant produce each year?', 1],
      ['How long has the drought lasted?', 4],
    ];
    for (const [question, paragraph] of expected) {
      const cited = news.ask(question).citations[0];
      expect(cited?.articleId, question).toBe('dessalement');
      expect(cited?.paragraph, question).toBe(paragraph);
    }
  });

  it('reads a code written in the plural ("75 A350s") as the code a question names, in either language', async () => {
    const news = await engineOver({
      'livraisons.txt': [
        'Planemaker delivers 766 jets in 2024',
        '',
        'TOULOUSE, Jan. 9, 2025 — The planemaker delivered 766 commercial aircraft in 2024, up from 735 a year earlier, it said on Thursday.',
        '',
        'The A320neo family made up 602 of the deliveries, followed by 75 A350s, 32 A330s and 57 A220s.',
      ],
      ...seedFiles(),
    });
    expectAnsweredFrom(news, ['How many A350 were delivered?', "Combien d'A350 ont été livrés en 2024 ?"], 2);
  });

  it('finds the noun of a verb no article holds ("suspended": suspension), in either language', async () => {
    const tennis = await engineOver({
      'finale.txt': [
        'Alcaraz wins a record final',
        '',
        'PARIS, June 8, 2025 — Carlos Alcaraz came back from two sets down to beat Jannik Sinner in the final on Sunday.',
        '',
        'Sinner, who had not dropped a set on his way to the final, served for the match in the fourth set.',
        '',
        'The match lasted five hours and 29 minutes, the longest final in the history of the tournament.',
        '',
        'Sinner was playing his first tournament after a three-month suspension for doping that ended in May.',
      ],
      ...seedFiles(),
    });
    expectAnsweredFrom(tennis, ['How long was Sinner suspended?', 'Combien de temps Sinner a-t-il été suspendu ?'], 4);
  });

  it('answers "combien d\'argent" with an amount in its currency, which never names money', async () => {
    const quake = await engineOver({
      'seisme.txt': [
        "Séisme : l'aide internationale arrive",
        '',
        'RANGOUN, 8 avril 2025 – Onze jours après le séisme, la junte a fait état de 3 564 morts et de 5 012 blessés.',
        '',
        "La Chine et l'Inde ont envoyé des équipes de secours. Les États-Unis ont promis 9 millions de dollars d'aide.",
      ],
      ...seedFiles(),
    });
    const answer = quake.ask("Combien d'argent les États-Unis ont-ils promis ?");
    expect(answer.found).toBe(true);
    expect(answer.citations[0]?.paragraph).toBe(2);
  });

  it('reads "May" as the month where a date says so, though "may" is a stopword', async () => {
    const prices = await engineOver({
      'prix.txt': [
        'Inflation slows again in the euro area',
        '',
        'FRANKFURT, June 3, 2025 — Inflation in the euro area stood at 2.2% in April, Eurostat said.',
        '',
        'Inflation then fell to 1.9% in May, its lowest since September 2024, and economists say the trend may last.',
      ],
      ...seedFiles(),
    });
    expectAnsweredFrom(prices, ['What was inflation in May?', "Quelle était l'inflation en mai ?"], 2);
  });

  it('reads "US" and "U.S." as the United States, in either language', async () => {
    const medals = await engineOver({
      'medailles.txt': [
        'Les États-Unis en tête du tableau des médailles',
        '',
        'PARIS, 12 août 2024 – Les États-Unis ont terminé en tête avec 40 médailles d’or, à égalité avec la Chine.',
      ],
      'paralympics.txt': [
        'China dominates the Paralympics again',
        '',
        'PARIS, Sept. 8, 2024 — Chinese athletes won 94 gold medals at the Paralympic Games, far ahead of Britain.',
        '',
        'The U.S. team finished third with 36 gold medals, one fewer than in Tokyo.',
      ],
      ...seedFiles(),
    });
    expectAnsweredFrom(medals, ['How many gold medals did the US win at the Paralympics?'], 2);
    // Across languages too: "U.S." meets "États-Unis" through "United States".
    expect(medals.ask('How many gold medals did the U.S. win in August?').citations[0]?.articleId).toBe('medailles');
  });

  it('never reads a word its own language translates as the word the other language spells alike', async () => {
    // "union" read as English is, in one of its senses, the Soviet Union: Russia.
    const news = await engineOver({
      'seisme.txt': [
        "Séisme : l'aide internationale arrive",
        '',
        'RANGOUN, 8 avril 2025 – Onze jours après le séisme, la junte a fait état de 3 564 morts et de 5 012 blessés.',
        '',
        "La Chine, l'Inde et la Russie ont envoyé des équipes de secours. Les États-Unis ont promis 9 millions de dollars d'aide.",
      ],
      'tour.txt': [
        'Tour de France : Pogacar intouchable',
        '',
        "PARIS, 28 juillet 2025 – Tadej Pogacar a remporté son quatrième Tour de France avec plus de quatre minutes d'avance.",
      ],
    });
    expect(news.ask("Quelle aide l'Union européenne a-t-elle envoyée ?")).toMatchObject({
      found: false,
      reason: 'unknown-name',
    });
    expect(news.ask('Quelle aide la Russie a-t-elle envoyée ?').citations[0]?.paragraph).toBe(2);
  });

  it('reads a known word that no article holds as absent, not as the slip of another word', async () => {
    // "head" is no slip of "heap" (masse), whose French kin the spectators "se sont massés" would meet.
    const news = await engineOver({
      'tour.txt': [
        'Tour de France : Pogacar intouchable',
        '',
        'PARIS, 28 juillet 2025 – Tadej Pogacar a remporté son quatrième Tour de France.',
        '',
        'Selon les organisateurs, environ 12 millions de spectateurs se sont massés au bord des routes pendant les trois semaines.',
      ],
      'louvre.txt': [
        'Thieves steal crown jewels from the Louvre',
        '',
        'PARIS, Oct. 19, 2025 — Thieves broke into the Louvre on Sunday morning and stole eight pieces of crown jewels.',
        '',
        'Culture Minister Rachida Dati said security at the museum would be reviewed.',
      ],
    });
    expect(news.ask("What's the name of the head of Louvre security?").found).toBe(false);
    expect(news.ask('Who said security at the Louvre would be reviewed?').citations[0]?.articleId).toBe('louvre');
  });

  it("prefers the article about the question's subject to one that mentions it in passing", async () => {
    // Two paragraphs say the same of "a club"; one article is about the club, the other about a region.
    const clubs = await engineOver({
      'club.txt': [
        'Rhein-Neckar Löwen',
        'Le club de handball est fondé en 2002 à Kronau.',
        "À l'aube de la saison 2005, le club déménage dans la ville de Mannheim.",
        "Le club remporte son premier championnat d'Allemagne en 2016.",
        'Les supporteurs du club sont parmi les plus nombreux de la Bundesliga.',
      ],
      'acadie.txt': [
        "Histoire de l'Acadie",
        "L'Acadie est une ancienne colonie de la Nouvelle-France, sur la côte atlantique.",
        'Au XIXe siècle, la ville de Moncton devient le centre économique de la région.',
        'Un club de curling est fondé en 1960 à Moncton.',
        'La déportation des Acadiens commence en 1755 et disperse la population le long de la côte.',
      ],
    });
    for (const question of ['Quand le club a-t-il été fondé ?', 'When was the club founded?']) {
      expect(clubs.ask(question).citations[0]?.articleId, question).toBe('club');
    }
  });

  it("does not cite a passage that only scatters the question's words, scoring no better than the rest", async () => {
    const schools = await engineOver({
      'ecole.txt': [
        "L'école en France",
        'Les enseignants du primaire sont formés pendant cinq ans. La guerre de 1870 avait déjà changé les programmes scolaires.',
        "L'école est obligatoire de trois à seize ans depuis 2019.",
        "Les professeurs des lycées passent un concours national, le CAPES ou l'agrégation.",
      ],
      'guerre.txt': [
        'La guerre franco-allemande',
        'La guerre de 1870 oppose la France à la Prusse et à ses alliés allemands.',
        "Après la défaite de Sedan, l'Empire tombe et la République est proclamée à Paris.",
        "La paix de Francfort, signée en 1871, cède l'Alsace et une partie de la Lorraine.",
      ],
    });
    // "teachers" and "war" are in one paragraph, in two sentences, through translations; it says nothing of either question.
    for (const question of ['Why did the teachers protest against the war?', 'Which teachers fought in the war?']) {
      expect(schools.ask(question).found, question).toBe(false);
    }
    expect(schools.ask('What changed the school programs?').citations[0]?.text).toContain(
      'changé les programmes scolaires',
    );
  });
});
