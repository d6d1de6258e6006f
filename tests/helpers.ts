import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '..');
export const SEEDS = join(ROOT, 'seeds');
export const EN_SEED = '000_8fec0fb06416156b';
export const FR_SEED = '002_2fd8f9fd8175e2d1';

const created: string[] = [];
// Registered in each test file that imports these helpers: its folders go when its tests are done.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the system's temporary folder, removed after the test file. */
export function tempFolder(prefix = 'qa-bot-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}
