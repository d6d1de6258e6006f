// Development aid: scores a question set in-process (no npm, no JSON), to try ranking options fast.
// Usage: node dist/scripts/eval-inprocess.js QUESTIONS.jsonl CORPUS_DIR ['{"sentenceWeight":0.5}'] [--misses]
import { readFileSync } from 'node:fs';
import { Engine } from '../src/engine.js';

const [file, corpus, optionsJson] = process.argv.slice(2);
const options = optionsJson && optionsJson.startsWith('{') ? JSON.parse(optionsJson) : {};
const showMisses = process.argv.includes('--misses');
const questions = readFileSync(file!, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { q: string; lang: string; kind: string; keys: string[] });
const norm = (s: string) => s.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();
const t0 = performance.now();
const engine = await Engine.fromFolder(corpus!, { search: options.search ?? {}, answers: options.answers ?? {} });
const t1 = performance.now();
const by: Record<string, { n: number; h1: number; h3: number; nf: number }> = {};
let lang = 0;
for (const q of questions) {
  const a = engine.ask(q.q);
  if (a.language === q.lang) lang++;
  const k = (by[q.kind] ??= { n: 0, h1: 0, h3: 0, nf: 0 });
  k.n++;
  if (!q.keys.length) { if (!a.found) k.h1++, k.h3++; else if (showMisses) console.log(`MISS-NONE ${q.q} -> ${a.citations[0]?.text.slice(0, 80)}`); continue; }
  if (!a.found) k.nf++;
  const rank = a.citations.findIndex((c) => q.keys.some((key) => norm(c.text).includes(norm(key))));
  if (rank === 0) k.h1++;
  if (rank >= 0 && rank < 3) k.h3++;
  if (rank !== 0 && showMisses) console.log(`MISS [${q.kind}] ${q.q} -> ${rank} ${a.found ? '' : '(nf)'}`);
}
const t2 = performance.now();
let n = 0, h1 = 0, h3 = 0, nf = 0;
for (const [kind, v] of Object.entries(by)) {
  console.log(`${kind.padEnd(8)} n=${v.n} hit1=${(100 * v.h1 / v.n).toFixed(1)} hit3=${(100 * v.h3 / v.n).toFixed(1)} notfound=${v.nf}`);
  n += v.n; h1 += v.h1; h3 += v.h3; nf += v.nf;
}
console.log(`ALL n=${n} hit1=${(100 * h1 / n).toFixed(1)} hit3=${(100 * h3 / n).toFixed(1)} falseNotFound=${nf} lang=${(100 * lang / n).toFixed(1)} build=${(t1 - t0).toFixed(0)}ms perQ=${((t2 - t1) / n).toFixed(2)}ms`);
