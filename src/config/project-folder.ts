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

/**
 * The compiled script `name` beside the module at `moduleUrl`, for a worker thread. Under vitest
 * the module runs from its .ts source, which has no .js beside it: `npm test` has built dist/
 * first, so the script is taken from there.
 */
export function compiledScript(name: string, moduleUrl: string): URL {
  const url = new URL(name, moduleUrl);
  if (!moduleUrl.endsWith('.ts')) return url;
  const at = url.pathname.lastIndexOf('/src/');
  return new URL(`${url.pathname.slice(0, at)}/dist${url.pathname.slice(at)}`, url);
}
