// Shared by the development scripts: a question set as ../shared/eval/score.mjs reads it, and
// its rule for a right citation (the cited text holds one of the question's keys).
import { readFileSync } from 'node:fs';
import type { Citation } from '../src/answers/answer.js';
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
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Question);
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
