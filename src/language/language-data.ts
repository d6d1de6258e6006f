/**
 * Everything the code knows of one language, as data. The mechanisms (tokenizer, stemmer,
 * detection, question reading, answer types, sentence splitting, names in summaries) take it;
 * none of them holds a word of any language. A language is one module exporting one of these
 * (see `english.ts`, `french.ts`) and one line in `registry.ts`.
 *
 * Words are lower case. "Folded" words have no accents either (see `text/normalize.ts`), since
 * they are compared with folded text; the other lists are compared as written and say so.
 * A field typed `Pattern` is the source of a regular expression (Unicode mode, case as the field
 * says), joined with the other languages' into one expression: it may not hold capturing groups.
 */
export type Pattern = string;

/** The words of a list written as one string, separated by single spaces: how the language modules write long lists. */
export function words(list: string): string[] {
  return list.split(' ');
}

/** Take `suffix` off a folded word and put `replacement` in its place: "agriculteurs" -(s, '')-> "agriculteur". */
export type SuffixRule = readonly [suffix: string, replacement: string];

/** A figure of one kind, given with its unit: "how much did it cost" wants money, not any figure. */
export type QuantityType = 'money' | 'percent' | 'speed' | 'duration' | 'length';

/** What kind of thing a question asks for, when its wording says so. */
export type AnswerType = 'number' | QuantityType | 'age' | 'date' | 'name' | 'place' | 'speech';

/** The units written alike in every language ("€", "%", "km/h"), beside each language's own words for them (`quantityUnits`). */
export const UNIT_SYMBOLS: Readonly<Record<QuantityType, readonly string[]>> = {
  money: ['€', '$', '£'],
  percent: ['%'],
  speed: ['km/h', 'kmh'],
  duration: [],
  length: [],
};

/** A life event a question may ask about, which the answering passage has to name. */
export type LifeEvent = 'birth' | 'death';

/** Wording of a question that tells the kind of answer it wants. */
export interface AnswerTypeCue {
  readonly type: AnswerType;
  /** Tested on the question folded, or, with `accents`, lower case with its accents ("où" is not "ou"). */
  readonly pattern: RegExp;
  readonly accents?: true;
}

export interface LanguageData<Code extends string = string> {
  /** ISO 639-1 code: the name of its locale file, the start of Discord's locales for it, its key in the vocabulary. */
  readonly code: Code;

  // ——— Words and their forms ———

  /** Folded words that carry no meaning of their own: function words, and words that only frame a question ("how many", "name"). */
  readonly stopwords: readonly string[];
  /** Words, with their accents, whose folded spelling is a stopword but which mean something: "né" (born) is not "ne". */
  readonly meaningfulWithAccent: readonly string[];
  /** Words glued before another by an apostrophe and dropped with it ("l" of "l'État"), folded. */
  readonly elisions: readonly string[];
  /** Endings glued after a word by an apostrophe and dropped with it ("s" of "Spain's"), folded. */
  readonly possessives: readonly string[];
  /** The stem of a lower-case word with its accents (the caller folds it, and leaves short words and figures alone). */
  readonly stem: (lower: string) => string;
  /**
   * Suffix rules that propose a folded word's lemma; the bilingual vocabulary keeps a lemma only
   * if it knows it, so a rule may be broad. Order matters: the first rule whose lemma is known
   * wins, so the rule that undoes the more common inflection comes first.
   */
  readonly lemmaRules: readonly SuffixRule[];
  /**
   * Abbreviations that end with a period without ending the sentence ("m" of "M. Laftit"), lower
   * case with accents; the months' are `monthAbbreviations`.
   */
  readonly abbreviations: readonly string[];
  /**
   * Acronyms as written (case and full stops count) and the words they stand for, read as those
   * words in every text: "U.S." and "US" are a stopword and two lone letters otherwise, and
   * "United States" meets "États-Unis" through the vocabulary. Only forms no common word is
   * written as: not "UN", which an all-capitals French title writes for "un".
   */
  readonly acronyms: Readonly<Record<string, string>>;

  // ——— Telling the language of a text ———

  /** Short, frequent words of this language and not of the others, lower case, with and without accents. */
  readonly markers: readonly string[];
  /** Letters only this language writes (global flag: each one counts half a marker). */
  readonly letters?: RegExp;

