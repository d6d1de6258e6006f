import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
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

describe('the bot as a process (npm start with a token, npm run deploy-commands)', () => {
  it('logs in, logs one ready line with the guild count, never logs the token, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: 'local-test-token', DISCORD_CLIENT_ID: IDS.APP_ID, DISCORD_GUILD_ID: IDS.GUILD_ID, DISCORD_API_BASE: discord.apiBase },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const deadline = Date.now() + 15_000;
    while (!stderr.includes('Discord ready') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const ready = stderr.split('\n').filter((line) => line.includes('Discord ready'));
    expect(ready).toHaveLength(1);
    expect(JSON.parse(ready[0]!)).toMatchObject({ guilds: 1 });
    const { id } = discord.slash('ask', [{ name: 'question', value: 'Who did Castaner meet in Rabat?' }]);
    await discord.waitFor((r) => r.path.startsWith(`/interactions/${id}/`));
    const stoppedAt = Date.now();
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(5000);
    expect(stderr + stdout).not.toContain('local-test-token');
  });

  it('registers the localized commands to the guild through the REST API', async () => {
    const run = await runNode('src/discord/deploy-commands.js', [], '', {
      DISCORD_TOKEN: 'local-test-token', DISCORD_CLIENT_ID: IDS.APP_ID, DISCORD_GUILD_ID: IDS.GUILD_ID, DISCORD_API_BASE: discord.apiBase,
    });
    expect(run.code).toBe(0);
    const put = await discord.waitFor((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${IDS.APP_ID}/guilds/${IDS.GUILD_ID}/commands`);
    expect(put.authorization).toBe('Bot local-test-token');
    const ask = put.body.find((c: any) => c.name === 'ask');
    expect(ask.name_localizations.fr).toBe('question');
    expect(ask.options[1].choices.map((c: any) => c.value)).toEqual(['auto', 'fr', 'en', 'both']);
    expect(put.body.find((c: any) => c.name === 'summary').options[0].autocomplete).toBe(true);
    expect(discord.violations).toEqual([]);
    expect(run.stderr).toContain('Registered 3 commands');
    expect(run.stderr).not.toContain('local-test-token');
  });
});
