import { alternation, compiledPer, literals, wholeWords } from '../../language/compiled.js';
import {
  UNIT_SYMBOLS,
  type AnswerType,
  type LanguageData,
  type LifeEvent,
  type QuantityType,
} from '../../language/language-data.js';
import { REGISTERED_LANGUAGES, type Languages } from '../../language/registry.js';
import { fold } from '../../text/normalize.js';

export type { AnswerType };

const QUANTITY_TYPES: readonly QuantityType[] = ['money', 'percent', 'speed', 'duration', 'length'];

/** Whether a type is a quantity, written with its unit ("9 millions de dollars", "3 heures"). */
export function isQuantity(type: AnswerType | undefined): type is QuantityType {
  return (QUANTITY_TYPES as readonly (AnswerType | undefined)[]).includes(type);
}

/**
 * Types a passage either holds or not: a figure (of a kind, with its unit), an age, a date.
 * (Names and places are in nearly every passage, so they only weigh in ranking.)
 */
export const VALUE_TYPES: ReadonlySet<AnswerType> = new Set(['number', ...QUANTITY_TYPES, 'age', 'date']);

/**
 * The order answer types are read in. Order matters: "how old" is an age before "how" is anything
 * else, "how much did it cost" money before "how much" a figure, "what did she say when…" her
 * words before "when" a date, "when" a date before "qui" a name.
 */
const ANSWER_TYPES: readonly AnswerType[] = ['age', ...QUANTITY_TYPES, 'number', 'speech', 'date', 'place', 'name'];
const LIFE_EVENTS: readonly LifeEvent[] = ['birth', 'death'];

/** Whole words of one language, as a pattern that finds one of them (`\b` boundaries: for folded text). */
function wordsPattern(words: readonly string[], flags = ''): RegExp {
  return new RegExp(`\\b(?:${literals(words)})\\b`, flags);
}

const answerTypesOf = compiledPer((languages: Languages) =>
  ANSWER_TYPES.map((type) => ({
    type,
    cues: languages.flatMap((language) => language.answerTypeCues.filter((cue) => cue.type === type)),
  })),
);

/** Per language, the words that name each life event in a question. */
const lifeEventsOf = compiledPer(
  (language: LanguageData) =>
    new Map(LIFE_EVENTS.map((event) => [event, wholeWords(literals(language.lifeEvents[event]))])),
);

/** Per language, the words that tell each life event in a passage: those, and more. */
const lifeEventsToldOf = compiledPer(
  (language: LanguageData) =>
    new Map(
      LIFE_EVENTS.map((event) => [
        event,
        wholeWords(literals([...language.lifeEvents[event], ...language.lifeEventsTold[event]])),
      ]),
    ),
);

/** A test of a passage, which reads it with its own language's words. */
export type PassageTest = (passage: string, language: LanguageData) => boolean;

/** The answer type a question's wording asks for, if any ("combien" → number, "who" → name). */
export function expectedAnswerType(
  question: string,
  languages: Languages = REGISTERED_LANGUAGES,
): AnswerType | undefined {
  const lower = question.toLowerCase();
  const folded = fold(question);
  for (const { type, cues } of answerTypesOf(languages)) {
    if (cues.some((cue) => cue.pattern.test(cue.accents ? lower : folded))) return type;
  }
  return undefined;
}

