import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { STRICTNESS_LEVELS, type Strictness } from '../answers/ask.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type LogFormat = 'json' | 'pretty';

/** Every setting of the bot. `.env.example` documents each one. */
export interface Settings {
  readonly articlesDir: string;
  /** ARTICLES_WATCH: whether files added, changed or removed in the folder are read while running. */
  readonly watchArticles: boolean;
  /** DATA_DIR: where the database (settings per server, questions, votes) is kept. */
  readonly dataDir: string;
  /** QUESTION_RETENTION_DAYS: questions and their votes are deleted after this many days. */
  readonly retentionDays: number;
  /** DATABASE_URL: a PostgreSQL database (postgres://…) that several bot processes share, in place of DATA_DIR's SQLite file. */
  readonly databaseUrl?: string;
  /** INDEX_SNAPSHOT: the index snapshot's file, 'off', or undefined for one per articles folder in the data folder. */
  readonly indexSnapshot?: string;
  /** LOG_LEVEL, when set: otherwise each way of running picks its own (see loggerFor). */
  readonly logLevel?: LogLevel;
  /** LOG_FORMAT, when set. */
  readonly logFormat?: LogFormat;
  /** ANSWER_STRICTNESS: how sure the bot must be before it cites, where a server has not chosen (/settings). */
  readonly answerStrictness: Strictness;
  readonly discord?: DiscordSettings;
}

export interface DiscordSettings {
  readonly token: string;
  readonly clientId?: string;
  readonly guildId?: string;
  readonly answerChannelIds: readonly string[];
  /**
   * Whether the bot asks Discord for the privileged Message Content intent, which reading
   * messages in answer channels needs (mentions do not). Default: when ANSWER_CHANNEL_IDS is set.
   */
  readonly messageContent: boolean;
  /** Questions one member may ask per window, once their burst is spent. */
  readonly rateLimitCount: number;
  readonly rateLimitWindowSeconds: number;
  /** Questions one member may ask at once before the steady rate applies. */
  readonly rateLimitBurst: number;
  /** How long start-up waits for Discord's gateway to say the bot is ready before giving up. */
  readonly readyTimeoutSeconds: number;
  /** Base URL of Discord's REST API, without version. */
  readonly apiBase: string;
  /** Hosts that /article add may fetch from although they resolve to an internal address. */
  readonly fetchAllowedHosts: readonly string[];
  /**
   * DISCORD_SHARDS and DISCORD_SHARD_COUNT: the shards this process runs, of how many, when the
   * bot runs as several processes (each its share of the servers). Default: every shard Discord
   * recommends, in this process.
   */
  readonly shards?: { readonly ids: readonly number[]; readonly count: number };
}

