import { followArticles, logUpdate } from './articles/follow.js';
import { ConsoleSession } from './cli/console.js';
import { engineOrExit, loggerFor, recorderOrExit, settingsOrExit } from './cli/startup.js';
import { DEFAULT_LANGUAGE } from './language/registry.js';
import { translator } from './i18n/i18n.js';
import type { StopSignals } from './cli/stop-signals.js';
import { SharedArticles } from './storage/shared-articles.js';

/**
 * The Discord bot when DISCORD_TOKEN is set, otherwise the local console over the same engine.
 * `stopSignals` listens already: `main.ts` started it before loading this.
 */
export async function start(stopSignals: StopSignals): Promise<void> {
  const settings = settingsOrExit();
  // The bot is a service; the console, a person's.
  const logger = loggerFor(settings, settings.discord ? 'service' : 'person');
  // A promise that nothing awaited, or an exception thrown in a callback, is logged; the bot goes on
  // answering everyone else.
  // A reader that goes away (`npm start | head`) ends the process quietly: there is no one left to tell.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => error.code === 'EPIPE' && process.exit(0));
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'Unhandled promise rejection'));
  process.on('uncaughtException', (error: NodeJS.ErrnoException) =>
    error.code === 'EPIPE' ? process.exit(0) : logger.error({ err: error }, 'Uncaught exception'),
  );
  // Stopped while starting: nothing is open that a stop must close (SQLite's log and PostgreSQL
  // keep what was written), so the process ends at once.
  stopSignals.set((signal) => {
    logger.info({ signal }, 'Stopping');
    process.exit(0);
  });
  // Settings per server, questions and votes: the Discord servers', or the console's as a server of its own.
  const recorder = await recorderOrExit(settings, logger);
  // With several processes on one database, the articles added or removed through any of them.
  const shared = recorder.shared ? new SharedArticles(recorder.shared, settings.articlesDir, logger) : undefined;
  await shared?.catchUp();
  const engine = await engineOrExit(settings.articlesDir, logger, settings);
  void engine.warmUp();
  if (settings.watchArticles) followArticles(engine, settings.articlesDir, logger);
  shared?.follow(
    (files) =>
      void engine.refresh(files).then(
        (update) => logUpdate(logger, update),
        (error: unknown) => logger.error({ err: error }, 'Cannot read the shared articles'),
      ),
  );

  if (settings.discord) {
    const { startBot } = await import('./discord/bot.js');
    const { StartupFailure } = await import('./discord/startup-failure.js');
    try {
      await startBot(engine, settings.discord, logger, stopSignals, recorder, shared);
    } catch (error) {
      if (!(error instanceof StartupFailure)) throw error;
      logger.fatal({ code: error.code }, error.message);
      process.exit(1);
    }
  } else {
    stopSignals.set((signal) => {
      logger.info({ signal }, 'Stopping');
      void recorder.close().finally(() => process.exit(0));
    });
    process.stdout.write(`${translator(DEFAULT_LANGUAGE)('console.noDiscord')}\n`);
    await new ConsoleSession(engine, recorder).run();
    await recorder.close();
  }
}
