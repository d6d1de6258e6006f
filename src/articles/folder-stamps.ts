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
 * would index half an article.
 */
export function diffStamps(before: FileStamps, after: FileStamps, settleMs: number, now = Date.now()): FolderDiff {
  const diff: FolderDiff = { added: [], changed: [], removed: [], settling: [] };
  for (const [file, stamp] of after) {
    const old = before.get(file);
    if (old && old.size === stamp.size && old.mtimeMs === stamp.mtimeMs) continue;
    if (now - stamp.mtimeMs < settleMs) diff.settling.push(file);
    else (old ? diff.changed : diff.added).push(file);
  }
  for (const file of before.keys()) if (!after.has(file)) diff.removed.push(file);
  return diff;
}