  // ——— Reading a question ———

  /** The words that open and steer a question ("which", "combien"): slips in them are mended. Folded. */
  readonly interrogatives: readonly string[];
  /** A three-letter slip is mended only to an interrogative that starts so ("wat" → "what", never "man" → "many"). */
  readonly shortInterrogativeStart: string;
  /**
   * What a question proper opens with ("what", "pourquoi", "qu'est-ce"), on folded text: in a
   * chat message, what a break (",", ":", "!") puts before one is a preamble ("Sorry to
   * bother, but what…").
   */
  readonly questionOpenings: readonly Pattern[];
  /**
   * Thanks that close a chat message after its question ("thx in advance", "merci bcp"),
   * case-insensitive: dropped at its end, where no question mark sets them apart.
   */
  readonly closings: readonly Pattern[];
  /** Folded words after which the next word names the kind of answer ("*Which* country…", "*Quel* animal…"). */
  readonly whichWords: readonly string[];
  /** Folded words that ask for a person ("who"): "Who is the king of…" asks for the king, not for a kind. */
  readonly whoWords: readonly string[];
  /** Folded forms of "to be" that join a question word to what it asks for ("what *is* the…"). */
  readonly copulas: readonly string[];
  /** Articles, folded; one ending in an apostrophe is glued to the next word ("l'"). */
  readonly articles: readonly string[];
  /** Demonstratives, folded ("this", "cette"). */
  readonly demonstratives: readonly string[];
  /** Possessive determiners of the third person, folded ("his", "sa"). */
  readonly possessiveDeterminers: readonly string[];
  /** Folded words that tie a noun to what it is of ("the salary *of*…", "le roi *d'*Espagne"); one ending in an apostrophe is glued. */
  readonly ofWords: readonly string[];
  /** Words after which a question says what it is about: "about", "au sujet d(?:e |u |es |')". Folded, each ending in its space or apostrophe. */
  readonly aboutWords: readonly Pattern[];
  /** Openings of "Who is X?" ("[Ww]ho(?: is|'s)", "[Cc]['’]est qui"), as written, before the space and the name. */
  readonly whoIsOpenings: readonly Pattern[];
  /** Set phrases that frame a question as stopwords do ("take place", "avoir lieu"), case-insensitive, with accents. */
  readonly framePhrases: readonly Pattern[];
  /**
   * What opens a chat message before its question and asks nothing: greetings and the bot
   * addressed ("hey", "salut", "le bot", "quick question"), case-insensitive, without their
   * punctuation. Any run of them at the start is dropped, with the commas and "!" between.
   */
  readonly greetings: readonly Pattern[];
  /**
   * Asking whether the bot knows, rather than what ("do you know", "any idea", "tu sais",
   * "quelqu'un sait", "tu peux me rappeler"), case-insensitive: dropped at the start of a
   * question, after any greeting. Left in, their words weigh as rare ones no passage holds.
   */
  readonly askingOpenings: readonly Pattern[];
  /** Courtesies that may open a request ("please,? "), case-insensitive, each ending in its space. */
  readonly politeOpenings: readonly Pattern[];
  /** Requests that open a question in chat and say what to do with the answer ("tell me", "parle-moi"), case-insensitive. */
  readonly openingRequests: readonly Pattern[];
  /**
   * A word whose verbs say nothing more beside it, whatever the order ("role" and "play";
   * "combien" and "compte", a count's "has"): the verbs are dropped when the word is there.
   * Case-insensitive, with accents.
   */
  readonly lightVerbs: readonly { readonly noun: Pattern; readonly verbs: readonly string[] }[];
  /** Folded nouns that frame a question rather than name what it asks about ("name", "rôle"): the answer seldom repeats them. */
  readonly frameNouns: readonly string[];
  /** Folded words that qualify a name rather than name something ("North" of "North Africa"). */
  readonly nameQualifiers: readonly string[];
  /** Words, lower case with accents, after which a word of a question typed in lower case reads as a place ("in italy"). */
  readonly placePrepositions: readonly string[];
  /** Articles that may stand between such a preposition and the place ("de l'algérie"), as a pattern ending in its space or apostrophe. */
  readonly placeArticles: readonly Pattern[];
  /** Folded words that follow such a preposition in set phrases, not places ("in order", "en outre"). */
  readonly placePhrases: readonly string[];

