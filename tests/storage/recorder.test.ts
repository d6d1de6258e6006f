import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../src/logging/logger.js';
import { Recorder } from '../../src/storage/recorder.js';
import { RECORD_TABLES } from '../../src/storage/schema.js';
import { SqliteStore } from '../../src/storage/sqlite-store.js';
import { questionKey } from '../../src/text/question-key.js';
import { tempFolder } from '../helpers.js';

const DAY = 24 * 60 * 60 * 1000;

function logged() {
  const lines: { level: number; msg: string }[] = [];
  return {
    lines,
    logger: createLogger('info', 'json', { write: (line: string) => void lines.push(JSON.parse(line)) }),
  };
}

function question(answer: string, text: string, at = Date.now(), found = false) {
  return { server: 'guild', answer, askerId: `member-${answer}`, question: text, language: 'en', found, at };
}

describe('the database', async () => {
  it('is created with its schema on first start, migrated once, and keeps what it holds when opened again', async () => {
    const dataDir = tempFolder('qa-store-');
    const first = new Recorder({ dataDir, retentionDays: 30, questionKey }, logged().logger);
    await first.saveSettings('guild', { answerChannels: ['1'], language: 'fr', citations: 2 });
    first.recordQuestion(question('a1', 'Who is Laftit?'));
    await first.close();
    const db = new Database(join(dataDir, 'bot.sqlite'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const again = new Recorder({ dataDir, retentionDays: 30, questionKey }, logged().logger);
    expect(await again.settings('guild')).toEqual({ answerChannels: ['1'], language: 'fr', citations: 2 });
    expect((await again.report('guild', 7))?.asked).toBe(1);
    await again.close();
  });

  it('brings a database of the first version up to date, keeping its settings', async () => {
    const dataDir = tempFolder('qa-store-');
    const old = new Database(join(dataDir, 'bot.sqlite'));
    old.exec(RECORD_TABLES('INTEGER'));
    old.pragma('user_version = 1');
    old
      .prepare('INSERT INTO server_settings (server, answer_channels, language, citations) VALUES (?, ?, ?, ?)')
      .run('guild', '["1"]', 'fr', 2);
    old.close();
    const recorder = new Recorder({ dataDir, retentionDays: 30, questionKey }, logged().logger);
    expect(await recorder.settings('guild')).toEqual({ answerChannels: ['1'], language: 'fr', citations: 2 });
    await recorder.saveSettings('guild', {
      answerChannels: ['1'],
      language: 'fr',
      citations: 2,
      strictness: 'forthcoming',
    });
    await recorder.close();
    const again = new Recorder({ dataDir, retentionDays: 30, questionKey }, logged().logger);
    expect((await again.settings('guild')).strictness).toBe('forthcoming');
    await again.close();
  });

  it('deletes questions, and their votes, once past the retention period', async () => {
    const store = new SqliteStore(':memory:', questionKey);
    await store.recordQuestion({ ...question('old', 'An old question', Date.now() - 40 * DAY), asker: 'h' });
    await store.recordQuestion({ ...question('new', 'A new question', Date.now(), true), asker: 'h' });
    expect(await store.recordVote('guild', 'old', 'v', -1, Date.now())).toBe(true);
    expect(await store.forgetBefore(Date.now() - 30 * DAY)).toBe(1);
    expect(await store.report('guild', 0)).toMatchObject({ asked: 1, down: 0 });
    // A vote on an answer no longer kept is refused, not kept on its own.
    expect(await store.recordVote('guild', 'old', 'v', 1, Date.now())).toBe(false);
    await store.close();
  });

  it('groups an unanswered question typed in several ways, most asked first', async () => {
    const store = new SqliteStore(':memory:', questionKey);
    const asked = [
      'How do I reset my password?',
      'What is the salary of the minister?',
      'what is the salary of the minister',
      "What is the minister's salary?",
      'What is the salary of the ministr?',
    ];
    for (const [i, text] of asked.entries()) await store.recordQuestion({ ...question(String(i), text), asker: 'h' });
    expect((await store.report('guild', 0)).unanswered).toEqual([
      { question: 'What is the salary of the minister?', count: 4 },
      { question: 'How do I reset my password?', count: 1 },
    ]);
    await store.close();
  });

  it('that is not a database gives one clear log line, and everything else goes on without recording', async () => {
    const dataDir = tempFolder('qa-corrupt-');
    writeFileSync(join(dataDir, 'bot.sqlite'), 'this is not a database, whatever its name says '.repeat(100));
    const { lines, logger } = logged();
    const recorder = new Recorder({ dataDir, retentionDays: 30, questionKey }, logger);
    expect(recorder.available).toBe(false);
    recorder.recordQuestion(question('q', 'Who is Laftit?'));
    expect(await recorder.settings('guild')).toEqual({ answerChannels: [] });
    expect(await recorder.recordVote('guild', 'q', 'm', 1)).toBe('failed');
    expect(lines.filter((line) => line.level === 50).map((line) => line.msg)).toEqual([
      'Cannot open in the database (the file is not a database; move it away to start a new one): answers go on, without recording',
    ]);
  });

  it('locked by another process: the record is given up after a short wait, logged once, and the bot goes on', async () => {
    const dataDir = tempFolder('qa-locked-');
    const { lines, logger } = logged();
    const recorder = new Recorder({ dataDir, retentionDays: 30, questionKey }, logger);
    const other = new Database(join(dataDir, 'bot.sqlite'));
    other.pragma('busy_timeout = 0');
    other.exec('BEGIN EXCLUSIVE');
    const started = Date.now();
    recorder.recordQuestion(question('q1', 'Who is Laftit?'));
    recorder.recordQuestion(question('q2', 'Who is Castaner?'));
    expect(Date.now() - started).toBeLessThan(10_000);
    other.exec('ROLLBACK');
    other.close();
    // Recording is never waited for: its failures are told a moment later.
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.filter((line) => line.level === 50).map((line) => line.msg)).toEqual([
      'Cannot record a question in the database (it is locked by another process): answers go on, without recording',
    ]);
    recorder.recordQuestion(question('q3', 'Who is Retailleau?'));
    expect((await recorder.report('guild', 7))?.asked).toBe(1);
    await recorder.close();
  });
});

describe('the member key', async () => {
  it('is exactly its length or nothing is recorded, with one line that says why; recording resumes once the folder is usable', async () => {
    const dataDir = tempFolder('qa-key-');
    // What a full disk on the first start left behind.
    writeFileSync(join(dataDir, 'member-key'), '');
    const { lines, logger } = logged();
    const recorder = new Recorder({ dataDir, retentionDays: 30, questionKey }, logger);
    expect(recorder.available).toBe(false);
    recorder.recordQuestion(question('q1', 'Who is Laftit?'));
    expect(await recorder.report('guild', 7)).toBeUndefined();
    const said = lines.filter((line) => line.level >= 50);
    expect(said).toHaveLength(1);
    expect(said[0]!.msg).toMatch(/member key .* is not 32 bytes long; move it away/);

    // The admin moves the bad key away; a minute later the next recording opens it all again.
    rmSync(join(dataDir, 'member-key'));
    const now = Date.now();
    vi.useFakeTimers({ now: now + 61_000, toFake: ['Date'] });
    try {
      recorder.recordQuestion(question('q2', 'Who is Castaner?'));
      expect(recorder.available).toBe(true);
      expect((await recorder.report('guild', 7))?.asked).toBe(1);
      expect(lines.some((line) => /recording resumes/.test(line.msg))).toBe(true);
      expect(readFileSync(join(dataDir, 'member-key'))).toHaveLength(32);
      expect(readdirSync(dataDir).filter((name) => name.endsWith('.partial'))).toEqual([]);
    } finally {
      vi.useRealTimers();
      await recorder.close();
    }
  });

  it('is kept as it is once made: members are hashed alike across restarts', async () => {
    const dataDir = tempFolder('qa-key-');
    const first = new Recorder({ dataDir, retentionDays: 30, questionKey }, logged().logger);
    const hashed = first.hash('830000000000000001');
    await first.close();
    const again = new Recorder({ dataDir, retentionDays: 30, questionKey }, logged().logger);
    expect(again.hash('830000000000000001')).toBe(hashed);
    await again.close();
  });
});
