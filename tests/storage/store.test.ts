// The same behaviour asked of both stores: SQLite (one process) and PostgreSQL (several).
import { cpSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addArticleFile, removeArticleFile } from '../../src/articles/article-files.js';
import { Engine } from '../../src/engine.js';
import { createLogger } from '../../src/logging/logger.js';
import pg from 'pg';
import { MIGRATIONS, PgStore } from '../../src/storage/pg-store.js';
import { Recorder } from '../../src/storage/recorder.js';
import { SharedArticles } from '../../src/storage/shared-articles.js';
import { SqliteStore } from '../../src/storage/sqlite-store.js';
import type { Store } from '../../src/storage/store.js';
import { questionKey } from '../../src/text/question-key.js';
import { FR_SEED, LIGHTHOUSE, LIGHTHOUSE_QUESTION, SEEDS, tempFolder } from '../helpers.js';
import { startPostgres, type TestPostgres } from './postgres.js';

const DAY = 24 * 60 * 60 * 1000;
let postgres: TestPostgres;

beforeAll(async () => {
  postgres = await startPostgres();
}, 60_000);

afterAll(async () => {
  await postgres?.stop();
});

function asked(answer: string, text: string, { at = Date.now(), found = false, server = 'guild' } = {}) {
  return {
    server,
    answer,
    asker: `hash-${answer}`,
    question: text,
    language: 'en',
    found,
    at,
    ...(found ? { article: 'a1', paragraph: 2 } : {}),
  };
}

const STORES: [string, () => Promise<Store>][] = [
  ['SQLite', async () => new SqliteStore(':memory:', questionKey)],
  ['PostgreSQL', async () => PgStore.connect(await postgres.database(), questionKey)],
];

describe.each(STORES)('the %s store', (_, open) => {
  it("keeps a server's settings, and gives the defaults for a server it does not know", async () => {
    const store = await open();
    expect(await store.settings('guild')).toEqual({ answerChannels: [] });
    const settings = { answerChannels: ['1', '2'], language: 'fr', citations: 2, strictness: 'strict' } as const;
    await store.saveSettings('guild', settings);
    expect(await store.settings('guild')).toEqual(settings);
    await store.saveSettings('guild', { answerChannels: [] });
    expect(await store.settings('guild')).toEqual({ answerChannels: [] });
    await store.close();
  });

  it('reports what was asked and voted: counts, the unanswered grouped by spelling, the disliked', async () => {
    const store = await open();
    const unanswered = [
      'How do I reset my password?',
      'What is the salary of the minister?',
      'what is the salary of the minister',
      "What is the minister's salary?",
      'What is the salary of the ministr?',
    ];
    for (const [i, text] of unanswered.entries()) await store.recordQuestion(asked(`u${i}`, text));
    await store.recordQuestion(asked('f1', 'Who did Castaner meet?', { found: true }));
    await store.recordQuestion(asked('f1', 'Who did Castaner meet?', { found: true }));
    await store.recordQuestion(asked('other', 'A question elsewhere', { server: 'another' }));
    expect(await store.recordVote('guild', 'f1', 'v1', -1, Date.now())).toBe(true);
    expect(await store.recordVote('guild', 'f1', 'v2', 1, Date.now())).toBe(true);
    expect(await store.recordVote('guild', 'f1', 'v2', -1, Date.now())).toBe(true);
    // Not this server's answer, or no answer at all: refused, not kept on its own.
    expect(await store.recordVote('guild', 'other', 'v1', 1, Date.now())).toBe(false);
    expect(await store.recordVote('guild', 'nothing', 'v1', 1, Date.now())).toBe(false);
    expect(await store.report('guild', 0)).toEqual({
      asked: 6,
      answered: 1,
      up: 0,
      down: 2,
      unanswered: [
        { question: 'What is the salary of the minister?', count: 4 },
        { question: 'How do I reset my password?', count: 1 },
      ],
      disliked: [{ question: 'Who did Castaner meet?', article: 'a1', paragraph: 2, down: 2, up: 0 }],
    });
    await store.close();
  });

  it('forgets a server, and questions with their votes past the retention period', async () => {
    const store = await open();
    await store.saveSettings('guild', { answerChannels: ['1'] });
    await store.recordQuestion(asked('old', 'An old question', { at: Date.now() - 40 * DAY, found: true }));
    await store.recordQuestion(asked('new', 'A new question', { found: true }));
    await store.recordQuestion(asked('kept', 'Another server', { server: 'another' }));
    expect(await store.recordVote('guild', 'old', 'v', -1, Date.now())).toBe(true);
    expect(await store.forgetBefore(Date.now() - 30 * DAY)).toBe(1);
    expect(await store.report('guild', 0)).toMatchObject({ asked: 1, down: 0 });
    await store.forgetServer('guild');
    expect(await store.report('guild', 0)).toMatchObject({ asked: 0 });
    expect(await store.settings('guild')).toEqual({ answerChannels: [] });
    expect(await store.report('another', 0)).toMatchObject({ asked: 1 });
    await store.close();
  });
});

