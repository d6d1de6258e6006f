import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const SEEDS = join(ROOT, 'seeds');
export const EN_SEED = '000_8fec0fb06416156b';
export const FR_SEED = '002_2fd8f9fd8175e2d1';

export function tempFolder(prefix = 'qa-bot-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
