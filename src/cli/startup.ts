import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { DEFAULT_LANGUAGE } from '../language/registry.js';
import { ArticlesFolderError } from '../articles/loader.js';
import { environmentWithDotEnv, readSettings, SettingError, type Settings } from '../config/settings.js';
import { Engine } from '../engine.js';
import { translator } from '../i18n/i18n.js';
import { createLogger, type Logger } from '../logging/logger.js';
import { Recorder } from '../storage/recorder.js';
import { questionKey } from '../text/question-key.js';
import { printable } from './printable.js';

/** Reads the settings, or prints what is wrong with them and exits with status 2. */
export function settingsOrExit(overrides: Record<string, string | undefined> = {}): Settings {
  try {
    return readSettings({ ...environmentWithDotEnv(), ...overrides });
  } catch (error) {
    if (error instanceof SettingError) {
      const t = translator(DEFAULT_LANGUAGE);
      const value = error.setting === 'DISCORD_TOKEN' ? '[redacted]' : error.value;
      process.stderr.write(
        `${t('errors.setting', { name: error.setting, expected: t(`settings.${error.expected}`), value })}\n`,
      );
      process.exit(2);
    }
    throw error;
  }
}

/** The snapshot file for an articles folder: the setting's, or one per folder in the data folder. */
export function snapshotFile(settings: Settings, folder: string): string | undefined {
  if (settings.indexSnapshot?.toLowerCase() === 'off') return undefined;
  if (settings.indexSnapshot) return resolve(settings.indexSnapshot);
  const name = createHash('sha256').update(resolve(folder)).digest('hex').slice(0, 16);
  return resolve(settings.dataDir, 'snapshots', `${name}.snapshot`);
}

/**
 * Loads and indexes the articles (from the index snapshot when the folder is as it was), logging
 * each skipped file and why the index was rebuilt; exits with status 1 if no article loads.
 */
export async function engineOrExit(folder: string, logger: Logger, settings: Settings): Promise<Engine> {
  const started = performance.now();
  const snapshot = snapshotFile(settings, folder);
  try {
    const engine = await Engine.fromFolder(folder, {
      ...(snapshot ? { snapshot } : {}),
      answers: { strictness: settings.answerStrictness },
    });
    for (const skipped of engine.skipped) {
      logger.warn(
        { file: skipped.file, reason: skipped.reason, detail: skipped.detail },
        `Skipped ${skipped.file}: ${skipped.reason}`,
      );
    }
    const status = engine.snapshotStatus;
    if (status?.kind === 'built') {
      logger.info({ snapshot, reason: status.reason }, `Index rebuilt: ${status.reason}`);
      void status.saved.then((result) => {
        if (!result.saved)
          logger.warn(
            { snapshot, error: result.error },
            `Cannot write the index snapshot ${snapshot} (${result.error}): the next start rebuilds the index too`,
          );
      });
    }
    const from = status?.kind === 'loaded' ? 'snapshot' : 'files';
    logger.info(
      {
        folder,
        articles: engine.articles.length,
        passages: engine.passageCount,
        from,
        ms: Math.round(performance.now() - started),
      },
      'Articles indexed',
    );
    return engine;
  } catch (error) {
    if (error instanceof ArticlesFolderError) {
      const t = translator(DEFAULT_LANGUAGE);
      process.stderr.write(
        `${t(error.kind === 'missing' ? 'errors.missingFolder' : 'errors.noArticles', { folder: error.folder })}\n`,
      );
      process.exit(1);
    }
    throw error;
  }
}

/**
 * The logger of one way of running. A service (the Discord bot, deploy-commands) logs JSON lines
 * from `info` on, for machines; a person at the console or the one-shot command line sees only
 * warnings and errors, in words, never mixed into the answers (they go to standard error).
 * LOG_LEVEL and LOG_FORMAT override either.
 */
export function loggerFor(settings: Settings, reader: 'service' | 'person' = 'service'): Logger {
  if (reader === 'service' || settings.logFormat)
    return createLogger(settings.logLevel ?? (reader === 'service' ? 'info' : 'warn'), settings.logFormat ?? 'json');
  return createLogger(settings.logLevel ?? 'warn', 'json', wordsOnStandardError);
}

const LEVEL_NAMES: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warning',
  50: 'error',
  60: 'fatal',
};

/** Log lines as a person reads them: "warning: Skipped notes.txt: empty". */
const wordsOnStandardError = {
  write(line: string): void {
    const entry = JSON.parse(line) as { level: number; msg?: string };
    // A file name in a message may carry control characters: none reaches the terminal.
    process.stderr.write(
      `${LEVEL_NAMES[entry.level] ?? 'log'}: ${printable((entry.msg ?? '').replace(/\s+/g, ' '))}\n`,
    );
  },
};

/**
 * The recorder of questions, votes and settings: DATA_DIR's SQLite file, or the PostgreSQL
 * database DATABASE_URL names, which must be reachable: else one line says why and the process
 * exits with status 1 (a supervisor restarts it, or shows the failure).
 */
export async function recorderOrExit(settings: Settings, logger: Logger): Promise<Recorder> {
  const options = {
    dataDir: settings.dataDir,
    retentionDays: settings.retentionDays,
    questionKey,
    ...(settings.databaseUrl ? { databaseUrl: settings.databaseUrl } : {}),
  };
  try {
    return await Recorder.open(options, logger);
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'ERROR';
    logger.fatal(
      { code, database: 'postgresql' },
      `Cannot open the PostgreSQL database of DATABASE_URL (${(error as Error).message || code}): check that it runs and that the URL is right`,
    );
    process.exit(1);
  }
}
