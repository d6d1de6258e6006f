import pg from 'pg';
import {
  dislikedOfRow,
  questionValues,
  RECORD_TABLES,
  SETTINGS_STRICTNESS,
  settingsOfRow,
  settingsStatements,
  settingsValues,
  type SettingsRow,
} from './schema.js';
import { mergeSpellings, REPORT_ROWS } from './sqlite-store.js';
import type { AskedQuestion, ServerReport, ServerSettings, Store, Vote } from './store.js';

/**
 * Each migration brings the schema from the version before it to its own number (its index + 1,
 * kept in `schema_version`). Order matters: they run in this order, once each, and a published
 * one is never edited; a change is a new one at the end. The same tables as SQLite's, and the
 * member key, which every process must share for a member's votes to count once.
 */
export const MIGRATIONS: readonly string[] = [
  `${RECORD_TABLES('BIGINT')}
   CREATE TABLE member_key (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     key BYTEA NOT NULL
   );`,
  // Article files added or removed through Discord, by file name; content NULL: removed.
  `CREATE TABLE article_files (
     name TEXT PRIMARY KEY,
     content BYTEA,
     changed_at BIGINT NOT NULL
   );`,
  SETTINGS_STRICTNESS,
];

const SETTINGS = settingsStatements((position) => `$${position}`);

/** The advisory lock migrations run under: two processes starting at once migrate once. */
const MIGRATION_LOCK = 0x62_6f_74;
/** The channel on which a process says it changed a server's settings (the payload: the server). */
const SETTINGS_CHANNEL = 'bot_settings';
/** The channel on which a process says it added or removed an article file (the payload: its name). */
const ARTICLES_CHANNEL = 'bot_articles';

/** An article file as the database keeps it: its bytes, or null once it was removed. */
export interface SharedArticleFile {
  readonly name: string;
  readonly content: Buffer | null;
}
/** How long a connection may take before PostgreSQL counts as unreachable. */
const CONNECT_TIMEOUT_MS = 5000;
/** How long to wait before listening again after the listening connection was lost. */
const RELISTEN_MS = 1000;

/**
 * The store in PostgreSQL, through node-postgres's pool: several bot processes share it. A
 * server's settings changed by one process are told to the others (LISTEN/NOTIFY), so that each
 * can keep them in memory. A lost database makes calls fail (the recorder logs it and goes on
 * answering); the pool connects again by itself once it is back.
 */