/** Quotation marks of either language: a sentence that quotes someone. */
const QUOTATION_MARK = /[«»“”"]/;

/** A lifespan, "(1571-1610)": how encyclopedias give a birth and a death without naming them. */
const LIFESPAN = /\(\s*\d{3,4}\s*[-–]\s*\d{3,4}\s*\)/;

/**
 * The life event (birth, death) a question asks about, if any: a test that a passage names it.
 * "Where was Laftit born?" is not answered by a passage about Laftit that never mentions his birth.
 */
export function askedLifeEvent(question: string, languages: Languages = REGISTERED_LANGUAGES): PassageTest | undefined {
  const lower = question.toLowerCase().normalize('NFC');
  // The question may be in any of the languages; the passage is read in its own.
  const event = LIFE_EVENTS.find((asked) =>
    languages.some((language) => lifeEventsOf(language).get(asked)!.test(lower)),
  );
  if (event === undefined) return undefined;
  return (passage, language) =>
    lifeEventsToldOf(language).get(event)!.test(passage.toLowerCase()) || LIFESPAN.test(passage);
}

/**
 * When a question asks about what is still to come, a test that a passage speaks of the future:
 * "When is the next meeting?" is not answered by a passage that only tells of the past one.
 * The passage is read with its own language's words, whatever the question's.
 */
export function askedFuture(question: string, languages: Languages = REGISTERED_LANGUAGES): PassageTest | undefined {
  if (!languages.some((language) => language.futureAsked.test(question))) return undefined;
  return (passage, language) => language.futureTold.test(passage);
}

/** Units as one pattern: words whole (`\\b` boundaries, for folded text), symbols ("%", "km/h") anywhere. */
function unitsPattern(units: readonly string[]): RegExp {
  const isWord = (unit: string) => /^[a-z]+(?: [a-z]+)*$/.test(unit);
  const words = units.filter(isWord);
  const symbols = units.filter((unit) => !isWord(unit));
  return new RegExp([...(words.length ? [wordsPattern(words).source] : []), literals(symbols)].join('|'));
}

const valuesOf = compiledPer((language: LanguageData) => {
  const { knownGroups } = language;
  return {
    age: wordsPattern(language.ageWords),
    /** Global, to be replaced everywhere; tested with `search`, which ignores `lastIndex`. */
    agePhrases: new RegExp(
      alternation([language], (data) => data.agePhrases),
      'g',
    ),
    numberWord: wordsPattern(language.numberWords),
    ordinalWord: wordsPattern(language.ordinalWords),
    /** "les deux pays", "the two countries": a pair or a trio already known, which counts nothing. */
    knownGroup: new RegExp(`\\b(?:${knownGroups.determiners.join('|')}) (?:${knownGroups.numbers.join('|')})\\b`, 'g'),
    month: wordsPattern(language.months.map(fold).filter((month) => !language.monthsAlsoWords.includes(month))),
    units: Object.fromEntries(
      QUANTITY_TYPES.map((type) => [type, unitsPattern([...UNIT_SYMBOLS[type], ...language.quantityUnits[type]])]),
    ) as Record<QuantityType, RegExp>,
    timeWord: wordsPattern([...language.weekdays.map(fold), ...language.timeWords]),
    speech: wordsPattern(language.speechWords),
  };
});

/**
 * Whether a sentence holds something of the expected type: a figure, a date, or a capitalised
 * name that the question itself does not already contain. The sentence is read with its own
 * language's words: one language's function word may be another's number.
 */
export function sentenceHasType(
  sentence: string,
  type: AnswerType,
  questionFolded: string,
  language: LanguageData,
): boolean {
  const values = valuesOf(language);
  switch (type) {
    case 'age': {
      // A figure with an age's word, or an age's phrase: "les deux pays" holds a number word and
      // "Entré chez Fiat en 1999" a year, but no age.
      const folded = fold(sentence);
      const figure = /\d/.test(sentence) || values.numberWord.test(folded) || values.ordinalWord.test(folded);
      return (figure && values.age.test(folded)) || folded.search(values.agePhrases) >= 0;
    }
    case 'number':
      return /\d/.test(sentence) || values.numberWord.test(fold(sentence).replace(values.knownGroup, ''));
    case 'duration': {
      // An age has a figure and a unit of time, and says nothing of how long something lasted.
      const rest = fold(sentence).replace(values.agePhrases, ' ');
      return sentenceHasType(rest, 'number', questionFolded, language) && values.units.duration.test(rest);
    }
    case 'money':
    case 'percent':
    case 'speed':
    case 'length':
      return sentenceHasType(sentence, 'number', questionFolded, language) && values.units[type].test(fold(sentence));
    case 'date': {
      const folded = fold(sentence);
      return /\d/.test(folded) || values.month.test(folded) || values.timeWord.test(folded);
    }
    case 'speech':
      return QUOTATION_MARK.test(sentence) || values.speech.test(fold(sentence));
    case 'name':
    case 'place': {
      for (const match of sentence.matchAll(/(?<=\S\s+)\p{Lu}[\p{L}-]{2,}/gu)) {
        if (!questionFolded.includes(fold(match[0]))) return true;
      }
      return false;
    }
  }
}
