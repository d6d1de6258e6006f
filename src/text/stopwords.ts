import { compiledPer } from '../language/compiled.js';
import type { LanguageData } from '../language/language-data.js';
import { fold } from './normalize.js';

const stopwordsOf = compiledPer((language: LanguageData) => ({
  folded: new Set(language.stopwords.map(fold)),
  meaningful: new Set(language.meaningfulWithAccent),
}));

/** A language's stopwords, folded. */
export function foldedStopwords(language: LanguageData): ReadonlySet<string> {
  return stopwordsOf(language).folded;
}

/** Whether a folded word carries no meaning of its own in a language. `lower` is its spelling with accents, when known ("né" is not "ne"). */
export function isStopword(word: string, language: LanguageData, lower: string = word): boolean {
  const stopwords = stopwordsOf(language);
  return stopwords.folded.has(word) && !stopwords.meaningful.has(lower);
}
