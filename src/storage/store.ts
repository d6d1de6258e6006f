/**
 * What the bot keeps between runs: each server's settings, the questions asked (for the admins'
 * report) and the votes on answers. The bot talks to this interface only: SQLite implements it
 * in one file, the default (`sqlite-store.ts`), and PostgreSQL for several processes on one
 * database (`pg-store.ts`, chosen by DATABASE_URL). Every call is asynchronous, as a server
 * database's are; SQLite's resolve at once.
 */

import type { Strictness } from '../answers/ask.js';
import type { LanguageChoice } from '../articles/article.js';

/** A server's own settings; what it has not set falls back to the environment's defaults. */
export interface ServerSettings {
  /** Channels where every message is a question, besides the ones ANSWER_CHANNEL_IDS names. */
  readonly answerChannels: readonly string[];
  readonly language?: LanguageChoice;
  /** Most passages an answer cites on a page: 1, 2 or 3. */
  readonly citations?: 1 | 2 | 3;
  /** How sure the bot must be before it cites: "not found" more often when strict. */
  readonly strictness?: Strictness;
}

/** One question asked and how it was answered. */
export interface AskedQuestion {
  readonly server: string;
  /** The question's message or interaction id: the answer's key for votes. */
  readonly answer: string;
  /** The asker, as a keyed hash (never the member id). */
  readonly asker: string;
  readonly question: string;
  readonly language: string;
  readonly found: boolean;
  /** The passage cited first, when found. */
  readonly article?: string;
  readonly paragraph?: number;
  readonly at: number;
}

export type Vote = 1 | -1;

export interface ReportQuestion {
  /** The question as most often typed. */
  readonly question: string;
  /** How many times it was asked, counting every spelling. */
  readonly count: number;
}

export interface ReportAnswer {
  readonly question: string;
  readonly article?: string;
  readonly paragraph?: number;
  readonly down: number;
  readonly up: number;
}

/** What a server's admins see in /report. */
export interface ServerReport {
  readonly asked: number;
  readonly answered: number;
  readonly up: number;
  readonly down: number;
  /** Most asked first. */
  readonly unanswered: readonly ReportQuestion[];
  /** Most 👎 first. */
  readonly disliked: readonly ReportAnswer[];
}

export interface Store {
  settings(server: string): Promise<ServerSettings>;
  saveSettings(server: string, settings: ServerSettings): Promise<void>;
  recordQuestion(question: AskedQuestion): Promise<void>;
  /** A member's vote on an answer; voting again replaces it. False when the answer is unknown (too old, or never recorded). */
  recordVote(server: string, answer: string, voter: string, vote: Vote, at: number): Promise<boolean>;
  report(server: string, since: number): Promise<ServerReport>;
  /** Everything kept about a server (the bot left it). */
  forgetServer(server: string): Promise<void>;
  /** Questions (and their votes) older than `before`. Resolves to how many went. */
  forgetBefore(before: number): Promise<number>;
  /**
   * Calls `listener` with each server whose settings a process changed or forgot (undefined: any
   * server may have changed), for a store that several processes share; a store of one process
   * never calls it.
   */
  onSettingsChanged?(listener: (server: string | undefined) => void): void;
  close(): Promise<void>;
}
