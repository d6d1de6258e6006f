import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A folder at the project root that ships with the code (`locales/`, `vocabulary/`), found
 * from this module whether it runs from src/ (tests) or dist/src/ (npm start).
 */
export function projectFolder(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, name);
    try {
      if (statSync(candidate).isDirectory()) return candidate;
    } catch {
      // not at this level: look one level up
    }
    dir = resolve(dir, '..');
  }
  throw new Error(`${name}/ folder not found`);
}
