import { isLanguage, LANGUAGES, languageData } from '../language/registry.js';
import { analyze } from './analyze.js';

/**
 * What tells that two questions are the same one typed differently: their content words' stems,
 * each once, in order ("What is the minister's salary?" and "whats the salary of the minister"
 * share "minist salary"). Case, accents, punctuation, word order and stopwords do not count.
 */
export function questionKey(question: string, language: string): string {
  const stems = analyze(question, languageData(isLanguage(language) ? language : LANGUAGES[0]!)).map(
    (term) => term.stem,
  );
  return [...new Set(stems)].sort().join(' ');
}
