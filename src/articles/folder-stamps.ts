import { lstatSync } from 'node:fs';

/** What tells that a file changed without reading it: its size and modification time. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
}

/** File path -> stamp. */
export type FileStamps = ReadonlyMap<string, FileStamp>;

/** How a folder's article files differ from an earlier look at them. */
export interface FolderDiff {
  readonly added: string[];
  readonly changed: string[];
  readonly removed: string[];
  /** Files modified so recently that they may still be being written: looked at again later. */
  readonly settling: string[];
  /**
   * Files modified more than `settleMs` after `now` (a clock set wrong, a copy that kept a future
   * date): also in `added` or `changed`, since waiting for them to settle could last for ever.
   */
  readonly futureDated: string[];
}

/** Stamps of files; one that vanished meanwhile is left out. */
export function stampFiles(files: readonly string[]): Map<string, FileStamp> {
  const stamps = new Map<string, FileStamp>();
  for (const file of files) {
    try {
      const { size, mtimeMs } = lstatSync(file);
      stamps.set(file, { size, mtimeMs });
    } catch {
      // Removed between listing and stamping: it is simply not there.
    }
  }
  return stamps;
}

/**
 * The difference between two looks at a folder. A file written less than `settleMs` before
 * `now` is `settling`, neither added nor changed yet: it may be half-written, and reading it now
 * would index half an article. One dated further ahead than that is read (`futureDated`).
 */
export function diffStamps(before: FileStamps, after: FileStamps, settleMs: number, now = Date.now()): FolderDiff {
  const diff: FolderDiff = { added: [], changed: [], removed: [], settling: [], futureDated: [] };
  for (const [file, stamp] of after) {
    const old = before.get(file);
    if (old && old.size === stamp.size && old.mtimeMs === stamp.mtimeMs) continue;
    const age = now - stamp.mtimeMs;
    if (age < -settleMs) diff.futureDated.push(file);
    else if (age < settleMs) {
      diff.settling.push(file);
      continue;
    }
    (old ? diff.changed : diff.added).push(file);
  }
  for (const file of before.keys()) if (!after.has(file)) diff.removed.push(file);
  return diff;
}