  // ——— What kind of answer ———

  /** The wordings that tell what a question asks for. Order matters only within one type. */
  readonly answerTypeCues: readonly AnswerTypeCue[];
  /** Words, lower case with accents, that name each life event ("born", "naissance"), in a question or a passage. */
  readonly lifeEvents: Readonly<Record<LifeEvent, readonly string[]>>;
  /**
   * More words a passage tells each life event with ("killed", "lost their lives"): in a
   * question they ask something else ("Qui a tué David ?" asks who, and its passage may say
   * "assassiné").
   */
  readonly lifeEventsTold: Readonly<Record<LifeEvent, readonly string[]>>;
  /** A question that asks about what is still to come ("next", "prochain"). */
  readonly futureAsked: RegExp;
  /** A passage that speaks of what is still to come ("will", the French future tense). */
  readonly futureTold: RegExp;
  /**
   * Words that speak of the year before the one a text is dated ("last year", "l'an dernier"),
   * read on folded text: an article of 2024 that holds them may give 2023's figures without
   * naming 2023.
   */
  readonly yearBefore: RegExp;
  /** The months, lower case with accents, in calendar order. */
  readonly months: readonly string[];
  /** Months also written as common words ("may"): they date a sentence only beside a figure. Folded. */
  readonly monthsAlsoWords: readonly string[];
  /**
   * Stopwords that are also words worth searching, each read and indexed as the word where the
   * words around it say so, and a stopword elsewhere: "may" the month ("in May", "May 5"),
   * "avions" the planes ("des avions", "820 avions", "d'avions"), "été" the summer ("cet été",
   * "l'été"), not "nous avions", "a été".
   */
  readonly stopwordsAlsoWords: readonly StopwordAlsoWord[];
  /**
   * Words members type for longer ones in a chat, folded, with the word each stands for ("cb":
   * "combien", "govt": "government"); read so only where no article and no vocabulary knows them.
   */
  readonly shorthands: Readonly<Record<string, string>>;
  /** What a chat adds to a question without asking anything ("stp", "lol"), folded: read as nothing. */
  readonly chatFillers: readonly string[];
  /**
   * The months' abbreviations ("Sept.", "déc."), lower case with accents, without their full stop:
   * one list per month, in calendar order. They end no sentence either.
   */
  readonly monthAbbreviations: readonly (readonly string[])[];
  /** The days of the week, lower case with accents. */
  readonly weekdays: readonly string[];
  /** Folded words that place an event in time without a figure: "yesterday", "winter", "century". */
  readonly timeWords: readonly string[];
  /** Folded words that write a figure ("two", "dozens", "half"). */
  readonly numberWords: readonly string[];
  /** Folded ordinals from "second" on: a rank before a noun counts as a figure does ("la *troisième* partielle d'affilée"). */
  readonly ordinalWords: readonly string[];
  /** A pair already known, which counts nothing ("*the two* countries"): determiners and small numbers, folded. */
  readonly knownGroups: { readonly determiners: readonly string[]; readonly numbers: readonly string[] };
  /**
   * What opens a question that counts something, with the counted noun right after it ("how
   * many", "combien de"), as patterns for folded text: a figure answers it only in a passage
   * that names what it counts ("How many pages…" is not answered by a paragraph with no pages).
   */
  readonly countOpenings: readonly Pattern[];
  /**
   * Folded counted nouns that any figure may count, which passages seldom name beside it:
   * "How many people were evacuated?" and "735 000 évacués", "combien d'années" and "de 1990 à 2005";
   * "how much money" and any sum ("140 millions d'euros de primes").
   */
  readonly countedAnyhow: readonly string[];
  /**
   * What may stand between a counted word and a figure after it, as patterns for the folded
   * words between, each followed by one space ("stood at ", "a atteint "): "net orders stood at
   * 826" counts orders, "police stopped 68,000 migrants" no police. Nothing between counts too
   * ("killed 34 people"), and so does an approximation alone ("killed at least 34").
   */
  readonly countLinks: readonly Pattern[];
  /**
   * Folded nouns that announce a count ("number", "toll", "bilan"): where one stands just around
   * the counted word, its figure may come later in the sentence, after a count link ("the number
   * of people killed by the floods in the region has risen to 217").
   */
  readonly countSubjects: readonly string[];
  /** What makes a figure approximate, as patterns for folded words, each followed by one space ("at least ", "pres de "). */
  readonly approximations: readonly Pattern[];
  /** Folded words that make a figure beside them an age ("years old", "ans"): "en 1999" is no age. */
  readonly ageWords: readonly string[];
  /**
   * Patterns, for folded text, of an age written with a unit of time ("a 69-year-old", "âgés
   * d'une trentaine d'années"): a figure and its unit, but no answer to "how long".
   */
  readonly agePhrases: readonly Pattern[];
  /**
   * Folded words that report what someone said ("said", "thanked", "a déclaré", "selon"): with a
   * quotation mark, what a sentence holds when "what did X say" is asked.
   */
  readonly speechWords: readonly string[];
  /** Words, lower case with accents, that follow a figure as its unit ("millions", "pour cent"). */
  readonly figureUnits: readonly string[];
  /**
   * Per kind of quantity, the words a figure of that kind is given in, folded ("euros", "pour
   * cent"), beside the symbols every language writes alike (`UNIT_SYMBOLS`): a passage answers
   * "how much did it cost" only with a figure and one of these. Words are matched whole.
   */
  readonly quantityUnits: Readonly<Record<QuantityType, readonly string[]>>;
  /** Endings of a day's number written as an ordinal ("1st", "1er"), lower case. */
  readonly ordinalSuffixes: readonly string[];
  /**
   * How a decade is written short, as articles seldom write it: after one of these folded words
   * ("années 70") or with one of these endings ("70s"). Read as its first year ("1970"), which
   * is what "1970s" and "années 1970" are indexed as.
   */
  readonly shortDecades: { readonly after: readonly string[]; readonly endings: readonly string[] };

