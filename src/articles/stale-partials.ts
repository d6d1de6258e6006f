import { readdirSync, rmSync, statSync } from 'node:fs';
import { isPartial } from './loader.js';
import { join } from 'node:path';

/** A file being written under its temporary name is renamed within seconds: one this old was left by a process that died. */
const STALE_MS = 10 * 60 * 1000;

/**
 * Removes what killed writes left in a folder: `….partial` files of a process that is no longer
 * running (`name.PID.partial`, as the snapshot writes them), or older than ten minutes (an
 * article written whole by `/article`, `.name.random.partial`). Returns the names removed. `names`
 * saves a reading of the folder when the caller has one; a folder that cannot be read is left
 * as it is: the caller reports its own errors.
 */
export function removeStalePartials(
  folder: string,
  names: readonly string[] = partialsIn(folder),
  now = Date.now(),
): string[] {
  const removed: string[] = [];
  for (const name of names) {
    const file = join(folder, name);
    try {
      const pid = /\.(\d{1,7})\.partial$/.exec(name)?.[1];
      const stale = pid !== undefined ? !isRunning(Number(pid)) : now - statSync(file).mtimeMs > STALE_MS;
      if (!stale) continue;
      rmSync(file, { force: true });
      removed.push(name);
    } catch {
      // Gone meanwhile, or not ours to remove: nothing to do.
    }
  }
  return removed;
}

function partialsIn(folder: string): string[] {
  try {
    return readdirSync(folder).filter(isPartial);
  } catch {
    return [];
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
