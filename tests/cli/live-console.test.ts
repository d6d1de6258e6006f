import { spawn } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIGHTHOUSE, LIGHTHOUSE_QUESTION, ROOT, SEEDS, tempFolder } from '../helpers.js';

/** `npm start` without a token over a folder, typed to line by line as a person would. */
function consoleOver(folder: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ARTICLES_DIR: folder,
      DATA_DIR: tempFolder('qa-data-'),
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  /** Types a line and waits for its reply (replies end with a blank line). */
  const type = async (line: string): Promise<string> => {
    const from = stdout.length;
    child.stdin.write(`${line}\n`);
    await expect.poll(() => stdout.slice(from).endsWith('\n\n'), { timeout: 10_000, interval: 20 }).toBe(true);
    return stdout.slice(from);
  };
  const quit = async () => {
    child.stdin.end('/quit\n');
    return { code: await exited, stdout, stderr };
  };
  return { type, quit };
}

/** Asks until the reply satisfies `done` or `ms` pass; every question must get its reply meanwhile. */
async function askUntil(
  type: (line: string) => Promise<string>,
  done: (reply: string) => boolean,
  ms: number,
): Promise<string> {
  const started = Date.now();
  let reply = '';
  while (Date.now() - started < ms) {
    reply = await type(LIGHTHOUSE_QUESTION);
    if (done(reply)) return reply;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return reply;
}

describe('the console follows the articles folder', () => {
  it('answers from a file copied in within 5 s, and says "not found" again within 5 s of its removal', async () => {
    const folder = tempFolder('qa-console-live-');
    cpSync(SEEDS, folder, { recursive: true });
    const session = consoleOver(folder);
    expect(await session.type(LIGHTHOUSE_QUESTION)).toMatch(/could not find/i);
    writeFileSync(join(folder, 'lighthouse.txt'), LIGHTHOUSE);
    expect(await askUntil(session.type, (reply) => reply.includes('4.2 million'), 5000)).toContain(
      'Brittany lighthouse reopens',
    );
    rmSync(join(folder, 'lighthouse.txt'));
    expect(await askUntil(session.type, (reply) => /could not find/i.test(reply), 5000)).toMatch(/could not find/i);
    const { code, stderr } = await session.quit();
    expect(code).toBe(0);
    expect(stderr).toBe('');
  }, 30_000);

  it('reads the folder again on /reload when watching is off, and says what changed', async () => {
    const folder = tempFolder('qa-console-reload-');
    cpSync(SEEDS, folder, { recursive: true });
    const session = consoleOver(folder, { ARTICLES_WATCH: 'off' });
    expect(await session.type(LIGHTHOUSE_QUESTION)).toMatch(/could not find/i);
    writeFileSync(join(folder, 'lighthouse.txt'), LIGHTHOUSE);
    writeFileSync(join(folder, 'empty\u001b[2J.txt'), '');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(await session.type(LIGHTHOUSE_QUESTION)).toMatch(/could not find/i);
    const reload = await session.type('/reload');
    expect(reload).toContain('Articles read again: 1 added, 0 updated, 0 removed; 3 in all.');
    expect(reload).toContain(
      '- added: lighthouse: Brittany lighthouse reopens after restoration (English, 2 paragraphs',
    );
    expect(reload).toContain('skipped empty?[2J.txt: it holds no title or text');
    expect(reload).not.toContain('\u001b');
    expect(await session.type(LIGHTHOUSE_QUESTION)).toContain('4.2 million');
    expect(await session.type('/reload')).toContain('No article changed since the last look; 3 in all.');
    expect((await session.quit()).code).toBe(0);
  }, 30_000);
});
