import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, tempFolder } from '../helpers.js';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a built entry point (dist/) as `npm start` / `npm run ask` do, feeding `input` on stdin. */
export function runNode(entry: string, args: string[], input: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', entry), ...args], {
      cwd: ROOT,
      // A database of its own, so that runs do not share what they record (nor write into the project).
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: tempFolder('qa-data-'), ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}
