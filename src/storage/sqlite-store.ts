import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { isOneEditApart } from '../text/one-edit.js';
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
import type { AskedQuestion, ReportQuestion, ServerReport, ServerSettings, Store, Vote } from './store.js';

/**
 * Each migration brings the schema from the version before it to its own number (its index + 1,
 * kept in SQLite's `user_version`). Order matters: they run in this order, once each, and a
 * published one is never edited; a change is a new one at the end.
 */
const MIGRATIONS: readonly string[] = [RECORD_TABLES('INTEGER'), SETTINGS_STRICTNESS];

const SETTINGS = settingsStatements(() => '?');

/** Most unanswered questions and disliked answers a report lists. */
export const REPORT_ROWS = 10;

/**
 * The store in one SQLite file, through better-sqlite3: each call a transaction, done before
 * its promise is made (so a caller that does not wait still sees it done). WAL mode, so that reads do not wait for a write and a write is on disk (in the
 * log) before the call returns: a process killed just after loses nothing it acknowledged.
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly statements;

  /** Opens (creating it and its folder if needed) and migrates the database at `file`. */
  constructor(
    file: string,
    private readonly questionKey: (question: string, language: string) => string,
  ) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file, { timeout: 2000 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
    this.statements = {
      settings: this.db.prepare<[string], SettingsRow>(SETTINGS.select),
      saveSettings: this.db.prepare(SETTINGS.save),
      question: this.db
        .prepare(`INSERT OR IGNORE INTO questions (answer, server, asker, question, question_key, language, found, article, paragraph, at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      vote: this.db
        .prepare(`INSERT INTO votes (answer, voter, vote, at) SELECT answer, ?, ?, ? FROM questions WHERE answer = ? AND server = ?
        ON CONFLICT (answer, voter) DO UPDATE SET vote = excluded.vote, at = excluded.at`),
      counts: this.db.prepare<[string, number], { asked: number; answered: number | null }>(
        'SELECT COUNT(*) AS asked, SUM(found) AS answered FROM questions WHERE server = ? AND at >= ?',
      ),
      votes: this.db.prepare<
        [string, number],
        { up: number | null; down: number | null }
      >(`SELECT SUM(v.vote = 1) AS up, SUM(v.vote = -1) AS down
        FROM votes v JOIN questions q ON q.answer = v.answer WHERE q.server = ? AND q.at >= ?`),
      unanswered: this.db.prepare<
        [{ server: string; since: number }],
        { question_key: string; question: string; count: number }
      >(`SELECT question_key,
        (SELECT question FROM questions i WHERE i.server = q.server AND i.question_key = q.question_key AND i.found = 0 AND i.at >= @since
          GROUP BY question ORDER BY COUNT(*) DESC, MIN(at), MIN(rowid) LIMIT 1) AS question, COUNT(*) AS count
        FROM questions q WHERE server = @server AND found = 0 AND at >= @since GROUP BY question_key ORDER BY count DESC LIMIT 200`),
      disliked: this.db.prepare<
        [string, number, number],
        { question: string; article: string | null; paragraph: number | null; up: number; down: number }
      >(`
        SELECT q.question, q.article, q.paragraph, SUM(v.vote = 1) AS up, SUM(v.vote = -1) AS down
        FROM votes v JOIN questions q ON q.answer = v.answer WHERE q.server = ? AND q.at >= ?
        GROUP BY q.answer HAVING down > 0 ORDER BY down DESC, up ASC, q.at DESC LIMIT ?`),
      forgetServer: [
        this.db.prepare('DELETE FROM questions WHERE server = ?'),
        this.db.prepare('DELETE FROM server_settings WHERE server = ?'),
      ],
      forgetBefore: this.db.prepare('DELETE FROM questions WHERE at < ?'),
    };
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  async settings(server: string): Promise<ServerSettings> {
    const row = this.statements.settings.get(server);
    return settingsOfRow(row);
  }

  async saveSettings(server: string, settings: ServerSettings): Promise<void> {
    this.statements.saveSettings.run(...settingsValues(server, settings));
  }

  async recordQuestion(q: AskedQuestion): Promise<void> {
    this.statements.question.run(...questionValues(q, this.questionKey));
  }

  async recordVote(server: string, answer: string, voter: string, vote: Vote, at: number): Promise<boolean> {
    return this.statements.vote.run(voter, vote, at, answer, server).changes > 0;
  }

  async report(server: string, since: number): Promise<ServerReport> {
    const counts = this.statements.counts.get(server, since)!;
    const votes = this.statements.votes.get(server, since)!;
    return {
      asked: counts.asked,
      answered: counts.answered ?? 0,
      up: votes.up ?? 0,
      down: votes.down ?? 0,
      unanswered: mergeSpellings(this.statements.unanswered.all({ server, since })).slice(0, REPORT_ROWS),
      disliked: this.statements.disliked.all(server, since, REPORT_ROWS).map(dislikedOfRow),
    };
  }

  async forgetServer(server: string): Promise<void> {
    this.db.transaction(() => {
      for (const statement of this.statements.forgetServer) statement.run(server);
    })();
  }

  async forgetBefore(before: number): Promise<number> {
    return this.statements.forgetBefore.run(before).changes;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/**
 * Groups of one question whose keys differ by a slip in a word or two ("salary minister" and
 * "salary ministr"), merged into the larger group, most asked first.
 */
export function mergeSpellings(
  groups: readonly { question_key: string; question: string; count: number }[],
): ReportQuestion[] {
  const merged: { words: string[]; question: string; count: number }[] = [];
  for (const group of groups) {
    const words = group.question_key.split(' ');
    const same = merged.find(
      (m) =>
        m.words.length === words.length &&
        m.words.every((word, i) => word === words[i] || isOneEditApart(word, words[i]!)),
    );
    if (same) same.count += group.count;
    else merged.push({ words, question: group.question, count: group.count });
  }
  return merged.sort((a, b) => b.count - a.count).map(({ question, count }) => ({ question, count }));
}
