import { statSync, watch, type FSWatcher } from 'node:fs';

/** How often a folder that went away (a deploy that replaces it) is looked for again. */
const REWATCH_MS = 1000;

export interface FolderWatchOptions {
  /**
   * Quiet time after the last change before `onChange` runs, in milliseconds: a folder copied in,
   * or an editor's save (write a copy, rename, delete), makes a burst of events that settles into
   * one update. Default 300.
   */
  readonly quietMs?: number;
}

/** A watch on a folder; `close` ends it. */
export interface FolderWatch {
  close(): void;
  /** Runs `onChange` again after the quiet time, as if something had changed (a file still settling). */
  again(delayMs?: number): void;
}

/**
 * Calls `onChange` once a burst of changes in a folder has settled, never while the previous
 * call is still running (a change meanwhile makes one more call after it). A folder removed and
 * made again (a deploy) is watched again once it is back, and `onChange` runs then. Returns
 * undefined when the file system cannot watch the folder; the caller says so and relies on a
 * manual reload.
 */
export function watchFolder(
  folder: string,
  onChange: () => Promise<void>,
  options: FolderWatchOptions = {},
): FolderWatch | undefined {
  const quietMs = options.quietMs ?? 300;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let pending = false;
  let closed = false;
  const run = async () => {
    timer = undefined;
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      await onChange();
    } finally {
      running = false;
      if (pending && !closed) {
        pending = false;
        schedule(quietMs);
      }
    }
  };
  const schedule = (delayMs: number) => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), delayMs);
    // A watch alone does not keep the process alive.
    timer.unref();
  };
  let watcher: FSWatcher | undefined;
  /** The folder's inode when watched: another one at the same path is a new folder, unwatched. */
  let watched: number | undefined;
  let retry: NodeJS.Timeout | undefined;
  const isWatchedFolder = () => {
    try {
      return statSync(folder).ino === watched;
    } catch {
      return false;
    }
  };
  const start = (): boolean => {
    try {
      const inode = statSync(folder).ino;
      watcher = watch(folder, { persistent: false }, () => {
        if (!isWatchedFolder()) rewatch();
        schedule(quietMs);
      });
      watcher.on('error', () => {
        rewatch();
        schedule(quietMs);
      });
      watched = inode;
      return true;
    } catch {
      return false;
    }
  };
  const rewatch = () => {
    if (closed || retry) return;
    watcher?.close();
    watcher = undefined;
    retry = setInterval(() => {
      if (closed || !start()) return;
      clearInterval(retry);
      retry = undefined;
      schedule(quietMs);
    }, REWATCH_MS);
    retry.unref();
  };
  if (!start()) return undefined;
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      if (retry) clearInterval(retry);
      watcher?.close();
    },
    again(delayMs = quietMs) {
      schedule(delayMs);
    },
  };
}