describe('several processes on one PostgreSQL database', () => {
  const recorderOn = (databaseUrl: string) =>
    Recorder.open(
      { dataDir: tempFolder('qa-pg-data-'), retentionDays: 30, questionKey, databaseUrl },
      createLogger('silent', 'json'),
    );

  it('migrate once when they start at the same moment, and hash a member alike', async () => {
    const url = await postgres.database();
    const recorders = await Promise.all([recorderOn(url), recorderOn(url), recorderOn(url)]);
    expect(new Set(recorders.map((recorder) => recorder.hash('830000000000000001'))).size).toBe(1);
    for (const recorder of recorders) await recorder.close();
  }, 30_000);

  it('bring a database of an earlier version up to date, keeping its settings', async () => {
    const url = await postgres.database();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // The database as the release before strictness left it: two migrations.
    await client.query('CREATE TABLE schema_version (version INTEGER NOT NULL)');
    await client.query('INSERT INTO schema_version (version) VALUES (2)');
    for (const migration of MIGRATIONS.slice(0, 2)) await client.query(migration);
    await client.query(
      `INSERT INTO server_settings (server, answer_channels, language, citations) VALUES ('guild', '["1"]', 'fr', 2)`,
    );
    await client.end();
    const store = await PgStore.connect(url, questionKey);
    expect(await store.settings('guild')).toEqual({ answerChannels: ['1'], language: 'fr', citations: 2 });
    await store.saveSettings('guild', { answerChannels: ['1'], strictness: 'strict' });
    expect(await store.settings('guild')).toEqual({ answerChannels: ['1'], strictness: 'strict' });
    await store.close();
  });

  it('see a vote and a setting made through another one', async () => {
    const url = await postgres.database();
    const [one, other] = await Promise.all([recorderOn(url), recorderOn(url)]);
    expect(await other.settings('guild')).toEqual({ answerChannels: [] });
    one.recordQuestion({
      server: 'guild',
      answer: 'a1',
      askerId: '830000000000000001',
      question: 'Who did Castaner meet?',
      language: 'en',
      found: true,
      at: Date.now(),
    });
    // Pressed at once, through the same process: the vote waits for its answer to be written.
    expect(await one.recordVote('guild', 'a1', '830000000000000002', -1)).toBe('recorded');
    expect(await other.report('guild', 7)).toMatchObject({ asked: 1, down: 1 });
    expect(await one.saveSettings('guild', { answerChannels: ['1'], language: 'fr' })).toBe(true);
    // The other process kept the settings it read: it is told they changed.
    await expect
      .poll(() => other.settings('guild'), { timeout: 5000 })
      .toEqual({ answerChannels: ['1'], language: 'fr' });
    await one.close();
    await other.close();
  }, 30_000);

  it('refuse to start when PostgreSQL cannot be reached, and go on answering when it goes away, recording again once it is back', async () => {
    await expect(recorderOn('postgres://bot:test-password@127.0.0.1:9/none')).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
    const url = await postgres.database();
    const lines: { level: number; msg: string }[] = [];
    const recorder = await Recorder.open(
      { dataDir: tempFolder('qa-pg-data-'), retentionDays: 30, questionKey, databaseUrl: url },
      createLogger('info', 'json', { write: (line: string) => void lines.push(JSON.parse(line)) }),
    );
    await postgres.stop();
    expect(await recorder.recordVote('guild', 'a1', '830000000000000002', 1)).toBe('failed');
    expect(await recorder.report('guild', 7)).toBeUndefined();
    expect(lines.filter((line) => line.level === 50)).toHaveLength(1);
    await postgres.start();
    recorder.recordQuestion({
      server: 'guild',
      answer: 'a2',
      askerId: '830000000000000001',
      question: 'Who is Laftit?',
      language: 'en',
      found: false,
      at: Date.now(),
    });
    expect(await recorder.recordVote('guild', 'a2', '830000000000000002', 1)).toBe('recorded');
    expect(await recorder.report('guild', 7)).toMatchObject({ asked: 1, up: 1 });
    await recorder.close();
  }, 60_000);

  it('answer from an article added through another one within seconds, and forget it once removed there', async () => {
    const url = await postgres.database();
    const [one, other] = await Promise.all([recorderOn(url), recorderOn(url)]);
    const folders = [tempFolder('qa-shared-one-'), tempFolder('qa-shared-other-')];
    for (const folder of folders) cpSync(SEEDS, folder, { recursive: true });
    const engines = await Promise.all(folders.map((folder) => Engine.fromFolder(folder)));
    const shared = [
      new SharedArticles(one.shared!, folders[0]!, createLogger('silent', 'json')),
      new SharedArticles(other.shared!, folders[1]!, createLogger('silent', 'json')),
    ];
    shared[1]!.follow((files) => void engines[1]!.refresh(files));

    const added = await addArticleFile(engines[0]!, {
      name: 'lighthouse',
      extension: '.txt',
      bytes: Buffer.from(LIGHTHOUSE),
    });
    expect(added.ok).toBe(true);
    await shared[0]!.publish({ kind: 'added', file: join(folders[0]!, 'lighthouse.txt') });
    await expect
      .poll(() => engines[1]!.ask(LIGHTHOUSE_QUESTION).citations[0]?.articleId, { timeout: 5000 })
      .toBe('lighthouse');

    // A seed removed through the first process goes from the second one's folder too.
    const removed = await removeArticleFile(engines[0]!, FR_SEED);
    expect(removed.ok).toBe(true);
    await shared[0]!.publish({ kind: 'removed', file: join(folders[0]!, `${FR_SEED}.txt`) });
    await expect.poll(() => engines[1]!.catalog.get(FR_SEED), { timeout: 5000 }).toBeUndefined();

    // A process that starts later catches up before it reads its folder.
    const late = tempFolder('qa-shared-late-');
    cpSync(SEEDS, late, { recursive: true });
    const third = await recorderOn(url);
    expect(
      (await new SharedArticles(third.shared!, late, createLogger('silent', 'json')).catchUp())
        .map((file) => basename(file))
        .sort(),
    ).toEqual([`${FR_SEED}.txt`, 'lighthouse.txt']);
    const lateEngine = await Engine.fromFolder(late);
    expect(lateEngine.ask(LIGHTHOUSE_QUESTION).citations[0]?.articleId).toBe('lighthouse');
    expect(lateEngine.catalog.get(FR_SEED)).toBeUndefined();
    for (const recorder of [one, other, third]) await recorder.close();
  }, 30_000);
});
