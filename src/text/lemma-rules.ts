import type { Language } from '../articles/article.js';

/** Take `suffix` off a folded word and put `replacement` in its place: "agriculteurs" -(s, '')-> "agriculteur". */
export type SuffixRule = readonly [suffix: string, replacement: string];

/**
 * How each language inflects its words, as suffix rules over folded words (no accents, lower
 * case). A rule only proposes a lemma; the vocabulary keeps it only if it knows that lemma, so a
 * rule may be broad ("-e" -> "-er") without turning words into other words. What no rule reaches
 * (irregular verbs: "soutenu" -> "soutenir", "went" -> "go") is listed in the vocabulary file.
 *
 * Order matters: the first rule whose result the vocabulary knows wins, so the rule that undoes
 * the more common inflection comes first ("used" is "use" before "us"; "rates" is "rate" before "rat").
 */
export const LEMMA_RULES: Record<Language, readonly SuffixRule[]> = {
  en: [
    // Plurals and third persons.
    ['ies', 'y'], ['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['es', ''], ['men', 'man'],
    // Past tenses and participles; doubled consonants ("stopped", "planning").
    ['ied', 'y'], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''],
    ['bbed', 'b'], ['dded', 'd'], ['gged', 'g'], ['lled', 'l'], ['mmed', 'm'], ['nned', 'n'], ['pped', 'p'], ['rred', 'r'], ['tted', 't'],
    ['bbing', 'b'], ['dding', 'd'], ['gging', 'g'], ['lling', 'l'], ['mming', 'm'], ['nning', 'n'], ['pping', 'p'], ['rring', 'r'], ['tting', 't'],
    // Comparatives and superlatives.
    ['ier', 'y'], ['iest', 'y'], ['er', 'e'], ['er', ''], ['est', 'e'], ['est', ''],
  ],
  fr: [
    // Plurals and feminines of nouns and adjectives.
    ['s', ''], ['x', ''], ['aux', 'al'], ['e', ''], ['es', ''],
    ['trice', 'teur'], ['trices', 'teur'], ['euse', 'eur'], ['euses', 'eur'], ['ive', 'if'], ['ives', 'if'],
    ['elle', 'el'], ['elles', 'el'], ['enne', 'en'], ['ennes', 'en'], ['ere', 'er'], ['eres', 'er'],
    // Verbs of the first group (-er): participles, present, imperfect, simple past, future.
    ['e', 'er'], ['ee', 'er'], ['es', 'er'], ['ees', 'er'], ['ent', 'er'], ['ons', 'er'], ['ez', 'er'],
    ['ait', 'er'], ['aient', 'er'], ['ais', 'er'], ['ai', 'er'], ['a', 'er'], ['erent', 'er'], ['ant', 'er'],
    ['era', 'er'], ['eront', 'er'], ['erait', 'er'], ['eraient', 'er'],
    // Second group (-ir, -issons).
    ['i', 'ir'], ['ie', 'ir'], ['is', 'ir'], ['ies', 'ir'], ['it', 'ir'], ['issent', 'ir'], ['issait', 'ir'], ['issaient', 'ir'], ['issant', 'ir'], ['irent', 'ir'],
    // Third group in -re ("vendu", "perdent").
    ['u', 're'], ['ue', 're'], ['us', 're'], ['ues', 're'], ['ent', 're'], ['ait', 're'], ['aient', 're'],
  ],
};
