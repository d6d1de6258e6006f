import { watch, type FSWatcher } from 'node:fs';

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
 * call is still running (a change meanwhile makes one more call after it). Returns undefined
 * when the file system cannot watch the folder; the caller says so and relies on a manual reload.
 */
export function watchFolder(folder: string, onChange: () => Promise<void>, options: FolderWatchOptions = {}): FolderWatch | undefined {
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
  let watcher: FSWatcher;
  try {
    watcher = watch(folder, { persistent: false }, () => schedule(quietMs));
  } catch {
    return undefined;
  }
  watcher.on('error', () => schedule(quietMs));
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher.close();
    },
    again(delayMs = quietMs) {
      schedule(delayMs);
    },
  };
}
