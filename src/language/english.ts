import { stemmer as snowball } from '@orama/stemmers/english';
import { stopwords as snowballStopwords } from '@orama/stopwords/english';
import { words, type LanguageData } from './language-data.js';

const BRITISH_ISATION = /isation(?=s?$)/;

/** Attributes whose value is a figure: "what is the population of…". */
const MEASURED =
  '(?:price|amount|number|cost|size|area|duration|speed|salary|weight|height|length|population|budget|distance)';

export const english: LanguageData<'en'> = {
  code: 'en',

  stopwords: [
    ...snowballStopwords,
    ...words(
      'many much whose also s t yes name named called kind type one ones according among since within without ' +
        'upon toward towards across along around behind beyond despite however though although whether yet still ever ' +
        'must might may shall regarding concerning want wants wanted thanks done thing things ' +
        // Indefinite pronouns stand for what is asked, not for a word a passage must hold.
        'anyone anybody someone somebody everyone everybody anything something everything nothing nobody ' +
        // "going to", "gonna": the future's auxiliary, as "will" is.
        'going gonna ' +
        // "who got the Palme?", "did France get": a light verb, whose meaning is the noun's.
        'get gets got gotten getting',
    ),
  ],
  meaningfulWithAccent: [],
  elisions: [],
  possessives: ['s'],
  // British and American spellings meet: "organisation" is "organization".
  stem: (lower) => snowball(lower.replace(BRITISH_ISATION, 'ization')),
  lemmaRules: [
    // Plurals and third persons.
    ['ies', 'y'],
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['es', ''],
    ['men', 'man'],
    // Past tenses and participles; doubled consonants ("stopped", "planning").
    ['ied', 'y'],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
    ['bbed', 'b'],
    ['dded', 'd'],
    ['gged', 'g'],
    ['lled', 'l'],
    ['mmed', 'm'],
    ['nned', 'n'],
    ['pped', 'p'],
    ['rred', 'r'],
    ['tted', 't'],
    ['bbing', 'b'],
    ['dding', 'd'],
    ['gging', 'g'],
    ['lling', 'l'],
    ['mming', 'm'],
    ['nning', 'n'],
    ['pping', 'p'],
    ['rring', 'r'],
    ['tting', 't'],
    // Comparatives and superlatives.
    ['ier', 'y'],
    ['iest', 'y'],
    ['er', 'e'],
    ['er', ''],
    ['est', 'e'],
    ['est', ''],
  ],
  acronyms: {
    'U.S.': 'United States',
    US: 'United States',
    USA: 'United States',
    'U.K.': 'United Kingdom',
    UK: 'United Kingdom',
    'U.N.': 'United Nations',
  },
  abbreviations: words(
    'dr st mr mrs ms prof gen gov sen rep jr sr vs etc cf no nos vol p pp inc ltd co corp u.s e.g i.e',
  ),

  markers: words(
    'the of and to in is was what who whom whose which when where why how did does do ' +
      'are were be been has have had with for from by this that these those it its an about after before ' +
      'their they he she his her we you your our will would can could should many much not or at as ' +
      'there than then between during into over under also both other most first any some',
  ),

  interrogatives: ['which', 'what', 'where', 'when', 'whom', 'whose', 'many', 'much', 'does'],
  shortInterrogativeStart: 'wh',
  // Wh- words, and the verbs a yes-or-no question opens with ("…, but is the cooperation…").
  questionOpenings: words(
    'what which where when who whom whose why how is are was were do does did has have had can could will would',
  ),
  closings: ['(?:thanks|thank you|thx|ty|cheers)(?: (?:a lot|so much|in advance))?'],
  whichWords: ['which', 'what'],
  whoWords: ['who'],
  copulas: ['is', 'was', 'are', 'were'],
  articles: ['the', 'a', 'an'],
  demonstratives: [],
  possessiveDeterminers: ['his', 'her'],
  ofWords: ['of'],
  aboutWords: ['about ', 'regarding ', 'concerning '],
  whoIsOpenings: ["[Ww]ho(?: is|'s|’s| was)"],
  // "how long", "how far" ask for a figure (the answer type says so), and "long" is seldom in the answer.
  framePhrases: [
    // The answer type reads them first: "old" of "how old" is no word an age is written with.
    'how (?:long|far|old)',
    // "How long did it take / last?": the verb only asks for the duration.
    '(?<=\\bhow long\\b.*)(?:take|takes|took|taken|last|lasts|lasted)',
    '(?:take|takes|took|taken|taking) place',
    'these days',
    'right now',
    'at the moment',
    // "What is the fund meant to do?" asks what it is for.
    '(?:meant|supposed) to',
  ],
  greetings: [
    '(?:hey|hi|hello|yo|(?:good )?(?:morning|afternoon|evening))(?: (?:there|all|everyone|guys|folks))?',
    'ok(?:ay)?',
    'so',
    'well',
    'um+',
    '@?(?:the )?bot',
    '(?:quick|random|silly|dumb) (?:one|question)(?: for (?:the|you) bot)?',
    '(?:sorry|pardon me) (?:to bother|for asking)(?:,? but)?',
    '(?:i )?need (?:some |a little )?help(?: (?:here|please))?',
    "(?:i(?:'ve| have)? got|i have) an? (?:quick |small |short |silly |simple )?(?:question|q)(?: for (?:you|the bot))?",
    'quick q',
  ],
  askingOpenings: [
    '(?:do|does) (?:you|anyone|anybody|someone) (?:happen to )?know',
    '(?:any|got an?) ?(?:idea|clue)',
    '(?:anyone|anybody|someone|somebody)(?: (?:here|around|out there))? knows?',
    "i(?:'m| am| was)? wonder(?:ing)?",
    "i(?:'d| would) (?:like|love) to know",
    'i want(?: to know)?',
    '(?:just )?curious(?:,? but)?',
    '(?:(?:can|could) (?:you|someone|anyone|somebody|anybody) (?:please )?)?remind me',
    '(?:can|could) (?:someone|anyone|somebody|anybody) (?:please )?(?:tell|explain to) me',
  ],
  politeOpenings: ['please,? '],
  openingRequests: [
    '(?:(?:can|could|would) you (?:please )?)?(?:tell me|explain|describe|summari[sz]e|show me|give me|talk about)',
  ],
  lightVerbs: [
    { noun: 'roles?', verbs: ['play', 'plays', 'played', 'playing'] },
    // A count or a measure asked: "reach" only links the figure to what it measures.
    {
      noun: 'how (?:many|much|high|fast|far|long|big|large|strong)|what (?:level|height|speed|temperature|amount|number)',
      verbs: ['reach', 'reached', 'reaches', 'reaching'],
    },
  ],
  frameNouns: words(
    'name names role reason reasons purpose goal goals aim cause causes result results outcome ' +
      'consequence consequences effect effects type kind sort title meaning subject topic theme term ' +
      'terms definition difference relationship link point idea event thing things example way means ' +
      'method main first last other best current amount number total sum value figure',
  ),
  nameQualifiers: words('north south east west northern southern eastern western central upper lower greater new old'),
  placePrepositions: ['in', 'from', 'to', 'at', 'of'],
  placeArticles: [],
  placePhrases: words('order addition terms particular general fact total front favour favor charge response return'),

  answerTypeCues: [
    { type: 'age', pattern: /\b(?:how old|what is the age|at what age)\b/ },
    {
      type: 'money',
      pattern:
        /\bhow (?:much money|expensive)\b|\bhow much (?:[^ ]+ ){0,9}?(?:cost|costs|costing|pay|paid|spend|spent|raise|raised|earn|earned|receive|received|donate|donated|give|gave|invest|invested|worth|charge|charged)\b|\bwhat (?:is|was|were|are|will be) the (?:[^ ]+ ){0,3}?(?:cost|price|budget|salary|fine|bill)\b/,
    },
    {
      type: 'percent',
      pattern:
        /\bwhat (?:percentage|percent|proportion|share)\b|\bwhat (?:is|was|were|are|will be) the (?:[^ ]+ ){0,4}?(?:rate|turnout|percentage|proportion)\b/,
    },
    { type: 'speed', pattern: /\bhow fast\b|\bat what speed\b|\bwhat (?:is|was) the (?:[^ ]+ ){0,3}?speed\b/ },
    {
      type: 'duration',
      pattern:
        /\bhow long (?:did|does|do|will|would|has|have|had|is it|was it|can|could|must|should)\b|\bfor how long\b|\bwhat (?:is|was) the (?:[^ ]+ ){0,3}?duration\b/,
    },
    // "How long is the motorway?": a length, once "how long did it last" is read as a duration;
    // "how long was the theatre in operation" is a duration too, so only things that stretch.
    {
      type: 'length',
      pattern:
        /\bhow (?:tall|deep|wide)\b|\bwhat (?:is|was) the (?:[^ ]+ ){0,3}?(?:length|distance|height|depth|width)\b|\bin (?:kilometres|kilometers|miles|metres|meters)\b|\bhow long (?:is|was|will be) the (?:[^ ]+ ){0,3}?(?:road|route|motorway|highway|railway|line|river|bridge|tunnel|course|race|stage|coast|border|wall|track|trail|canal|runway|tapestry)\b/,
    },
    {
      type: 'number',
      pattern: new RegExp(
        `\\b(?:how (?:many|much|long|far|fast|big|large|tall|high)|what (?:is|was|are|were) the ${MEASURED}|what (?:percentage|proportion|number))\\b`,
      ),
    },
    // Before "when": "what did she say when she won?" asks for her words.
    {
      type: 'speech',
      pattern:
        /\bwhat (?:did|does|do|has|have|had|will|would) (?:[^ ]+ ){1,4}?(?:say|said|tell|told|declare|announce|reply|answer|respond|argue|think)\b|\bwhat (?:[^ ]+ ){1,4}?(?:says|said)\b|\bhow did (?:[^ ]+ ){1,4}?(?:react|respond|reply|explain|justify)\b/,
    },
    {
      type: 'date',
      pattern: /\b(?:when|(?:what|which) (?:year|century|date|day|month)|what (?:is|was) the (?:date|year))\b/,
    },
    { type: 'place', pattern: /(?:^|[\s,])(?:where|in which (?:city|country|region))\b/, accents: true },
    { type: 'name', pattern: /\b(?:who|whom)\b/ },
  ],
  lifeEvents: {
    birth: ['born', 'birth', 'birthplace'],
    death: ['died', 'dies', 'death', 'dead'],
  },
  lifeEventsTold: {
    birth: [],
    death: ['deaths', 'killed', 'perished', 'fatalities', 'lost their lives', 'lost his life', 'lost her life'],
  },
  // Only the words that name the future: "will" also asks about what is, and costs answers on wikiqa.
  futureAsked: /(?<!\p{L})(?:next|upcoming|future)(?!\p{L})/iu,
  // "would" too: the future told in reported speech ("the council would go on…"), and what is
  // planned, hoped or intended ("was planning five launches this year").
  futureTold:
    /(?<!\p{L})(?:will|would|shall|next|upcoming|future|to come|going to|plans? to|planned|planning|aims? to|aiming|hopes? to|hoping|intends? to|expected to|scheduled)(?!\p{L})/iu,
  yearBefore:
    /(?<!\p{L})(?:last year|(?:the|a) (?:year|12 months) (?:before|earlier)|(?:the )?previous year|(?:a|one) year (?:ago|earlier))(?!\p{L})/u,
  months: words('january february march april may june july august september october november december'),
  monthsAlsoWords: ['may'],
  stopwordsAlsoWords: [
    {
      words: ['may'],
      after: words('in since until till by early late mid last next during throughout of from before after'),
      beforeFigure: true,
    },
  ],
  shorthands: {
    govt: 'government',
    gov: 'government',
    abt: 'about',
    bc: 'because',
    cuz: 'because',
    ppl: 'people',
    u: 'you',
    ur: 'your',
    r: 'are',
    yr: 'year',
    yrs: 'years',
    wat: 'what',
    wut: 'what',
    hw: 'how',
    intl: 'international',
    natl: 'national',
    tho: 'though',
  },
  chatFillers: words('pls plz thx lol btw tbh imo idk exactly precisely actually really exact precise'),
  monthAbbreviations: [
    ['jan'],
    ['feb'],
    ['mar'],
    ['apr'],
    [],
    ['jun'],
    ['jul'],
    ['aug'],
    ['sep', 'sept'],
    ['oct'],
    ['nov'],
    ['dec'],
  ],
  weekdays: words('monday tuesday wednesday thursday friday saturday sunday'),
  timeWords: words('yesterday today tomorrow spring summer autumn fall winter century centuries decade year years'),
  numberWords: words(
    'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens half',
  ),
  ordinalWords: words(
    'second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth fifteenth twentieth thirtieth fiftieth hundredth',
  ),
  knownGroups: { determiners: ['the', 'these', 'those'], numbers: ['two', 'three'] },
  countOpenings: ['how many'],
  countedAnyhow: words('people persons times years days months weeks hours minutes centuries decades money'),
  countLinks: [
    '(?:stood|stands|stand) at ',
    '(?:reached|reaches|totall?ed|totals|numbered) ',
    '(?:(?:has|have|had) )?(?:came|come|rose|risen|fell|fallen|climbed|dropped|increased|decreased|grew|grown|jumped) to ',
    '(?:was|were|is|are) ',
  ],
  countSubjects: words('number toll tally'),
  approximations: [
    '(?:at least|about|around|nearly|almost|some|over|roughly|an estimated|more than|fewer than|less than|close to|up to) ',
  ],
  ageWords: ['years old', 'year old', 'aged', 'age', 'years'],
  // "Tavares, 66, had run…": a name's age in apposition.
  agePhrases: ['\\b\\d+[- ]years?[- ]old\\b', '\\baged \\d{1,3}\\b', '[a-z], \\d{1,3}, '],
  speechWords: words(
    'said says say told tells described describes describe added declared stated announced explained warned thanked acknowledged admitted insisted argued replied responded urged called vowed promised mentioned according',
  ),
  figureUnits: ['million', 'millions', 'billion', 'billions', 'percent'],
  quantityUnits: {
    money: [
      'euro',
      'euros',
      'dollar',
      'dollars',
      'pound',
      'pounds',
      'sterling',
      'dirham',
      'dirhams',
      'franc',
      'francs',
      'yen',
      'yuan',
      'cents',
    ],
    percent: ['percent', 'per cent', 'percentage point', 'percentage points'],
    speed: ['kph', 'mph', 'kilometres per hour', 'kilometers per hour', 'miles per hour', 'knots'],
    length: words(
      'km kilometre kilometres kilometer kilometers mile miles metre metres meter meters cm centimetre centimetres ' +
        'centimeter centimeters mm millimetres millimeters feet foot inch inches yards cubits light-years',
    ),
    duration: [
      'second',
      'seconds',
      'minute',
      'minutes',
      'hour',
      'hours',
      'day',
      'days',
      'week',
      'weeks',
      'month',
      'months',
      'year',
      'years',
      'decade',
      'decades',
    ],
  },
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  shortDecades: { after: [], endings: ['s'] },

  roleNouns: words(
    'minister ministers president king queen prince princess counterpart official spokesman spokesperson ' +
      'chancellor commissioner secretary ambassador mayor governor director leader head founder author chairman prefect administrator',
  ),
  titles: words('mr mrs ms dr king queen president minister prince his her sir lord general chancellor commissioner'),
  roleEndings: words('minister president affairs interior king queen commissioner chancellor secretary majesty'),
  nationalities: words(
    'french moroccan spanish european african syrian iraqi syrian-iraqi american german british italian',
  ),
  places: words(
    'morocco france spain europe africa rabat paris madrid casablanca tangier algeria tunisia libya syria iraq sahara mediterranean ' +
      'germany italy belgium united kingdom london brussels washington china russia ukraine turkey egypt senegal mali niger sahel ' +
      'canada quebec usa america portugal greece lisbon rome berlin geneva',
  ),
  organizationWords: words(
    'organisation organization union commission conference committee institute foundation society corporation ministry council ' +
      'nations police agency bank university company party association court assembly parliament office fund eu un nato',
  ),
  organizations: words('EU UN NATO IMF WHO UNESCO UNICEF OPEC'),
  notNameStarts: words(
    'the a an on in at by for from to of and but as this that these those it he she they we his her its their ' +
      'between after before since during while within when where whereas although however under over against among',
  ),
  // Particles of names from languages the bot does not read, which English news quotes all the same.
  nameParticles: ['of', 'for', 'the', 'van', 'von', 'al', 'el', 'bin', 'ben'],
  conjunctions: ['and'],

  helpWords: ['help'],
};
