// Shared by the development scripts: a question set as ../shared/eval/score.mjs reads it, and
// its rule for a right citation (the cited text holds one of the question's keys).
import { readFileSync } from 'node:fs';
import type { Citation } from '../src/answers/answer.js';
import type { Article } from '../src/articles/article.js';
import type { EngineOptions } from '../src/engine.js';

export interface Question {
  readonly q: string;
  readonly lang: string;
  readonly kind: string;
  /** Texts of which any one, in a cited passage, answers; none for an unanswerable question. */
  readonly keys: string[];
  /** The file of the article that answers, when the set says. */
  readonly article?: string;
}

/** The questions of a JSON-lines file, one object a line. */
export function readQuestions(file: string): Question[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Question);
}

/** As the scorer compares: composed, straight apostrophes, single spaces, lower case. */
export function normalizedKey(text: string): string {
  return text.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();
}

/** Index of the first citation that holds one of the question's keys, or -1. */
export function answeringRank(citations: readonly Pick<Citation, 'text'>[], question: Question): number {
  return citations.findIndex((c) => question.keys.some((key) => normalizedKey(c.text).includes(normalizedKey(key))));
}

/** Engine options from a script's JSON argument ('{"search":{...},"answers":{...}}'), or the defaults. */
export function engineOptions(json: string | undefined): Pick<Required<EngineOptions>, 'search' | 'answers'> {
  const parsed = json?.startsWith('{') ? (JSON.parse(json) as EngineOptions) : {};
  return { search: parsed.search ?? {}, answers: parsed.answers ?? {} };
}

/**
 * The arguments of a script that asks a question set of a corpus:
 * `QUESTIONS.jsonl [CORPUS_DIR] ['{"search":{...},"answers":{...}}'] [--misses]` (the seeds by default).
 */
export function setArguments(args: readonly string[]) {
  const [file, corpus] = args.filter((a) => !a.startsWith('--') && !a.startsWith('{'));
  return {
    questions: readQuestions(file!),
    corpus: corpus ?? 'seeds',
    options: engineOptions(args.find((a) => a.startsWith('{'))),
    showMisses: args.includes('--misses'),
  };
}

/** A share as a percentage with one decimal, or "n/a" of nothing. */
export function percent(part: number, whole: number): string {
  return whole ? ((100 * part) / whole).toFixed(1) : 'n/a';
}

/** The fold of an article, of `folds`: the same for every question on it, whatever the set. */
export function foldOf(articleId: string, folds: number): number {
  let hash = 0;
  for (const char of articleId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % folds;
}

const articleIdOf = (file: string) => file.replace(/\.txt$/, '');
/** The articles that answer a question ("a+b" names two). */
export const answeringArticles = (question: Question) =>
  (question.article ?? '').split('+').filter(Boolean).map(articleIdOf);
/** Normalised texts, remembered: each paragraph is tested against thousands of keys. */
const normalizedTexts = new Map<string, string>();
function normalizedText(text: string): string {
  let normalized = normalizedTexts.get(text);
  if (normalized === undefined) normalizedTexts.set(text, (normalized = normalizedKey(text)));
  return normalized;
}
export const holdsKey = (text: string, question: Question) =>
  question.keys.some((key) => normalizedText(text).includes(normalizedText(key)));

/** The articles without the paragraphs that answer any of `questions` (looked for in the articles they name). */
export function withoutAnswers(articles: readonly Article[], questions: readonly Question[]): Article[] {
  const asked = new Map<string, Question[]>();
  for (const question of questions)
    for (const id of answeringArticles(question)) asked.set(id, [...(asked.get(id) ?? []), question]);
  return articles.map((article) => {
    const on = asked.get(article.id);
    return on
      ? { ...article, paragraphs: article.paragraphs.filter((p) => !on.some((q) => holdsKey(p.text, q))) }
      : article;
  });
}