export class PgStore implements Store {
  private listener: pg.Client | undefined;
  private readonly settingsListeners: ((server: string | undefined) => void)[] = [];
  private readonly articleListeners: ((name: string | undefined) => void)[] = [];
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
    private readonly questionKey: (question: string, language: string) => string,
  ) {}

  /** Connects and migrates; rejects when PostgreSQL cannot be reached or refuses. */
  static async connect(url: string, questionKey: (question: string, language: string) => string): Promise<PgStore> {
    const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // An idle connection that breaks (the server restarted) is dropped; the next call makes a new one.
    pool.on('error', () => undefined);
    const store = new PgStore(pool, url, questionKey);
    try {
      await store.migrate();
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_version');
      if (rows.length === 0) await client.query('INSERT INTO schema_version (version) VALUES (0)');
      for (let version = rows[0]?.version ?? 0; version < MIGRATIONS.length; version++) {
        await client.query('BEGIN');
        try {
          await client.query(MIGRATIONS[version]!);
          await client.query('UPDATE schema_version SET version = $1', [version + 1]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
  }

  /** The key of member hashes, the same for every process: `candidate` if none was kept yet. */
  async memberKey(candidate: Buffer): Promise<Buffer> {
    await this.pool.query('INSERT INTO member_key (id, key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING', [candidate]);
    const { rows } = await this.pool.query<{ key: Buffer }>('SELECT key FROM member_key WHERE id = 1');
    return rows[0]!.key;
  }

  async settings(server: string): Promise<ServerSettings> {
    const { rows } = await this.pool.query<SettingsRow>(SETTINGS.select, [server]);
    return settingsOfRow(rows[0]);
  }

  async saveSettings(server: string, settings: ServerSettings): Promise<void> {
    await this.pool.query(SETTINGS.save, settingsValues(server, settings));
    await this.pool.query('SELECT pg_notify($1, $2)', [SETTINGS_CHANNEL, server]);
  }

  async recordQuestion(q: AskedQuestion): Promise<void> {
    await this.pool.query(
      `INSERT INTO questions (answer, server, asker, question, question_key, language, found, article, paragraph, at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (answer) DO NOTHING`,
      questionValues(q, this.questionKey),
    );
  }

  async recordVote(server: string, answer: string, voter: string, vote: Vote, at: number): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO votes (answer, voter, vote, at) SELECT answer, $1, $2, $3 FROM questions WHERE answer = $4 AND server = $5
      ON CONFLICT (answer, voter) DO UPDATE SET vote = excluded.vote, at = excluded.at`,
      [voter, vote, at, answer, server],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async report(server: string, since: number): Promise<ServerReport> {
    const [counts, votes, unanswered, disliked] = await Promise.all([
      this.pool.query<{ asked: number; answered: number }>(
        'SELECT COUNT(*)::int AS asked, COALESCE(SUM(found), 0)::int AS answered FROM questions WHERE server = $1 AND at >= $2',
        [server, since],
      ),
      this.pool.query<{ up: number; down: number }>(
        `SELECT COALESCE(SUM(CASE WHEN v.vote = 1 THEN 1 ELSE 0 END), 0)::int AS up,
        COALESCE(SUM(CASE WHEN v.vote = -1 THEN 1 ELSE 0 END), 0)::int AS down
        FROM votes v JOIN questions q ON q.answer = v.answer WHERE q.server = $1 AND q.at >= $2`,
        [server, since],
      ),
      this.pool.query<{ question_key: string; question: string; count: number }>(
        `SELECT question_key,
        (SELECT question FROM questions i WHERE i.server = q.server AND i.question_key = q.question_key AND i.found = 0 AND i.at >= $2
          GROUP BY question ORDER BY COUNT(*) DESC, MIN(at), question LIMIT 1) AS question, COUNT(*)::int AS count
        FROM questions q WHERE server = $1 AND found = 0 AND at >= $2 GROUP BY server, question_key ORDER BY count DESC LIMIT 200`,
        [server, since],
      ),
      this.pool.query<{ question: string; article: string | null; paragraph: number | null; up: number; down: number }>(
        `
        SELECT q.question, q.article, q.paragraph, SUM(CASE WHEN v.vote = 1 THEN 1 ELSE 0 END)::int AS up, SUM(CASE WHEN v.vote = -1 THEN 1 ELSE 0 END)::int AS down
        FROM votes v JOIN questions q ON q.answer = v.answer WHERE q.server = $1 AND q.at >= $2
        GROUP BY q.answer, q.question, q.article, q.paragraph, q.at HAVING SUM(CASE WHEN v.vote = -1 THEN 1 ELSE 0 END) > 0
        ORDER BY down DESC, up ASC, q.at DESC LIMIT $3`,
        [server, since, REPORT_ROWS],
      ),
    ]);
    return {
      asked: counts.rows[0]!.asked,
      answered: counts.rows[0]!.answered,
      up: votes.rows[0]!.up,
      down: votes.rows[0]!.down,
      unanswered: mergeSpellings(unanswered.rows).slice(0, REPORT_ROWS),
      disliked: disliked.rows.map(dislikedOfRow),
    };
  }

  async forgetServer(server: string): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('DELETE FROM questions WHERE server = $1', [server]);
      await client.query('DELETE FROM server_settings WHERE server = $1', [server]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    await this.pool.query('SELECT pg_notify($1, $2)', [SETTINGS_CHANNEL, server]);
  }

  async forgetBefore(before: number): Promise<number> {
    return (await this.pool.query('DELETE FROM questions WHERE at < $1', [before])).rowCount ?? 0;
  }

  onSettingsChanged(listener: (server: string | undefined) => void): void {
    this.settingsListeners.push(listener);
    if (!this.listener) void this.listen();
  }

  /** Keeps an article file added (its bytes) or removed (null) through this process, and tells the others. */
  async saveArticleFile(name: string, content: Buffer | null): Promise<void> {
    await this.pool.query(
      `INSERT INTO article_files (name, content, changed_at) VALUES ($1, $2, $3)
      ON CONFLICT (name) DO UPDATE SET content = excluded.content, changed_at = excluded.changed_at`,
      [name, content, Date.now()],
    );
    await this.pool.query('SELECT pg_notify($1, $2)', [ARTICLES_CHANNEL, name]);
  }

  /** The article files added or removed through any process: all of them, or the one named. */
  async articleFiles(name?: string): Promise<SharedArticleFile[]> {
    const { rows } =
      name === undefined
        ? await this.pool.query<SharedArticleFile>('SELECT name, content FROM article_files ORDER BY name')
        : await this.pool.query<SharedArticleFile>('SELECT name, content FROM article_files WHERE name = $1', [name]);
    return rows;
  }

  /** Calls `listener` with each article file a process added or removed (undefined: any may have been). */
  onArticlesChanged(listener: (name: string | undefined) => void): void {
    this.articleListeners.push(listener);
    if (!this.listener) void this.listen();
  }

  /**
   * One connection of its own, listening for settings and articles changed by any process (this
   * one too: a cached copy is simply read again). Lost, it listens again; changes meanwhile are
   * missed, so everything is read again then.
   */
  private async listen(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    this.listener = client;
    const again = () => {
      if (this.listener !== client || this.closed) return;
      this.listener = undefined;
      setTimeout(() => void this.listen(), RELISTEN_MS).unref();
    };
    client.on('error', again);
    client.on('end', again);
    client.on('notification', (message) => {
      const listeners = message.channel === ARTICLES_CHANNEL ? this.articleListeners : this.settingsListeners;
      for (const listener of listeners) listener(message.payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${SETTINGS_CHANNEL}; LISTEN ${ARTICLES_CHANNEL}`);
      // What changed while no one listened is unknown: every setting and article is read again.
      for (const listener of [...this.settingsListeners, ...this.articleListeners]) listener(undefined);
    } catch {
      await client.end().catch(() => undefined);
      again();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
    await this.pool.end();
  }
}
