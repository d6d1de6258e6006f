import type { LanguageData } from '../language/language-data.js';

/** A stem this short left by a rule is too little to tell a word by ("es" -> ""). */
const MIN_STEM = 2;

/**
 * The lemma the language's suffix rules give a folded word, if `isLemma` knows it: "agriculteurs"
 * -> "agriculteur", "stopped" -> "stop". The first rule whose lemma is known wins (the rules are
 * ordered); a word that is itself a lemma is the caller's to check first.
 */
export function ruleLemma(
  word: string,
  language: LanguageData,
  isLemma: (lemma: string) => boolean,
): string | undefined {
  for (const [suffix, replacement] of language.lemmaRules) {
    if (word.length - suffix.length < MIN_STEM || !word.endsWith(suffix)) continue;
    const lemma = word.slice(0, word.length - suffix.length) + replacement;
    if (lemma !== word && isLemma(lemma)) return lemma;
  }
  return undefined;
}