  // ——— Names, for "Who is…?" and summaries ———

  /** Nouns, lower case with accents, that say who someone is ("minister", "homologue"). */
  readonly roleNouns: readonly string[];
  /** Folded words written just before a name, which make it a person's ("Mr", "King", "Mme"). */
  readonly titles: readonly string[];
  /** Folded words that end a role written before a name ("Minister of Foreign *Affairs* Jean-Yves Le Drian"). */
  readonly roleEndings: readonly string[];
  /** Nationality adjectives, as written (case aside): "French Minister" is not a name. */
  readonly nationalities: readonly string[];
  /** Folded names of countries, regions and cities common in the news. */
  readonly places: readonly string[];
  /** Words, case aside, that make a run of capitalised words an organisation's name ("Union", "Ministère"), acronyms too. */
  readonly organizationWords: readonly string[];
  /** Acronyms of organisations that stand alone in the news ("NATO"), in capitals. */
  readonly organizations: readonly string[];
  /** Folded words that start a run of capitalised words without being part of the name ("The", "Selon"). */
  readonly notNameStarts: readonly string[];
  /** Words that join the capitalised words of one name ("Gare *du* Nord"), as written; one ending in an apostrophe is glued. */
  readonly nameParticles: readonly string[];
  /** Words that join two names into one longer name before its acronym ("Food *and* Agriculture Organization (FAO)"). */
  readonly conjunctions: readonly string[];

  // ——— Chat ———

  /** A line that is only one of these words (and punctuation) asks for the commands, in this language. */
  readonly helpWords: readonly string[];
}

/** Stopwords that are also words, and what tells the word (see `LanguageData.stopwordsAlsoWords`). Folded. */
export interface StopwordAlsoWord {
  readonly words: readonly string[];
  /** The words after which it is the word ("in" May, "des" avions). */
  readonly after: readonly string[];
  /** It is the word right after an article elided into it ("l'", "d'": "l'été", "d'avions"). */
  readonly elidedArticles?: readonly string[];
  /** It is the word after a figure or a number word ("820 avions", "deux avions"). */
  readonly afterFigure?: true;
  /** It is the word before a figure ("May 5", "May 2025"). */
  readonly beforeFigure?: true;
}
