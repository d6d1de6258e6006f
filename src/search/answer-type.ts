import { fold } from '../text/normalize.js';

/** What kind of thing a question asks for, when its wording says so. */
export type AnswerType = 'number' | 'age' | 'date' | 'name' | 'place';

/**
 * Types a passage either holds or not: a figure, an age, a date. (Names and places are in
 * nearly every passage, so they only weigh in ranking.)
 */
export const VALUE_TYPES: ReadonlySet<AnswerType> = new Set(['number', 'age', 'date']);

/** Attributes whose value is a figure: "what is the population of…", "quelle est la vitesse…". */
const MEASURED = '(?:prix|montant|nombre|cout|taille|population|superficie|duree|vitesse|salaire|budget|poids|hauteur|longueur|distance|price|amount|number|cost|size|area|duration|speed|salary|weight|height|length)';

const RULES: readonly [RegExp, AnswerType][] = [
  [/\b(?:how old|quel age|quel est l'age|what is the age|a quel age|at what age)\b/, 'age'],
  [new RegExp(`\\b(?:combien|how (?:many|much|long|far|fast|big|large|tall|high)|a quelle vitesse|quel(?:le)? (?:est|sont|etait) (?:le|la|l') ?${MEASURED}|what (?:is|was|are|were) the ${MEASURED}|what (?:percentage|proportion|number)|quel(?:le)? (?:pourcentage|nombre|proportion|montant))\\b`), 'number'],
  [/\b(?:quand|when|(?:en |a |de )?quel(?:le)?s? (?:annee|siecle|date|jour|mois|epoque)|(?:what|which) (?:year|century|date|day|month)|depuis quand|quel(?:le)? (?:est|etait) la (?:date|annee|periode)|what (?:is|was) the (?:date|year))\b/, 'date'],
  [/(?:^|[\s,])(?:où|where|dans quel(?:le)? (?:ville|pays|region)|in which (?:city|country|region))\b/, 'place'],
  [/\b(?:qui|who|whom|par qui)\b/, 'name'],
];

/** The answer type a question's wording asks for, if any ("combien" → number, "who" → name). */
export function expectedAnswerType(question: string): AnswerType | undefined {
  const text = question.toLowerCase();
  const folded = fold(question);
  for (const [pattern, type] of RULES) if (pattern.test(type === 'place' ? text : folded)) return type;
  return undefined;
}

/**
 * Life events a question may be about, each as the words that name it: "Where was Laftit
 * born?" is not answered by a passage about Laftit that never mentions his birth.
 */
const LIFE_EVENTS: readonly RegExp[] = [
  /(?<!\p{L})(?:born|birth|birthplace|née?s?|naissance|naît|naquit|naitre|naître)(?!\p{L})/u,
  /(?<!\p{L})(?:died|dies|death|dead|mort|morte|morts|meurt|mourut|mourir|décès|décédée?s?)(?!\p{L})/u,
];

/** A lifespan, "(1571-1610)": how encyclopedias give a birth and a death without naming them. */
const LIFESPAN = /\(\s*\d{3,4}\s*[-–]\s*\d{3,4}\s*\)/;

/**
 * What is still to come: a question that asks about it ("When is the next meeting?", "Quand aura
 * lieu la prochaine réunion ?") is not answered by a passage that only tells of the past one.
 * Per language: the words that mark it in a question (only those that name the future: "will"
 * and "sera" also ask about what is, and cost answers on wikiqa), and in a passage (there also
 * the future tense, a verb ending in -ra / -ront after its infinitive: "renforcera").
 */
const FUTURE_ASKED: readonly RegExp[] = [
  /(?<!\p{L})(?:next|upcoming|future)(?!\p{L})/iu,
  /(?<!\p{L})(?:prochaine?s?|futures?|futurs?|à venir)(?!\p{L})/iu,
];
const FUTURE_TOLD: readonly RegExp[] = [
  /(?<!\p{L})(?:will|shall|next|upcoming|future|to come|going to|plans? to|expected to|scheduled)(?!\p{L})/iu,
  /(?<!\p{L})(?:prochaine?s?|futures?|futurs?|avenir|à venir|aura|auront|sera|seront|va|vont|\p{Ll}{3,}r(?:a|ont))(?!\p{L})/u,
];

/** When a question asks about what is still to come: a test that a passage speaks of the future. */
export function askedFuture(question: string): ((passage: string) => boolean) | undefined {
  if (!FUTURE_ASKED.some((pattern) => pattern.test(question))) return undefined;
  return (passage) => FUTURE_TOLD.some((pattern) => pattern.test(passage));
}

/** The life event (birth, death) a question asks about, if any: a test that a passage names it. */
export function askedLifeEvent(question: string): ((passage: string) => boolean) | undefined {
  const lower = question.toLowerCase().normalize('NFC');
  const event = LIFE_EVENTS.find((pattern) => pattern.test(lower));
  return event && ((passage) => event.test(passage.toLowerCase()) || LIFESPAN.test(passage));
}

const MONTH = /\b(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|june|july|august|september|october|november|december)\b/;
/** Words that place an event in time without a year: days, seasons, "yesterday", "century". */
const TIME_WORD = /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hier|aujourd'hui|demain|yesterday|today|tomorrow|printemps|ete|automne|hiver|spring|summer|autumn|fall|winter|siecles?|century|centuries|decennie|decade|annees?|years?)\b/;
/** Figures written in words. */
const NUMBER_WORD = /\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|million|millions|milliard|milliards|dizaines?|douzaines?|quinzaines?|vingtaines?|trentaines?|centaines?|milliers?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|billion|billions|dozen|dozens|moitie|half|tiers|quart)\b/;
/** "les deux pays", "the two countries": a pair or a trio already known, which counts nothing. */
const KNOWN_GROUP = /\b(?:les|des|aux|ces|the|these|those) (?:deux|trois|two|three)\b/g;

/**
 * Whether a sentence holds something of the expected type: a figure, a date, or a capitalised
 * name that the question itself does not already contain.
 */
export function sentenceHasType(sentence: string, type: AnswerType, questionFolded: string): boolean {
  switch (type) {
    case 'age':
      // "les deux pays" holds a number word but no age: an age is written in digits or with its unit.
      return /\d/.test(sentence) || /\b(?:ans|years? old|aged?)\b/.test(fold(sentence));
    case 'number':
      return /\d/.test(sentence) || NUMBER_WORD.test(fold(sentence).replace(KNOWN_GROUP, ''));
    case 'date': {
      const folded = fold(sentence);
      return /\d/.test(folded) || MONTH.test(folded) || TIME_WORD.test(folded);
    }
    case 'name':
    case 'place': {
      for (const match of sentence.matchAll(/(?<=\S\s+)\p{Lu}[\p{L}-]{2,}/gu)) {
        if (!questionFolded.includes(fold(match[0]))) return true;
      }
      return false;
    }
  }
}
