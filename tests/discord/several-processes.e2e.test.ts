// The bot as two processes, two shards of one bot on one PostgreSQL database, through the local
// Discord: each serves its share of the servers, and both answer from the same articles and keep
// the same records.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIGHTHOUSE, LIGHTHOUSE_QUESTION, ROOT, SEEDS, tempFolder } from '../helpers.js';
import { startPostgres, type TestPostgres } from '../storage/postgres.js';
import { IDS, LocalDiscord, type RecordedRequest } from './local-discord.js';

let discord: LocalDiscord;
let postgres: TestPostgres;
let databaseUrl: string;
const running: ChildProcess[] = [];

beforeAll(async () => {
  discord = new LocalDiscord();
  await discord.start();
  postgres = await startPostgres();
  databaseUrl = await postgres.database();
}, 60_000);

afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  await discord?.stop();
  await postgres?.stop();
});

/** A bot process running shard `shard` of 2, with a folder and data folder of its own; resolves once ready. */
async function botProcess(shard: 0 | 1): Promise<{ child: ChildProcess; exit: Promise<number | null> }> {
  const articles = tempFolder('qa-shard-articles-');
  cpSync(SEEDS, articles, { recursive: true });
  const child = spawn(process.execPath, [join(ROOT, 'dist/src/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DISCORD_TOKEN: 'local-test-token',
      DISCORD_API_BASE: discord.apiBase,
      DATABASE_URL: databaseUrl,
      DATA_DIR: tempFolder('qa-shard-data-'),
      ARTICLES_DIR: articles,
      DISCORD_SHARDS: String(shard),
      DISCORD_SHARD_COUNT: '2',
      RATE_LIMIT_BURST: '100',
      ARTICLE_FETCH_ALLOWED_HOSTS: '127.0.0.1',
    },
  });
  running.push(child);
  let stderr = '';
  const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk) => {
      stderr += chunk;
      if (stderr.includes('Discord ready')) resolve();
    });
    void exit.then((code) => reject(new Error(`shard ${shard} stopped (${code}): ${stderr}`)));
  });
  return { child, exit };
}

const callback = (id: string) => (r: RecordedRequest) =>
  r.path.startsWith(`/interactions/${id}/`) && r.method === 'POST';

async function ask(question: string, guildId: string, userId = '840000000000000001'): Promise<any> {
  const { id } = discord.slash('ask', [{ name: 'question', value: question }], { guildId, userId });
  return (await discord.waitFor(callback(id), 10_000)).body;
}

describe('two bot processes, two shards on one PostgreSQL database', () => {
  // Discord sends a server's events to shard (id >> 22) % 2: IDS.GUILD_ID to shard 1, IDS.OTHER_GUILD_ID to shard 0.
  it('answer their own servers, from an article added through the other, and keep votes and settings across a restart and a database outage', async () => {
    const [zero, one] = await Promise.all([botProcess(0), botProcess(1)]);
    expect(
      (await ask('Who did Christophe Castaner meet in Rabat?', IDS.OTHER_GUILD_ID)).data.embeds.length,
    ).toBeGreaterThan(0);

    // Added through shard 1's process, in its server; asked in the other server, of the other process.
    const { token, id } = discord.subcommand('article', 'add', [], {
      guildId: IDS.GUILD_ID,
      files: { file: { name: 'lighthouse.txt', body: LIGHTHOUSE } },
    });
    await discord.waitFor(callback(id), 10_000);
    const added = await discord.waitFor((r) => r.method === 'PATCH' && r.path.includes(token), 15_000);
    expect(added.body.content).toMatch(/^Added “Brittany lighthouse reopens after restoration”/);
    const addedAt = Date.now();
    let answer: any;
    do answer = await ask(LIGHTHOUSE_QUESTION, IDS.OTHER_GUILD_ID);
    while (!JSON.stringify(answer.data.embeds).includes('4.2 million euros') && Date.now() - addedAt < 5000);
    expect(JSON.stringify(answer.data.embeds)).toContain('4.2 million euros');

    // A vote in shard 1's server, acknowledged; then shard 1's process stops, and another takes its place.
    const asked = await ask('Who did Christophe Castaner meet in Rabat?', IDS.GUILD_ID);
    const up = asked.data.components[0].components.find((b: any) => b.emoji?.name === '👍').custom_id;
    const pressed = discord.button(up, discord.botMessage(), { userId: '850000000000000001' });
    expect((await discord.waitFor(callback(pressed.id), 10_000)).body.data.content).toMatch(
      /noted that this answer helped/,
    );
    // A setting made through shard 1's process, kept in the database.
    const { id: settingId } = discord.subcommand('settings', 'language', [{ name: 'value', value: 'fr' }], {
      guildId: IDS.GUILD_ID,
      userId: '860000000000000001',
    });
    expect((await discord.waitFor(callback(settingId), 10_000)).body.data.content).toMatch(
      /Answer language: French|français/,
    );
    // PostgreSQL goes away and comes back: a vote meanwhile is not acknowledged, one after is.
    await postgres.stop();
    const lost = discord.button(up, discord.botMessage(), { userId: '850000000000000002' });
    expect((await discord.waitFor(callback(lost.id), 10_000)).body.data.content).not.toMatch(/noted/);
    await postgres.start();
    one.child.kill('SIGTERM');
    expect(await one.exit).toBe(0);
    // Meanwhile the other process answers its own server.
    expect(
      (await ask('Who did Christophe Castaner meet in Rabat?', IDS.OTHER_GUILD_ID)).data.embeds.length,
    ).toBeGreaterThan(0);

    await botProcess(1);
    // The new process answers shard 1's server in the language set through the old one.
    expect((await ask('Who did Christophe Castaner meet in Rabat?', IDS.GUILD_ID)).data.embeds[0].description).toBe(
      'Voici ce que disent les articles :',
    );
    const { id: reportId } = discord.interaction(
      2,
      { id: '1', name: 'report', type: 1, options: [{ type: 4, name: 'days', value: 7 }] },
      { guildId: IDS.GUILD_ID, userId: '860000000000000001' },
    );
    const report = (await discord.waitFor(callback(reportId), 10_000)).body;
    expect(JSON.stringify(report.data)).toMatch(/👍 1/);
    zero.child.kill('SIGTERM');
    expect(await zero.exit).toBe(0);
  }, 90_000);
});
