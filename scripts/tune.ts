// Development aid: coordinate ascent over the options of reading and ranking (not the fitted weights: npm run train) on a question set, scored on the
// even-numbered questions and checked on the odd ones (a gain only on the first half is noise).
// Usage: node dist/scripts/tune.js QUESTIONS.jsonl CORPUS_DIR [rounds]
// It prints each improvement and the options found; nothing is written.
import { answeringRank, readQuestions, type Question } from './question-set.js';
import { Engine } from '../src/engine.js';
import { indexFolder } from '../src/search/index/folder-index.js';
import { QUERY_DEFAULTS } from '../src/search/question/query.js';
import { RANK_DEFAULTS } from '../src/search/ranking/options.js';
import type { SearchOptions } from '../src/search/searcher.js';

const [file, corpus, roundsArg] = process.argv.slice(2);
const all = readQuestions(file!).filter((q) => q.keys.length);
const tuning = all.filter((_, i) => i % 2 === 0);
const checking = all.filter((_, i) => i % 2 === 1);
const { index } = await indexFolder(corpus!);

/** hit@1 + hit@3 of the ranking alone (no not-found cut-off), in percent each. */
function score(search: SearchOptions, questions: Question[]): { hit1: number; hit3: number; total: number } {
  const engine = new Engine(index, { search, answers: { minConfidence: 0, relativeScore: 0 } });
  let hit1 = 0;
  let hit3 = 0;
  for (const q of questions) {
    const rank = answeringRank(engine.ask(q.q).citations, q);
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 3) hit3++;
  }
  const h1 = (100 * hit1) / questions.length;
  const h3 = (100 * hit3) / questions.length;
  return { hit1: +h1.toFixed(2), hit3: +h3.toFixed(2), total: h1 + h3 };
}

// From the defaults the engine itself reads (candidates is a count and fitted a switch, not weights to tune).
const { candidates: _count, fitted: _fitted, ...rankWeights } = RANK_DEFAULTS;
const start: Record<string, number> = { ...rankWeights, ...QUERY_DEFAULTS };
let best = { ...start };
let bestScore = score(best, tuning);
console.log('start', bestScore, 'check', score(best, checking));
for (let round = 0; round < Number(roundsArg ?? 2); round++) {
  for (const key of Object.keys(start)) {
    for (const factor of [0.5, 0.75, 1.33, 2]) {
      const trial = { ...best, [key]: +(best[key]! * factor).toFixed(3) };
      if (key === 'b' && trial.b! > 1) continue;
      const s = score(trial, tuning);
      if (s.total > bestScore.total + 0.05) {
        best = trial;
        bestScore = s;
        console.log(`round ${round} ${key}=${trial[key]}`, s);
      }
    }
  }
  console.log(`after round ${round}`, JSON.stringify(best), 'tuning', bestScore, 'check', score(best, checking));
}