/** A setting with a value the bot cannot use; `expected` is an i18n key under `settings.`. */
export class SettingError extends Error {
  constructor(
    readonly setting: string,
    readonly expected: string,
    readonly value: string,
  ) {
    super(`Setting ${setting} is wrong: expected ${expected}, got "${value}"`);
    this.name = 'SettingError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * Reads `.env` (if present) under the real environment: a variable already set wins.
 * Node's own parser is used, so there is no dependency for it.
 */
export function environmentWithDotEnv(env: Env = process.env, file = '.env'): Env {
  if (!existsSync(file)) return env;
  const fromFile = parseEnv(readFileSync(file, 'utf8')) as Env;
  return { ...fromFile, ...Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) };
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const SNOWFLAKE = /^\d{17,20}$/;

/**
 * The default of each setting that has one of its own (the others' depend on how the bot runs, or
 * on another setting): the one place the code reads them from. The README's settings table and
 * `.env.example` give the same values; a test keeps the three equal.
 */
export const SETTING_DEFAULTS = {
  ARTICLES_DIR: 'seeds',
  ARTICLES_WATCH: 'on',
  DATA_DIR: 'data',
  QUESTION_RETENTION_DAYS: '30',
  RATE_LIMIT_BURST: '8',
  RATE_LIMIT_QUESTIONS: '5',
  RATE_LIMIT_WINDOW_SECONDS: '10',
  DISCORD_READY_TIMEOUT_SECONDS: '60',
  DISCORD_API_BASE: 'https://discord.com/api',
  ANSWER_STRICTNESS: 'balanced',
} as const;

/** Validates the settings; throws SettingError naming the first wrong one. */
export function readSettings(env: Env): Settings {
  const get = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const orDefault = (name: keyof typeof SETTING_DEFAULTS) => get(name) ?? SETTING_DEFAULTS[name];
  const articlesDir = orDefault('ARTICLES_DIR');
  const dataDir = orDefault('DATA_DIR');
  const retentionDays = positiveInteger(orDefault('QUESTION_RETENTION_DAYS'), 'QUESTION_RETENTION_DAYS');
  const databaseUrl = get('DATABASE_URL');
  if (databaseUrl !== undefined && (!/^postgres(?:ql)?:\/\//.test(databaseUrl) || !URL.canParse(databaseUrl)))
    throw new SettingError('DATABASE_URL', 'postgresUrl', '…');
  const watchArticles = onOff(orDefault('ARTICLES_WATCH'), 'ARTICLES_WATCH', true);
  const answerStrictness = oneOf(orDefault('ANSWER_STRICTNESS'), STRICTNESS_LEVELS, 'ANSWER_STRICTNESS', 'strictness');
  const level = get('LOG_LEVEL');
  const format = get('LOG_FORMAT');
  const logLevel = level === undefined ? undefined : oneOf(level, LOG_LEVELS, 'LOG_LEVEL', 'logLevel');
  const logFormat =
    format === undefined ? undefined : oneOf(format, ['json', 'pretty'] as const, 'LOG_FORMAT', 'logFormat');

  const token = get('DISCORD_TOKEN');
  const snowflake = (name: string) => {
    const value = get(name);
    if (value !== undefined && !SNOWFLAKE.test(value)) throw new SettingError(name, 'snowflake', value);
    return value;
  };
  const clientId = snowflake('DISCORD_CLIENT_ID');
  const guildId = snowflake('DISCORD_GUILD_ID');
  const channels = (get('ANSWER_CHANNEL_IDS') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (channels.some((id) => !SNOWFLAKE.test(id)))
    throw new SettingError('ANSWER_CHANNEL_IDS', 'snowflakeList', get('ANSWER_CHANNEL_IDS')!);
  const messageContent = onOff(get('MESSAGE_CONTENT_INTENT'), 'MESSAGE_CONTENT_INTENT', channels.length > 0);
  const rateLimitCount = positiveInteger(orDefault('RATE_LIMIT_QUESTIONS'), 'RATE_LIMIT_QUESTIONS');
  const rateLimitWindowSeconds = positiveInteger(orDefault('RATE_LIMIT_WINDOW_SECONDS'), 'RATE_LIMIT_WINDOW_SECONDS');
  const rateLimitBurst = positiveInteger(orDefault('RATE_LIMIT_BURST'), 'RATE_LIMIT_BURST');
  const readyTimeoutSeconds = positiveInteger(
    orDefault('DISCORD_READY_TIMEOUT_SECONDS'),
    'DISCORD_READY_TIMEOUT_SECONDS',
  );
  const shardList = get('DISCORD_SHARDS');
  const shardCount = get('DISCORD_SHARD_COUNT');
  if ((shardList === undefined) !== (shardCount === undefined))
    throw new SettingError(
      shardList === undefined ? 'DISCORD_SHARDS' : 'DISCORD_SHARD_COUNT',
      'shardsTogether',
      shardList ?? shardCount!,
    );
  const count = shardCount === undefined ? undefined : positiveInteger(shardCount, 'DISCORD_SHARD_COUNT');
  const ids = shardList?.split(',').map((id) => id.trim());
  if (
    count !== undefined &&
    (!ids!.every((id) => /^\d+$/.test(id) && Number(id) < count) || new Set(ids).size !== ids!.length)
  )
    throw new SettingError('DISCORD_SHARDS', 'shardIds', shardList!);
  const fetchAllowedHosts = (get('ARTICLE_FETCH_ALLOWED_HOSTS') ?? '')
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean);
  const apiBase = orDefault('DISCORD_API_BASE').replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(apiBase) || !URL.canParse(apiBase))
    throw new SettingError('DISCORD_API_BASE', 'url', apiBase);

  const indexSnapshot = get('INDEX_SNAPSHOT');
  const base = {
    articlesDir,
    watchArticles,
    dataDir,
    retentionDays,
    answerStrictness,
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(indexSnapshot ? { indexSnapshot } : {}),
    ...(logLevel ? { logLevel } : {}),
    ...(logFormat ? { logFormat } : {}),
  };
  if (!token) return base;
  return {
    ...base,
    discord: {
      token,
      ...(clientId ? { clientId } : {}),
      ...(guildId ? { guildId } : {}),
      answerChannelIds: channels,
      messageContent,
      rateLimitCount,
      rateLimitWindowSeconds,
      rateLimitBurst,
      readyTimeoutSeconds,
      apiBase,
      fetchAllowedHosts,
      ...(count !== undefined ? { shards: { ids: ids!.map(Number), count } } : {}),
    },
  };
}

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string, expected: string): T {
  const lower = value.toLowerCase();
  if (!(allowed as readonly string[]).includes(lower)) throw new SettingError(name, expected, value);
  return lower as T;
}

/** An on/off switch; `byDefault` when it is not set. */
function onOff(value: string | undefined, name: string, byDefault: boolean): boolean {
  return value === undefined ? byDefault : oneOf(value, ['on', 'off'] as const, name, 'onOff') === 'on';
}

function positiveInteger(value: string, name: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new SettingError(name, 'positiveInteger', value);
  return Number(value);
}
