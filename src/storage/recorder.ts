import { createHmac, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer } from '../answers/answer.js';
import type { Logger } from '../logging/logger.js';
import type { PgStore } from './pg-store.js';
import { SqliteStore } from './sqlite-store.js';
import type { AskedQuestion, ServerReport, ServerSettings, Store, Vote } from './store.js';

/** How long a failure of the same kind stays quiet after it was logged. */
const QUIET_MS = 60_000;
/** How often a recorder that could not open its database tries again (a disk freed, a file moved away). */
const REOPEN_MS = 60_000;
/** The member key's length: a key of any other length is no key (a 0-byte file left by a full disk). */
const KEY_BYTES = 32;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface RecorderOptions {
  /** Folder of the database file and of the key that hashes member ids. */
  readonly dataDir: string;
  /**
   * A PostgreSQL database (`postgres://…`) that several bot processes share, in place of the
   * SQLite file in `dataDir`: settings, questions, votes and the member key are kept there.
   */
  readonly databaseUrl?: string;
  /** Questions (and their votes) older than this many days are deleted. */
  readonly retentionDays: number;
  readonly questionKey: (question: string, language: string) => string;
}

/**
 * Recording is best effort, answering is not: every call into the store is caught, and a
 * database that is locked, corrupt, read-only or on a full disk gives one clear log line (again
 * at most once a minute) while the bot goes on answering. Member ids are kept only as a keyed
 * hash (HMAC-SHA-256 under a key kept in the data folder, outside the database).
 */
export class Recorder {
  private store: Store | undefined;
  private key: Buffer | undefined;
  private lastOpen = 0;
  /** Why the database could not be opened, said once until it changes or opening succeeds. */
  private openFailure: string | undefined;
  private readonly lastFailure = new Map<string, number>();
  /** Settings already read or saved, by server: another process's change is told by the store. */
  private readonly settingsOf = new Map<string, ServerSettings>();
  /** Questions being written, by answer key. */
  private readonly writing = new Map<string, Promise<unknown>>();
  private purgeTimer: NodeJS.Timeout | undefined;

  /**
   * With `options` undefined, a recorder that keeps nothing (settings are the defaults). The
   * SQLite file is opened at once; a PostgreSQL database by `open`.
   */
  constructor(
    private readonly options: RecorderOptions | undefined,
    private readonly logger: Logger,
  ) {
    if (options && !options.databaseUrl) {
      this.openFile(options);
      this.purgeEvery();
    }
  }

  /**
   * A recorder on the database the options name. PostgreSQL must be reachable (and is migrated)
   * before the bot goes on: rejects with an error that says why. SQLite never rejects: a file
   * that cannot be opened is logged, and tried again now and then.
   */
  static async open(options: RecorderOptions, logger: Logger): Promise<Recorder> {
    const recorder = new Recorder(options, logger);
    if (!options.databaseUrl) return recorder;
    const { PgStore } = await import('./pg-store.js');
    const store = await PgStore.connect(options.databaseUrl, options.questionKey);
    recorder.key = await store.memberKey(randomBytes(KEY_BYTES));
    recorder.store = store;
    store.onSettingsChanged((server) =>
      server === undefined ? recorder.settingsOf.clear() : recorder.settingsOf.delete(server),
    );
    recorder.purgeEvery();
    await recorder.purge();
    return recorder;
  }

  private purgeEvery(): void {
    this.purgeTimer = setInterval(() => void this.purge(), DAY_MS / 4);
    this.purgeTimer.unref();
  }

  /** Opens the key and the SQLite file, both or neither: without its key nothing is recorded. */
  private openFile(options: RecorderOptions): void {
    this.lastOpen = Date.now();
    try {
      const key = memberKey(options.dataDir);
      this.store = new SqliteStore(join(options.dataDir, 'bot.sqlite'), options.questionKey);
      this.key = key;
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'ERROR';
      if (code !== this.openFailure) {
        this.lastFailure.delete(code);
        this.failed('open', error);
      }
      this.openFailure = code;
      return;
    }
    if (this.openFailure)
      this.logger.info({ folder: options.dataDir }, 'The database is usable again: recording resumes');
    this.openFailure = undefined;
    void this.purge();
  }

  /** The PostgreSQL database several processes share, if the recorder keeps its records there: articles are shared through it too. */
  get shared(): PgStore | undefined {
    return this.options?.databaseUrl ? (this.store as PgStore | undefined) : undefined;
  }

  /** Whether the database is there: without it, settings are the defaults and nothing is recorded. */
  get available(): boolean {
    return this.store !== undefined;
  }

  /** A member id as it is kept: a keyed hash, the same for the same member every time. */
  hash(memberId: string): string {
    if (!this.key) throw Object.assign(new Error('no member key'), { code: 'NO_MEMBER_KEY' });
    return createHmac('sha256', this.key).update(memberId).digest('hex').slice(0, 32);
  }

  /**
   * A server's settings. Every message the bot sees asks for them (is its channel an answer
   * channel?), so they are read from the database once and kept; a store shared with other
   * processes says when one of them changes them.
   */
  async settings(server: string | null): Promise<ServerSettings> {
    if (!server) return { answerChannels: [] };
    const known = this.settingsOf.get(server);
    if (known) return known;
    const read = await this.attempt('read settings', (store) => store.settings(server));
    if (read) this.settingsOf.set(server, read);
    return read ?? { answerChannels: [] };
  }

  /** False when the settings could not be saved (the caller says so to the admin). */
  async saveSettings(server: string, settings: ServerSettings): Promise<boolean> {
    const saved =
      (await this.attempt('save settings', async (store) => (await store.saveSettings(server, settings), true))) ??
      false;
    if (saved) this.settingsOf.set(server, settings);
    return saved;
  }

