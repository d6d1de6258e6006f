import type { Article } from '../src/articles/article.js';
import type { Language } from '../src/language/registry.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '..');
export const SEEDS = join(ROOT, 'seeds');
export const EN_SEED = '000_8fec0fb06416156b';
export const FR_SEED = '002_2fd8f9fd8175e2d1';

/** An article in none of the seeds, to add while the bot runs. */
export const LIGHTHOUSE = [
  'Brittany lighthouse reopens after restoration',
  '',
  'The Kermorvan lighthouse, closed for three years, reopened to visitors on Saturday after a restoration that cost 4.2 million euros.',
  '',
  "The keeper's house now holds a small museum about the shipwrecks of the Iroise sea, the mayor said.",
].join('\n');
/** A question only that article answers. */
export const LIGHTHOUSE_QUESTION = 'How much did the restoration of the lighthouse cost?';

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

/** An article as the loader reads it from `${id}.txt`: a title, then its paragraphs numbered from 1. */
export function testArticle(id: string, title: string, language: Language, ...paragraphs: string[]): Article {
  return { id, title, language, file: `${id}.txt`, paragraphs: paragraphs.map((text, i) => ({ number: i + 1, text })) };
}

/** A small English article of two paragraphs: who opened the harbour, and what it cost. */
export const HARBOUR = testArticle(
  'harbour',
  'Harbour works in Tangier',
  'en',
  'The minister of transport, Ahmed Benali, opened the new harbour of Tangier on Monday.',
  'The harbour cost 300 million euros and will handle nine million containers a year.',
);

/**
 * Turns of the event loop taken while `work` runs, and of them, with `each`, those in which `each`
 * held: how a test sees that this thread went on (answering questions) meanwhile.
 */
export async function turnsWhile(work: Promise<unknown>, each: () => boolean = () => true): Promise<number> {
  let settled = false;
  void work.then(
    () => (settled = true),
    () => (settled = true),
  );
  let counted = 0;
  while (!settled) {
    await new Promise((resolve) => setImmediate(resolve));
    if (!settled && each()) counted++;
  }
  return counted;
}
