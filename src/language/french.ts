import { stemmer as snowball } from '@orama/stemmers/french';
import { stopwords as snowballStopwords } from '@orama/stopwords/french';
import { words, type LanguageData } from './language-data.js';

/**
 * Snowball keeps the plural "x" after "eu" and "ou" ("bijoux", "jeux", "enjeux"), so the
 * singular never met its plural; it already makes "-euse" "-eux", which this leaves consistent.
 */
const X_PLURAL = /(?<=[eo]u)x$/;

/** Attributes whose value is a figure: "quelle est la vitesse…". */
const MEASURED =
  '(?:prix|montant|nombre|cout|taille|population|superficie|duree|vitesse|salaire|budget|poids|hauteur|longueur|distance)';

export const french: LanguageData<'fr'> = {
  code: 'fr',

  stopwords: [
    ...snowballStopwords,
    ...words(
      'combien comment pourquoi quand quoi lequel laquelle lesquels lesquelles dont est-ce ceux celle celui celles ' +
        'tout tous toute toutes tres aussi ainsi alors donc comme nom appelle appele appelee quelqu quelque chose ' +
        'selon lors depuis apres avant pendant sans sous chez vers parmi encore deja toujours jamais contre entre ' +
        'afin cependant pourtant puis ensuite quant quels quelles etait etaient avait avaient sera fut ' +
        'elles peut peuvent pourrait pouvait pouvaient doit doivent devrait devait devaient faut concernant ' +
        'peux pouvons pouvez pourra pourront pourrais pourraient dois devons devez devra devront devrais devraient ' +
        // "aller" as the future's auxiliary: "vont baisser" is "baisseront".
        'vais vas va allons allez vont allait allaient ' +
        // "le plus grand", "plus de": read as a word, its English stem "plu", rare, made it weigh as one.
        'plus ' +
        'veut veulent voulait voulaient voulu voudrait grace aupres fait faire',
    ),
  ],
  meaningfulWithAccent: ['né', 'née', 'nés', 'nées'],
  elisions: ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu'],
  possessives: [],
  // Snowball's French rules read accents ("sécurité" -> "sécur"), so they run before folding.
  stem: (lower) => snowball(lower).replace(X_PLURAL, ''),
  lemmaRules: [
    // Plurals and feminines of nouns and adjectives.
    ['s', ''],
    ['x', ''],
    ['aux', 'al'],
    ['e', ''],
    ['es', ''],
    ['trice', 'teur'],
    ['trices', 'teur'],
    ['euse', 'eur'],
    ['euses', 'eur'],
    ['ive', 'if'],
    ['ives', 'if'],
    ['elle', 'el'],
    ['elles', 'el'],
    ['enne', 'en'],
    ['ennes', 'en'],
    ['ere', 'er'],
    ['eres', 'er'],
    // Verbs of the first group (-er): participles, present, imperfect, simple past, future.
    ['e', 'er'],
    ['ee', 'er'],
    ['es', 'er'],
    ['ees', 'er'],
    ['ent', 'er'],
    ['ons', 'er'],
    ['ez', 'er'],
    ['ait', 'er'],
    ['aient', 'er'],
    ['ais', 'er'],
    ['ai', 'er'],
    ['a', 'er'],
    ['erent', 'er'],
    ['ant', 'er'],
    ['era', 'er'],
    ['eront', 'er'],
    ['erait', 'er'],
    ['eraient', 'er'],
    // Second group (-ir, -issons).
    ['i', 'ir'],
    ['ie', 'ir'],
    ['is', 'ir'],
    ['ies', 'ir'],
    ['it', 'ir'],
    ['issent', 'ir'],
    ['issait', 'ir'],
    ['issaient', 'ir'],
    ['issant', 'ir'],
    ['irent', 'ir'],
    // Third group in -re ("vendu", "perdent").
    ['u', 're'],
    ['ue', 're'],
    ['us', 're'],
    ['ues', 're'],
    ['ent', 're'],
    ['ait', 're'],
    ['aient', 're'],
  ],
  acronyms: {},
  abbreviations: words('m mm mme mmes mlle dr pr st ste etc cf p av j.-c'),

  markers: words(
    'le la les des du de un une et est sont etait ete qui que quoi quel quelle quels quelles ' +
      'combien comment pourquoi quand ou dans pour par sur avec au aux ce cette ces il elle ils elles ' +
      'leur leurs son sa ses nous vous mais ne pas plus se lors apres avant entre aussi deux selon ' +
      'y fait ont avait etaient sera seront ainsi tres sous depuis chez lequel laquelle dont ' +
      'était été où après très étaient',
  ),
  letters: /[éèêëàâîïôûùüçœ]/gi,

  interrogatives: [
    'quel',
    'quelle',
    'quels',
    'quelles',
    'quoi',
    'quand',
    'comment',
    'combien',
    'pourquoi',
    'lequel',
    'laquelle',
    'lesquels',
    'lesquelles',
  ],
  shortInterrogativeStart: 'qu',
  questionOpenings: [
    ...words(
      'qui que quoi quel quelle quels quelles quand ou comment combien pourquoi lequel laquelle lesquels lesquelles est-ce',
    ),
    "qu['’](?:est-ce|\\p{L}+)",
  ],
  closings: ["merci(?: (?:beaucoup|bcp|d['’]avance))?"],
  whichWords: ['quel', 'quelle', 'quels', 'quelles', 'lequel', 'laquelle'],
  whoWords: ['qui'],
  copulas: ['est', 'etait', 'sont', 'etaient', 'fut'],
  articles: ['le', 'la', 'les', 'un', 'une', "l'"],
  demonstratives: ['ce', 'cet', 'cette'],
  possessiveDeterminers: ['son', 'sa'],
  ofWords: ['de', 'du', 'des', "d'"],
  aboutWords: ['concernant ', 'sur ', "au sujet d(?:e |u |es |')", "a propos d(?:e |u |es |')"],
  whoIsOpenings: ['[Qq]ui (?:est|était|etait)(?:-ce)?', "[Cc]['’]est qui"],
  framePhrases: [
    '(?:eu|avoir|aura|auront|avait|avaient) lieu',
    'en ce moment',
    'ces temps-ci',
    // "Combien de temps" asks for a duration (the answer type reads it first): "temps" is no word of the subject.
    '(?:pendant |en )?combien de temps',
    'actuellement',
    // "À quoi le fonds est-il censé servir ?" asks à quoi il sert.
    'cens[ée]e?s?',
    '(?:faire|fait|font) face',
    'face(?= (?:à|a|au|aux)(?!\\p{L}))',
  ],
  greetings: [
    '(?:salut|coucou|bonjour|bonsoir|hello)(?: (?:tout le monde|à tous|a tous))?',
    'dis',
    'dites',
    'bon',
    'alors',
    'euh+',
    '@?(?:le )?bot',
    '(?:petite )?question(?: rapide| b[eê]te| idiote)?(?: pour (?:le|toi|vous) bot)?',
    'd[ée]sol[ée]e? de d[ée]ranger(?:,? mais)?',
    // "aide-moi", "aidez-moi".
    "aide[sz]?[- ]moi(?: (?:stp|svp|s['’]il (?:te|vous) pla[iî]t))?",
    "j['’]ai une (?:petite |courte )?question(?: (?:rapide|b[eê]te|pour (?:toi|vous|le bot)))?",
  ],
  askingOpenings: [
    "(?:est-ce que )?(?:tu sais|tu saurais|vous savez|vous sauriez|sais-tu|saurais-tu|savez-vous|sauriez-vous|quelqu['’]un (?:sait|saurait)|qqn (?:sait|saurait)|on sait)",
    "(?:(?:tu )?(?:peux|pourrais)[- ]tu |tu (?:peux|pourrais) |(?:pouvez|pourriez)[- ]vous |vous (?:pouvez|pourriez) )(?:me |m['’])?(?:rappeler|dire|expliquer)",
    "(?:quelqu['’]un|qqn) (?:peut|pourrait) (?:me |m['’])?(?:rappeler|dire|expliquer)",
    'rappelle[sz]?[- ]moi',
    'rappelez[- ]moi',
    'je me demand(?:ais|e)',
    '(?:juste )?par curiosit[ée]',
    "j['’]aimerais (?:bien )?savoir",
    'je (?:voudrais|veux) savoir',
    'une id[ée]e',
  ],
  politeOpenings: ["s'il (?:te|vous) pla[iî]t,? ", 'stp,? '],
  openingRequests: [
    '(?:(?:peux|pourrais)[- ]tu |(?:pouvez|pourriez)[- ]vous )(?:me |nous )?(?:dire|expliquer|parler|raconter|d[ée]crire|r[ée]sumer|montrer|donner)',
    '(?:parle|dis|raconte|explique|montre|donne|d[ée]cris|r[ée]sume)[sz]?(?:[- ]moi)?|(?:parlez|dites|racontez|expliquez|montrez|donnez|d[ée]crivez|r[ée]sumez)(?:[- ]moi)?',
  ],
  lightVerbs: [
    { noun: 'r[ôo]les?', verbs: ['jouer', 'joue', 'joué', 'jouée', 'joués', 'jouent', 'jouait', 'jouaient'] },
    // A count or a measure asked: its verb only links the figure to what it counts ("combien de
    // salariés compte Mistral ?", "quelle hauteur ont atteint les vagues ?").
    {
      noun: 'combien|quel(?:le)?s? (?:hauteur|niveau|montant|taux|vitesse|température|altitude|profondeur|longueur|taille|superficie|nombre)',
      verbs: words(
        'compte comptent comptait comptaient comptera compteront ' +
          'atteint atteinte atteints atteintes atteindre atteindra atteindront atteignait atteignaient',
      ),
    },
  ],
  frameNouns: words(
    'nom noms role raison raisons but buts objectif objectifs resultat resultats effet effets ' +
      'sorte genre type titre sens signification sujet sujets terme termes relation lien ' +
      'idee evenement chose choses exemple facon maniere moyen moyens methode principal principale ' +
      'premier premiere dernier derniere autre meilleur meilleure actuel actuelle ' +
      'montant montants nombre total somme valeur chiffre',
  ),
  nameQualifiers: words(
    'nord sud est ouest occidental occidentale oriental orientale septentrional meridional haut haute bas basse grand grande nouveau nouvelle',
  ),
  placePrepositions: ['en', 'à', 'au', 'aux', 'de', 'du', 'des', 'vers', 'depuis'],
  placeArticles: ["l(?:['’]|\\s+)"],
  placePhrases: words(
    'effet outre particulier fait plus moins propos partir cause travers raison vue faveur matiere cours tant face lieu savoir',
  ),

  answerTypeCues: [
    { type: 'age', pattern: /\b(?:quel age|quel est l'age|a quel age)\b/ },
    {
      type: 'money',
      pattern:
        /\bcombien (?:d'argent|coute|coutent|coutait|coutera|couteront|vaut|valait)\b|\bcout(?:e|ent|ait|era|eront)? combien\b|\bcombien (?:[^ ]+ ){0,6}?(?:coute|payes?|depenses?|rapportes?|donnes?|investis?|verses?|leves?|recus?|touches?|debourses?)\b|\bquel(?:le)? (?:(?:est|etait|a ete|sera) )?(?:le |la |l')?(?:cout|montant|budget|salaire|facture|amende)\b|\b(?:quel(?:le)? (?:est|etait|a ete|sera) (?:le )?|a quel )prix\b/,
    },
    {
      type: 'percent',
      pattern:
        /\bquel(?:le)? (?:(?:est|etait|a ete|sera) )?(?:le |la |l')?(?:pourcentage|proportion|taux)\b|\ba combien (?:s'eleve|s'elevait|se monte) (?:le|la) (?:taux|part)\b/,
    },
    { type: 'speed', pattern: /\ba quelle vitesse\b|\bquelle (?:est|etait|sera) (?:la )?vitesse\b/ },
    {
      type: 'duration',
      pattern:
        /\b(?:pendant |en )?combien de temps\b|\bpendant combien de\b|\bquelle (?:est|etait|sera) (?:la )?duree\b/,
    },
    {
      type: 'length',
      pattern:
        /\bquelle (?:est |etait |sera )?(?:la )?(?:longueur|distance|hauteur|profondeur|largeur)\b|\ba quelle (?:distance|hauteur|profondeur)\b|\bcombien de (?:kilometres|metres|km)\b/,
    },
    {
      type: 'number',
      pattern: new RegExp(
        `\\b(?:combien|a quelle vitesse|quel(?:le)? (?:est|sont|etait) (?:le|la|l') ?${MEASURED}|quel(?:le)? (?:pourcentage|nombre|proportion|montant))\\b`,
      ),
    },
    // Before "quand": "qu'a-t-il dit quand il a gagné ?" asks for his words.
    {
      type: 'speech',
      pattern:
        /\bqu'(?:a|ont|avait|avaient) (?:[^ ]+ ){0,4}?(?:dit|declare|affirme|repondu|annonce|explique|estime|pense)\b|\bqu'(?:a|ont)-t-(?:il|elle|ils|elles) (?:dit|declare|affirme|repondu|annonce|explique)\b|\bce qu(?:e |')(?:[^ ]+ ){1,4}?(?:a|ont|avait) (?:dit|declare|affirme|repondu|annonce|explique)\b|\bcomment (?:[^ ]+ ){1,4}?(?:a|ont)-t-(?:il|elle|ils|elles) (?:reagi|explique|justifie|repondu)\b/,
    },
    {
      type: 'date',
      pattern:
        /\b(?:quand|(?:en |a |de )?quel(?:le)?s? (?:annee|siecle|date|jour|mois|epoque)|depuis quand|quel(?:le)? (?:est|etait) la (?:date|annee|periode))\b/,
    },
    // Not \b after "où": it ends in a letter that \b does not count as one.
    { type: 'place', pattern: /(?:^|[\s,])(?:où(?!\p{L})|dans quel(?:le)? (?:ville|pays|region)\b)/u, accents: true },
    { type: 'name', pattern: /\b(?:qui|par qui)\b/ },
  ],
  lifeEvents: {
    birth: ['né', 'née', 'nés', 'nées', 'naissance', 'naît', 'naquit', 'naitre', 'naître'],
    death: ['mort', 'morte', 'morts', 'meurt', 'mourut', 'mourir', 'décès', 'décédé', 'décédée', 'décédés', 'décédées'],
  },
  lifeEventsTold: { birth: [], death: ['mortes', 'tué', 'tués', 'tuée', 'tuées', 'péri', 'perdu la vie'] },
  futureAsked: /(?<!\p{L})(?:prochaine?s?|futures?|futurs?|à venir)(?!\p{L})/iu,
  // Also the future tense: a verb ending in -ra / -ront after its infinitive ("renforcera"), and
  // the future told in reported speech, the conditional ("le conseil continuerait"), and what is
  // planned or hoped ("Arianespace espère un premier vol").
  futureTold:
    /(?<!\p{L})(?:prochaine?s?|futures?|futurs?|avenir|à venir|aura|auront|sera|seront|va|vont|prévoit|prévoient|prévue?s?|espère|espèrent|envisage|envisagent|projette|projettent|\p{Ll}{3,}r(?:a|ont|ait|aient))(?!\p{L})/u,
  yearBefore:
    /(?<!\p{L})(?:l'(?:an|annee) (?:dernier|derniere|passe|passee|precedent|precedente)|(?:un|1) an (?:plus tot|auparavant|avant)|(?:annee|an) (?:precedente|precedent|derniere|dernier))(?!\p{L})/u,
  months: words('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  monthsAlsoWords: [],
  // "avions", "sommes" after what counts or determines them, not "nous avions"; "été" as the
  // season, not "a été". ("est", the east, is left out: WOLF makes it a synonym of "État".)
  stopwordsAlsoWords: [
    {
      words: ['avions', 'sommes'],
      after: words('les des aux ces mes tes ses nos vos leurs quelques plusieurs certains nombreux autres'),
      elidedArticles: ['d'],
      afterFigure: true,
    },
    { words: ['ete'], after: words('un cet chaque en'), elidedArticles: ['l', 'd'] },
  ],
  shorthands: {
    cb: 'combien',
    cmb: 'combien',
    pk: 'pourquoi',
    pq: 'pourquoi',
    pkoi: 'pourquoi',
    qd: 'quand',
    koi: 'quoi',
    kel: 'quel',
    kelle: 'quelle',
    ki: 'qui',
    tt: 'tout',
    tjs: 'toujours',
    bcp: 'beaucoup',
    gvt: 'gouvernement',
    gouv: 'gouvernement',
    ds: 'dans',
    vs: 'contre',
  },
  chatFillers: words(
    'stp svp mdr lol jsp exactement precisement vraiment exact exacte exacts exactes precis precise precises',
  ),
  monthAbbreviations: [
    ['janv'],
    ['févr', 'fév'],
    [],
    ['avr'],
    [],
    [],
    ['juil'],
    [],
    ['sept'],
    ['oct'],
    ['nov'],
    ['déc'],
  ],
  weekdays: words('lundi mardi mercredi jeudi vendredi samedi dimanche'),
  timeWords: words("hier aujourd'hui demain printemps ete automne hiver siecle siecles decennie annee annees"),
  numberWords: words(
    'deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante septante huitante octante nonante cent cents mille ' +
      'million millions milliard milliards dizaine dizaines douzaine douzaines quinzaine quinzaines vingtaine vingtaines ' +
      'trentaine trentaines centaine centaines millier milliers moitie tiers quart',
  ),
  ordinalWords: words(
    'deuxieme second seconde troisieme quatrieme cinquieme sixieme septieme huitieme neuvieme dixieme onzieme douzieme ' +
      'quinzieme vingtieme trentieme cinquantieme centieme',
  ),
  knownGroups: { determiners: ['les', 'des', 'aux', 'ces'], numbers: ['deux', 'trois'] },
  countOpenings: ["combien d(?:e |')"],
  countedAnyhow: words('personnes gens fois ans annees jours mois semaines heures minutes siecles decennies argent'),
  countLinks: [
    '(?:etablit|etablissait|eleve|elevait|monte|montait) a ',
    '(?:a |ont |avait |avaient )?atteint ',
    '(?:est|etait|sont|etaient|a ete) de ',
    '(?:sont|etaient|totalise|totalisent) ',
    '(?:(?:est|sont) )?(?:passe|passes|tombe|tombes|grimpe) a ',
  ],
  countSubjects: words('nombre bilan'),
  approximations: ['(?:environ|pres de|plus de|moins de|au moins|quelque|presque|autour de|pas moins de) '],
  ageWords: ['ans', 'annee'],
  agePhrases: ["\\bagee?s? (?:de |d')(?:(?:une?|environ|pres de) )?\\S+ (?:d')?(?:ans|annees)\\b"],
  speechWords: words(
    'dit dire decrit decrite declare declaree affirme affirmee ajoute ajoutee explique expliquee estime estimee reconnu reconnue indique indiquee souligne soulignee annonce annoncee assure assuree remercie remerciee promis promise repondu averti avertie insiste evoque evoquee mentionne mentionnee selon',
  ),
  figureUnits: ['million', 'millions', 'milliard', 'milliards', 'pour cent'],
  quantityUnits: {
    money: [
      'euro',
      'euros',
      'dollar',
      'dollars',
      'livre sterling',
      'livres sterling',
      'dirham',
      'dirhams',
      'franc',
      'francs',
      'centimes',
      'yens',
      'yuans',
    ],
    percent: ['pour cent', 'pourcent', 'point de pourcentage', 'points de pourcentage'],
    speed: ['kilometres/heure', 'kilometres par heure', 'kilometres-heure', 'noeuds', 'mph'],
    length: words(
      'km kilometre kilometres metre metres cm centimetre centimetres mm millimetre millimetres pied pieds ' +
        'coudee coudees milles annees-lumiere',
    ),
    duration: [
      'seconde',
      'secondes',
      'minute',
      'minutes',
      'min',
      'heure',
      'heures',
      'h',
      'jour',
      'jours',
      'semaine',
      'semaines',
      'mois',
      'an',
      'ans',
      'annee',
      'annees',
      'decennie',
      'decennies',
    ],
  },
  ordinalSuffixes: ['er'],
  shortDecades: { after: ['annees'], endings: [] },

  roleNouns: words(
    'ministre ministres président présidente roi reine prince princesse homologue responsable porte-parole ' +
      'chancelier commissaire secrétaire ambassadeur ambassadrice maire gouverneur directeur directrice dirigeant ' +
      'chef fondateur fondatrice auteur auteure majesté préfet préfète administrateur administratrice',
  ),
  titles: words('m mme dr roi reine président ministre prince sa majesté général chancelier commissaire'),
  roleEndings: words('ministre président affaires intérieur roi reine commissaire secrétaire majesté'),
  nationalities: words(
    'français française marocain marocaine espagnol européen européenne africain syro-irakien américain allemand britannique italien',
  ),
  places: words(
    'maroc france espagne europe afrique rabat paris madrid casablanca tanger algerie tunisie libye syrie irak sahara mediterranee ' +
      'allemagne italie belgique royaume-uni londres bruxelles washington chine russie ukraine turquie egypte senegal mali niger sahel ' +
      'canada quebec amerique portugal grece lisbonne rome berlin geneve',
  ),
  organizationWords: words(
    'organisation union commission conférence comité institut fondation société ministère conseil nations police agence ' +
      'banque université parti association cour assemblée parlement fonds ue onu otan',
  ),
  organizations: words('UE ONU OTAN FMI OMS SNCF RATP UNESCO UNICEF OPEP'),
  notNameStarts: words(
    'le la les l un une des de du en au aux a dans par pour sur avec et mais ce cette ces il elle ils elles son sa ses leur selon lors depuis ' +
      'entre apres après avant pendant quand lorsque alors si',
  ),
  // Particles of names from languages the bot does not read, which French news quotes all the same.
  nameParticles: ['de', 'du', 'des', 'la', 'le', "d'", "l'", 'van', 'von', 'al', 'el', 'bin', 'ben'],
  conjunctions: ['et'],

  helpWords: ['aide'],
};
