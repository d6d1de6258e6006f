import { fold } from '../text/normalize.js';

/** What kind of thing a question asks for, when its wording says so. */
export type AnswerType = 'number' | 'date' | 'name' | 'place';

const RULES: readonly [RegExp, AnswerType][] = [
  [/\b(?:combien|how (?:many|much|old|long|far)|quel age|what (?:percentage|proportion|number)|quel(?:le)? (?:pourcentage|nombre|proportion|montant))\b/, 'number'],
  [/\b(?:quand|when|(?:en |a |de )?quel(?:le)?s? (?:annee|siecle|date|jour|mois|epoque)|(?:what|which) (?:year|century|date|day|month)|depuis quand)\b/, 'date'],
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

const MONTH = /\b(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|june|july|august|september|october|november|december)\b/;

/**
 * Whether a sentence holds something of the expected type: a figure, a date, or a capitalised
 * name that the question itself does not already contain.
 */
export function sentenceHasType(sentence: string, type: AnswerType, questionFolded: string): boolean {
  switch (type) {
    case 'number':
      return /\d/.test(sentence) || /\b(?:million|milliard|billion|thousand|hundred|mille|cent|dozen|douzaine)s?\b/i.test(sentence);
    case 'date':
      return /\b(?:1\d{3}|20\d{2}|\d{1,2}e siecle|\d{1,2}(?:st|nd|rd|th) century)\b/.test(fold(sentence)) || MONTH.test(fold(sentence));
    case 'name':
    case 'place': {
      for (const match of sentence.matchAll(/(?<=\S\s+)\p{Lu}[\p{L}-]{2,}/gu)) {
        if (!questionFolded.includes(fold(match[0]))) return true;
      }
      return false;
    }
  }
}
