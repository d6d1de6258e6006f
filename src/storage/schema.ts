import { isStrictness } from '../answers/ask.js';
import type { AskedQuestion, ReportAnswer, ServerSettings } from './store.js';

/**
 * The tables of what the bot records, the same in both stores: a server's settings, the questions
 * asked, the votes on their answers. `time` is the column type of a time in milliseconds since
 * 1970: SQLite's INTEGER holds it; PostgreSQL's needs BIGINT. It is each store's first migration,
 * so it is never edited: a change is a new migration in each store.
 */
export const RECORD_TABLES = (time: 'INTEGER' | 'BIGINT'): string => `CREATE TABLE server_settings (
     server TEXT PRIMARY KEY,
     answer_channels TEXT NOT NULL DEFAULT '[]',
     language TEXT,
     citations INTEGER
   );
   CREATE TABLE questions (
     answer TEXT PRIMARY KEY,
     server TEXT NOT NULL,
     asker TEXT NOT NULL,
     question TEXT NOT NULL,
     question_key TEXT NOT NULL,
     language TEXT NOT NULL,
     found INTEGER NOT NULL,
     article TEXT,
     paragraph INTEGER,
     at ${time} NOT NULL
   );
   CREATE INDEX questions_by_server ON questions (server, at);
   CREATE TABLE votes (
     answer TEXT NOT NULL REFERENCES questions (answer) ON DELETE CASCADE,
     voter TEXT NOT NULL,
     vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
     at ${time} NOT NULL,
     PRIMARY KEY (answer, voter)
   );`;

/** The second migration of both stores: a server's strictness (NULL: the default). */
export const SETTINGS_STRICTNESS = 'ALTER TABLE server_settings ADD COLUMN strictness TEXT;';

/** The columns of server_settings, in the order `settingsValues` gives them after the server. */
const SETTINGS_COLUMNS = ['answer_channels', 'language', 'citations', 'strictness'] as const;

/**
 * The statements that read and save a server's settings, with a store's placeholders (`?` for
 * SQLite, `$1`… for PostgreSQL): saving writes the row or updates every column of it.
 */
export function settingsStatements(placeholder: (position: number) => string): { select: string; save: string } {
  const columns = SETTINGS_COLUMNS.join(', ');
  const values = ['server', ...SETTINGS_COLUMNS].map((_, i) => placeholder(i + 1)).join(', ');
  const updates = SETTINGS_COLUMNS.map((column) => `${column} = excluded.${column}`).join(', ');
  return {
    select: `SELECT ${columns} FROM server_settings WHERE server = ${placeholder(1)}`,
    save: `INSERT INTO server_settings (server, ${columns}) VALUES (${values}) ON CONFLICT (server) DO UPDATE SET ${updates}`,
  };
}

/** A server_settings row as both stores read it. */
export interface SettingsRow {
  readonly answer_channels: string;
  readonly language: string | null;
  readonly citations: number | null;
  readonly strictness: string | null;
}

/** A server's settings from its row; the defaults when it has none. */
export function settingsOfRow(row: SettingsRow | undefined): ServerSettings {
  if (!row) return { answerChannels: [] };
  return {
    answerChannels: JSON.parse(row.answer_channels) as string[],
    ...(row.language ? { language: row.language as ServerSettings['language'] & string } : {}),
    ...(row.citations ? { citations: row.citations as 1 | 2 | 3 } : {}),
    ...(isStrictness(row.strictness) ? { strictness: row.strictness } : {}),
  };
}

/** The values of a server_settings row: the server, then its other columns in `SETTINGS_COLUMNS`' order. */
export function settingsValues(
  server: string,
  settings: ServerSettings,
): [string, string, string | null, number | null, string | null] {
  return [
    server,
    JSON.stringify(settings.answerChannels),
    settings.language ?? null,
    settings.citations ?? null,
    settings.strictness ?? null,
  ];
}

/** The values of a questions row, in the order of its columns (answer … at). */
export function questionValues(
  q: AskedQuestion,
  questionKey: (question: string, language: string) => string,
): unknown[] {
  const key = questionKey(q.question, q.language);
  return [
    q.answer,
    q.server,
    q.asker,
    q.question,
    key,
    q.language,
    q.found ? 1 : 0,
    q.article ?? null,
    q.paragraph ?? null,
    q.at,
  ];
}

/** A disliked answer of the report, from its row. */
export function dislikedOfRow(row: {
  question: string;
  article: string | null;
  paragraph: number | null;
  up: number;
  down: number;
}): ReportAnswer {
  return {
    question: row.question,
    down: row.down,
    up: row.up,
    ...(row.article ? { article: row.article } : {}),
    ...(row.paragraph ? { paragraph: row.paragraph } : {}),
  };
}
