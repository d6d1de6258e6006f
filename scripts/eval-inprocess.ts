// Development aid: scores a question set in-process (no npm, no JSON), to try ranking options fast.
// Usage: node dist/scripts/eval-inprocess.js QUESTIONS.jsonl CORPUS_DIR ['{"search":{...},"answers":{...}}'] [--misses] [--holdout N]
// --holdout N also asks the questions of N articles (spread over the corpus) of an engine built
// without that article: they have no answer left, so "not found" is right, and the share of them
// answered anyway tells how often the bot would cite something unrelated.
import { answeringRank, engineOptions, normalizedKey, readQuestions } from './question-set.js';
import { basename } from 'node:path';
import { Engine } from '../src/engine.js';

const args = process.argv.slice(2);
const [file, corpus, optionsJson] = args;
const showMisses = args.includes('--misses');
const holdout = args.includes('--holdout') ? Number(args[args.indexOf('--holdout') + 1]) : 0;
const questions = readQuestions(file!);
const options = engineOptions(optionsJson);
const t0 = performance.now();
const engine = await Engine.fromFolder(corpus!, options);
const t1 = performance.now();
const by: Record<string, { n: number; h1: number; h3: number; nf: number }> = {};
let lang = 0;
/** Right first citations, and those whose bold sentence holds the key (the key lies inside the highlight). */
let firstRight = 0;
let boldRight = 0;
/** Questions with an answer that a rule refused, by rule. */
const falselyRefusedBy: Record<string, number> = {};
for (const q of questions) {
  const a = engine.ask(q.q);
  if (a.language === q.lang) lang++;
  const k = (by[q.kind] ??= { n: 0, h1: 0, h3: 0, nf: 0 });
  k.n++;
  if (!q.keys.length) {
    if (!a.found) {
      k.h1++;
      k.h3++;
    } else if (showMisses) console.log(`MISS-NONE ${q.q} -> ${a.citations[0]?.text.slice(0, 80)}`);
    continue;
  }
  if (!a.found) {
    k.nf++;
    falselyRefusedBy[a.reason] = (falselyRefusedBy[a.reason] ?? 0) + 1;
  }
  const rank = answeringRank(a.citations, q);
  if (rank === 0) {
    k.h1++;
    firstRight++;
    const { text, highlight } = a.citations[0]!;
    const bold = normalizedKey(text.slice(highlight.start, highlight.end));
    if (q.keys.some((key) => bold.includes(normalizedKey(key)))) boldRight++;
    else if (showMisses) console.log(`BOLD-MISS ${q.q} -> ${text.slice(highlight.start, highlight.end).slice(0, 100)}`);
  }
  if (rank >= 0 && rank < 3) k.h3++;
  if (rank !== 0 && showMisses) console.log(`MISS [${q.kind}] ${q.q} -> ${rank} ${a.found ? '' : '(nf)'}`);
}
const t2 = performance.now();
let n = 0,
  h1 = 0,
  h3 = 0,
  nf = 0;
for (const [kind, v] of Object.entries(by)) {
  console.log(
    `${kind.padEnd(8)} n=${v.n} hit1=${((100 * v.h1) / v.n).toFixed(1)} hit3=${((100 * v.h3) / v.n).toFixed(1)} notfound=${v.nf}`,
  );
  n += v.n;
  h1 += v.h1;
  h3 += v.h3;
  nf += v.nf;
}
console.log(`bold sentence holds the key: ${boldRight}/${firstRight} right first citations`);
console.log(
  `falsely refused by rule: ${
    Object.entries(falselyRefusedBy)
      .sort((a, b) => b[1] - a[1])
      .map(([rule, count]) => `${rule} ${count}`)
      .join(', ') || 'none'
  }`,
);
console.log(
  `ALL n=${n} hit1=${((100 * h1) / n).toFixed(1)} hit3=${((100 * h3) / n).toFixed(1)} falseNotFound=${nf} lang=${((100 * lang) / n).toFixed(1)} build=${(t1 - t0).toFixed(0)}ms perQ=${((t2 - t1) / n).toFixed(2)}ms`,
);

if (holdout > 0) {
  const names = [...new Set(questions.map((q) => q.article).filter((a): a is string => !!a))].sort();
  const chosen = names.filter((_, i) => i % Math.max(1, Math.floor(names.length / holdout)) === 0).slice(0, holdout);
  let asked = 0;
  let answered = 0;
  const refusedBy: Record<string, number> = {};
  for (const name of chosen) {
    const without = Engine.fromArticles(
      engine.articles.filter((a) => a.id !== basename(name).replace(/\.[^.]+$/, '')),
      options,
    );
    for (const q of questions.filter((question) => question.article === name)) {
      asked++;
      const a = without.ask(q.q);
      if (!a.found) refusedBy[a.reason] = (refusedBy[a.reason] ?? 0) + 1;
      if (a.found) {
        answered++;
        if (showMisses)
          console.log(`ANSWERED-WITHOUT ${q.q} -> ${a.citations[0]?.title}: ${a.citations[0]?.text.slice(0, 80)}`);
      }
    }
  }
  console.log(
    `HOLDOUT refused by rule: ${Object.entries(refusedBy)
      .sort((a, b) => b[1] - a[1])
      .map(([rule, n]) => `${rule} ${n}`)
      .join(', ')}`,
  );
  console.log(
    `HOLDOUT articles=${chosen.length} questions=${asked} rightNotFound=${((100 * (asked - answered)) / asked).toFixed(1)}%`,
  );
}
