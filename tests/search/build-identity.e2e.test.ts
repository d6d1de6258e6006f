// The snapshot's build identity, as a start meets it: a copy of the built project, whose code or
// lock file changes between two starts, rebuilds its index and says why.
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS, tempFolder } from '../helpers.js';

/** A copy of the built project (its dist/, package files, and links to what it reads unchanged). */
function projectCopy(): string {
  const root = tempFolder('qa-project-');
  cpSync(join(ROOT, 'dist'), join(root, 'dist'), { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) cpSync(join(ROOT, file), join(root, file));
  for (const folder of ['node_modules', 'locales', 'vocabulary', 'models'])
    symlinkSync(join(ROOT, folder), join(root, folder));
  return root;
}

/** `npm run ask` of the copy, with info logs in JSON: what it says of the index. */
function ask(root: string, dataDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(root, 'dist/src/cli/ask.js'), '--json', '--corpus', SEEDS, 'Who is Laftit?'],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, LOG_LEVEL: 'info', LOG_FORMAT: 'json' },
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', () => resolve(stderr));
  });
}

const rebuilt = (log: string) => log.split('\n').find((line) => line.includes('Index rebuilt'));

describe('the build of the analysis a snapshot names', () => {
  it('changes, and the next start rebuilds and says why, when code is added in a subfolder or the lock file changes', async () => {
    const root = projectCopy();
    const dataDir = tempFolder('qa-identity-data-');
    expect(rebuilt(await ask(root, dataDir))).toContain('no snapshot yet');
    expect(rebuilt(await ask(root, dataDir))).toBeUndefined();

    // A module moved into (or added to) a subfolder of the code that analyses text.
    mkdirSync(join(root, 'dist/src/text/extra'), { recursive: true });
    writeFileSync(join(root, 'dist/src/text/extra/unused.js'), 'export const unused = 1;\n');
    expect(rebuilt(await ask(root, dataDir))).toContain('another version of the analysis');
    expect(rebuilt(await ask(root, dataDir))).toBeUndefined();

    // Another version of a dependency installed: the lock file says so.
    appendFileSync(join(root, 'package-lock.json'), '\n');
    expect(rebuilt(await ask(root, dataDir))).toContain('another version of the analysis');
  }, 60_000);
});
