import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

/** The project's docs, as paths from its root: the README, CONTRIBUTING.md and every page of docs/. */
export const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