  /** Keeps an answer for the server's report (the question, whether it was found, the passage cited first), best effort. */
  recordAnswer(server: string, answerKey: string, askerId: string, answer: Answer): void {
    const first = answer.citations[0];
    this.recordQuestion({
      server,
      answer: answerKey,
      askerId,
      question: answer.question,
      language: answer.language,
      found: answer.found,
      ...(first ? { article: first.articleId, paragraph: first.paragraph } : {}),
      at: Date.now(),
    });
  }

  /** Best effort, never waited for: recording never holds an answer back. */
  recordQuestion(question: Omit<AskedQuestion, 'asker'> & { askerId: string }): void {
    const { askerId, ...rest } = question;
    const written: Promise<unknown> = this.attempt('record a question', (store) =>
      store.recordQuestion({ ...rest, asker: this.hash(askerId) }),
    ).finally(() => this.writing.get(rest.answer) === written && this.writing.delete(rest.answer));
    this.writing.set(rest.answer, written);
  }

  /** 'recorded' (in the database once this resolves), 'unknown-answer' (too old, or not recorded), or 'failed'. */
  async recordVote(
    server: string,
    answer: string,
    voterId: string,
    vote: Vote,
  ): Promise<'recorded' | 'unknown-answer' | 'failed'> {
    // A button pressed at once: its answer may still be on its way to the database.
    await this.writing.get(answer);
    const done = await this.attempt('record a vote', (store) =>
      store.recordVote(server, answer, this.hash(voterId), vote, Date.now()),
    );
    return done === undefined ? 'failed' : done ? 'recorded' : 'unknown-answer';
  }

  report(server: string, days: number): Promise<ServerReport | undefined> {
    return this.attempt('read the report', (store) => store.report(server, Date.now() - days * DAY_MS));
  }

  async forgetServer(server: string): Promise<void> {
    this.settingsOf.delete(server);
    await this.attempt('forget a server', (store) => store.forgetServer(server));
  }

  async close(): Promise<void> {
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    await this.attempt('close', (store) => store.close());
    this.store = undefined;
  }

  private async purge(): Promise<void> {
    const days = this.options?.retentionDays ?? 30;
    const gone = await this.attempt('delete old questions', (store) => store.forgetBefore(Date.now() - days * DAY_MS));
    if (gone)
      this.logger.info({ questions: gone, retentionDays: days }, `Deleted ${gone} questions older than ${days} days`);
  }

  /** `run` on the store, if there is one; undefined when there is none or it failed (logged). */
  private async attempt<T>(what: string, run: (store: Store) => Promise<T>): Promise<T | undefined> {
    if (!this.store && this.options && !this.options.databaseUrl && Date.now() - this.lastOpen >= REOPEN_MS)
      this.openFile(this.options);
    if (!this.store) return undefined;
    try {
      return await run(this.store);
    } catch (error) {
      this.failed(what, error);
      return undefined;
    }
  }

  private failed(what: string, error: unknown): void {
    const code = (error as { code?: string }).code ?? 'ERROR';
    const now = Date.now();
    if (now - (this.lastFailure.get(code) ?? 0) < QUIET_MS) return;
    this.lastFailure.set(code, now);
    const why = CAUSES[code] ?? (error instanceof Error ? error.message : String(error));
    const where = this.options?.databaseUrl ? { database: 'postgresql' } : { folder: this.options?.dataDir };
    this.logger.error({ code, ...where }, `Cannot ${what} in the database (${why}): answers go on, without recording`);
  }
}

/** SQLite's and the system's codes, in words. */
const CAUSES: Readonly<Record<string, string>> = {
  SQLITE_BUSY: 'it is locked by another process',
  SQLITE_LOCKED: 'it is locked',
  SQLITE_FULL: 'the disk is full',
  ENOSPC: 'the disk is full',
  SQLITE_CORRUPT: 'the file is corrupt; move it away to start a new one',
  SQLITE_NOTADB: 'the file is not a database; move it away to start a new one',
  SQLITE_READONLY: 'the file is read-only',
  SQLITE_CANTOPEN: 'the file cannot be opened',
  EACCES: 'permission denied',
  EROFS: 'the file system is read-only',
  ECONNREFUSED: 'PostgreSQL refuses connections',
  ETIMEDOUT: 'PostgreSQL does not answer',
  '57P01': 'PostgreSQL was shut down',
  BAD_MEMBER_KEY: `the member key (member-key in the data folder) is not ${KEY_BYTES} bytes long; move it away and a new one is made (members asked before can then no longer be told apart from new ones)`,
  NO_MEMBER_KEY: 'there is no member key',
};

/**
 * The key of member hashes: made once, kept in the data folder, readable by its owner only, and
 * exactly KEY_BYTES long. A new key is written whole under another name and then linked into
 * place, which fails rather than replace a key another process made first: a full disk leaves
 * no key, never an empty one.
 */
function memberKey(dataDir: string): Buffer {
  const file = join(dataDir, 'member-key');
  const existing = readKey(file);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  try {
    writeFileSync(partial, randomBytes(KEY_BYTES), { mode: 0o600 });
    linkSync(partial, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(partial, { force: true });
  }
  return readKey(file)!;
}

/** The key in `file`, undefined if there is none; an error when it is not exactly KEY_BYTES long. */
function readKey(file: string): Buffer | undefined {
  let key: Buffer;
  try {
    key = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (key.length !== KEY_BYTES)
    throw Object.assign(new Error(`${file} holds ${key.length} bytes`), { code: 'BAD_MEMBER_KEY' });
  return key;
}
