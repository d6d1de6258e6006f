import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempFolder } from '../helpers.js';
import { runNode } from '../cli/run.js';
import { IDS, LocalDiscord } from './local-discord.js';

let discord: LocalDiscord;
beforeAll(async () => {
  discord = new LocalDiscord();
  await discord.start();
});
afterAll(async () => {
  await discord?.stop();
});

function botEnv(dataDir = tempFolder('qa-data-')): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    DISCORD_TOKEN: 'local-test-token',
    DISCORD_API_BASE: discord.apiBase,
    DATA_DIR: dataDir,
  };
}

function collect(child: ChildProcess): { stdout: string; stderr: string } {
  const output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk) => (output.stdout += chunk));
  child.stderr?.on('data', (chunk) => (output.stderr += chunk));
  return output;
}

async function until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** The processes below `pid` (children, grandchildren…), read from /proc. */
function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  for (let frontier = [pid]; frontier.length;) {
    frontier = [...parentOf].filter(([, parent]) => frontier.includes(parent)).map(([child]) => child);
    found.push(...frontier);
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The message of the one fatal log line. */
function fatalLine(stderr: string): string {
  const lines = stderr.split('\n').filter((line) => line.includes('"level":60'));
  expect(lines).toHaveLength(1);
  return (JSON.parse(lines[0]!) as { msg: string }).msg;
}

describe('the bot as a process (npm start with a token, npm run deploy-commands)', () => {
  it('npm start: logs in, logs one ready line with the guild count, never logs the token, and stops cleanly when only npm gets SIGTERM', async () => {
    // As a supervisor or `docker stop` does: the signal goes to the start command alone.
    const child = spawn('npm', ['start'], {
      cwd: ROOT,
      env: { ...botEnv(), DISCORD_CLIENT_ID: IDS.APP_ID, DISCORD_GUILD_ID: IDS.GUILD_ID },
    });
    const output = collect(child);
    await until(() => output.stderr.includes('Discord ready'));
    const ready = output.stderr.split('\n').filter((line) => line.includes('Discord ready'));
    expect(ready).toHaveLength(1);
    expect(JSON.parse(ready[0]!)).toMatchObject({ guilds: 1 });
    const { id } = discord.slash('ask', [{ name: 'question', value: 'Who did Castaner meet in Rabat?' }]);
    await discord.waitFor((r) => r.path.startsWith(`/interactions/${id}/`));
    const bot = descendants(child.pid!);
    expect(bot.length).toBeGreaterThan(0);
    const stoppedAt = Date.now();
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(5000);
    await until(() => bot.every((pid) => !alive(pid)), 3000);
    expect(bot.filter(alive)).toEqual([]);
    expect(output.stderr + output.stdout).not.toContain('local-test-token');
  });

  it('loses no vote acknowledged to the member when it is killed (SIGKILL) right after', async () => {
    const dataDir = tempFolder('qa-kill-');
    const child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], { cwd: ROOT, env: botEnv(dataDir) });
    const output = collect(child);
    await until(() => output.stderr.includes('Discord ready'));
    const asked = discord.slash('ask', [{ name: 'question', value: 'Who did Christophe Castaner meet in Rabat?' }], {
      userId: '870000000000000001',
    });
    const answer = await discord.waitFor((r) => r.path.startsWith(`/interactions/${asked.id}/`));
    const up = answer.body.data.components[0].components.find(
      (b: { emoji?: { name: string } }) => b.emoji?.name === '👍',
    ).custom_id;
    const pressed = discord.button(up, discord.botMessage(), { userId: '870000000000000002' });
    const ack = await discord.waitFor((r) => r.path.startsWith(`/interactions/${pressed.id}/`));
    const exit = new Promise((resolve) => child.on('close', resolve));
    child.kill('SIGKILL');
    await exit;
    expect(ack.body.data.content).toMatch(/noted that this answer helped/);
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(join(dataDir, 'bot.sqlite'), { readonly: true });
    const votes = db.prepare('SELECT answer, vote FROM votes').all();
    db.close();
    expect(votes).toEqual([{ answer: asked.id, vote: 1 }]);
  });

  it('stops cleanly on SIGINT before it is ready, while it waits for Discord', async () => {
    discord.holdReady = true;
    try {
      const connections = discord.connections;
      const child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], { cwd: ROOT, env: botEnv() });
      const output = collect(child);
      await until(() => discord.connections > connections);
      const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
      child.kill('SIGINT');
      expect(await exit).toBe(0);
      expect(output.stderr).toContain('Stopping');
    } finally {
      discord.holdReady = false;
    }
  });

  it('stops with status 0 and leaves no partial file whenever SIGTERM comes during a start: loading, indexing, writing the snapshot, connecting, ready', async () => {
    // Long enough to start (a second or two) that a signal can fall while files are read,
    // indexed on several threads, the snapshot written and Discord reached.
    const articles = tempFolder('qa-big-');
    const paragraphs = readdirSync(join(ROOT, 'seeds')).flatMap((file) =>
      readFileSync(join(ROOT, 'seeds', file), 'utf8')
        .split('\n\n')
        .slice(1),
    );
    for (let a = 0; a < 1500; a++) {
      const body = Array.from(
        { length: 20 },
        (_, p) => `${paragraphs[(a + p) % paragraphs.length]!.trim()} (${a}.${p})`,
      ).join('\n\n');
      writeFileSync(join(articles, `article-${a}.txt`), `Article ${a}\n\n${body}\n`);
    }
    for (const delayMs of [100, 150, 400, 800, 1200, 1800, 2600]) {
      const dataDir = tempFolder('qa-data-');
      const child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], {
        cwd: ROOT,
        env: { ...botEnv(dataDir), ARTICLES_DIR: articles },
      });
      const output = collect(child);
      const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      child.kill('SIGTERM');
      expect(await exit, `SIGTERM after ${delayMs} ms: ${output.stderr.slice(-300)}`).toBe(0);
      const snapshots = join(dataDir, 'snapshots');
      expect(
        existsSync(snapshots) ? readdirSync(snapshots).filter((file) => file.endsWith('.partial')) : [],
        `after ${delayMs} ms`,
      ).toEqual([]);
    }
  }, 60_000);

  it('says in one line why it cannot start, and exits with status 1: a wrong token, PostgreSQL or Discord unreachable, no answer in time', async () => {
    const wrongToken = await runNode('src/main.js', [], '', { ...botEnv(), DISCORD_TOKEN: 'wrong-token' });
    expect(wrongToken.code).toBe(1);
    expect(fatalLine(wrongToken.stderr)).toContain('Discord rejected the token');
    expect(wrongToken.stderr).not.toContain('wrong-token');
    expect(wrongToken.stderr).not.toMatch(/\n\s+at /);

    const noDatabase = await runNode('src/main.js', [], '', {
      ...botEnv(),
      DATABASE_URL: 'postgres://bot:secret-password@127.0.0.1:9/bot',
    });
    expect(noDatabase.code).toBe(1);
    expect(fatalLine(noDatabase.stderr)).toMatch(/Cannot open the PostgreSQL database of DATABASE_URL .*ECONNREFUSED/);
    expect(noDatabase.stderr).not.toContain('secret-password');

    const unreachable = await runNode('src/main.js', [], '', {
      ...botEnv(),
      DISCORD_API_BASE: 'http://127.0.0.1:9/api',
    });
    expect(unreachable.code).toBe(1);
    expect(fatalLine(unreachable.stderr)).toMatch(/Discord cannot be reached at http:\/\/127\.0\.0\.1:9\/api/);

    discord.holdReady = true;
    try {
      const silent = await runNode('src/main.js', [], '', { ...botEnv(), DISCORD_READY_TIMEOUT_SECONDS: '2' });
      expect(silent.code).toBe(1);
      expect(fatalLine(silent.stderr)).toContain('did not make the bot ready within 2 s');
    } finally {
      discord.holdReady = false;
    }
  });

  it('names the Message Content intent when Discord refuses it (4014), before or after ready, and exits with status 1', async () => {
    discord.refuseIntents = true;
    try {
      const refused = await runNode('src/main.js', [], '', { ...botEnv(), ANSWER_CHANNEL_IDS: IDS.ANSWER_CHANNEL_ID });
      expect(refused.code).toBe(1);
      expect(fatalLine(refused.stderr)).toContain('switch it on in the Developer Portal');
    } finally {
      discord.refuseIntents = false;
    }
    const child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], { cwd: ROOT, env: botEnv() });
    const output = collect(child);
    await until(() => output.stderr.includes('Discord ready'));
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    discord.closeGateway(4014);
    expect(await exit).toBe(1);
    expect(fatalLine(output.stderr)).toContain('gateway close 4014');
  });

  it('registers the localized commands to the guild through the REST API', async () => {
    const run = await runNode('src/discord/deploy-commands.js', [], '', {
      DISCORD_TOKEN: 'local-test-token',
      DISCORD_CLIENT_ID: IDS.APP_ID,
      DISCORD_GUILD_ID: IDS.GUILD_ID,
      DISCORD_API_BASE: discord.apiBase,
    });
    expect(run.code).toBe(0);
    const put = await discord.waitFor((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${IDS.APP_ID}/guilds/${IDS.GUILD_ID}/commands`);
    expect(put.authorization).toBe('Bot local-test-token');
    const ask = put.body.find((c: any) => c.name === 'ask');
    expect(ask.name_localizations.fr).toBe('question');
    expect(ask.options[1].choices.map((c: any) => c.value)).toEqual(['auto', 'en', 'fr', 'both']);
    expect(put.body.find((c: any) => c.name === 'summary').options[0].autocomplete).toBe(true);
    const article = put.body.find((c: any) => c.name === 'article');
    expect(article.default_member_permissions).toBe('32');
    expect(article.options.map((o: any) => o.options.map((inner: any) => inner.name_localizations.fr))).toEqual([
      ['fichier', 'lien', 'identifiant'],
      ['article'],
    ]);
    expect(discord.violations).toEqual([]);
    expect(run.stderr).toContain('Registered 6 commands');
    for (const name of ['settings', 'report'])
      expect(put.body.find((c: any) => c.name === name).default_member_permissions).toBe('32');
    expect(run.stderr).not.toContain('local-test-token');
  });
});
