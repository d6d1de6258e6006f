import type { ArticlesUpdate } from './articles-update.js';
import type { Logger } from '../logging/logger.js';
import { ArticlesFolderError } from './loader.js';
import { watchFolder, type FolderWatch } from './watch.js';

/** What follows a folder: the engine's `refresh`. */
export interface Refreshable {
  refresh(): Promise<ArticlesUpdate>;
}

/** Whether an update changed anything worth a log line. */
export function isEmptyUpdate(update: ArticlesUpdate): boolean {
  return update.added.length + update.updated.length + update.removed.length + update.skipped.length === 0;
}

/** One line saying what an update changed, for the log: "1 added (a), 0 updated, 1 removed (b); skipped c.txt (empty)". */
export function describeUpdate(update: ArticlesUpdate): string {
  const ids = (articles: readonly { id: string }[]) =>
    articles.length ? ` (${articles.map((a) => a.id).join(', ')})` : '';
  const skipped = update.skipped.map((file) => `${file.file} (${file.reason}${file.detail ? `: ${file.detail}` : ''})`);
  return (
    `${update.added.length} added${ids(update.added)}, ${update.updated.length} updated${ids(update.updated)}, ` +
    `${update.removed.length} removed${ids(update.removed)}${skipped.length ? `; skipped ${skipped.join(', ')}` : ''}`
  );
}

/** The log line of an update that changed something (a warning when it skipped files). */
export function logUpdate(logger: Logger, update: ArticlesUpdate): void {
  if (update.futureDated.length) {
    logger.warn(
      { files: update.futureDated },
      `${update.futureDated.length} file(s) dated in the future, read all the same: is a clock wrong?`,
    );
  }
  if (isEmptyUpdate(update)) return;
  const level = update.skipped.length ? 'warn' : 'info';
  logger[level](
    {
      added: update.added.map((a) => a.id),
      updated: update.updated.map((a) => a.id),
      removed: update.removed.map((a) => a.id),
      skipped: update.skipped,
    },
    `Articles updated: ${describeUpdate(update)}`,
  );
}

/** Refreshes, logs what changed, and keeps every article when the folder cannot be read. */
export async function refreshAndLog(engine: Refreshable, logger: Logger): Promise<ArticlesUpdate | undefined> {
  try {
    const update = await engine.refresh();
    logUpdate(logger, update);
    return update;
  } catch (error) {
    if (!(error instanceof ArticlesFolderError)) throw error;
    logger.warn({ folder: error.folder }, `${error.message}; the articles already loaded are kept`);
    return undefined;
  }
}

/**
 * Keeps the engine's articles in step with its folder: each settled burst of changes is one
 * refresh and one log line; a file still being written is looked at again once it settles.
 */
export function followArticles(
  engine: Refreshable,
  folder: string,
  logger: Logger,
  settleMs = 1000,
): FolderWatch | undefined {
  const watch: FolderWatch | undefined = watchFolder(folder, async () => {
    const update = await refreshAndLog(engine, logger);
    if (update && update.settling > 0) watch?.again(settleMs);
  });
  if (!watch)
    logger.warn(
      { folder },
      `Cannot watch ${folder} for changes: new articles are read after a restart (or /reload in the console)`,
    );
  return watch;
}
