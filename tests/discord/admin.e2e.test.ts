import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings, type DiscordSettings } from '../../src/config/settings.js';
import { startBot, type RunningBot } from '../../src/discord/bot.js';
import { Engine } from '../../src/engine.js';
import { createLogger } from '../../src/logging/logger.js';
import { Recorder } from '../../src/storage/recorder.js';
import { questionKey } from '../../src/text/question-key.js';
import { SEEDS, tempFolder } from '../helpers.js';
import { IDS, LocalDiscord, type RecordedRequest } from './local-discord.js';

const MEMBER_WITHOUT_MANAGE = String((1n << 10n) | (1n << 11n));
const ADMIN = '820000000000000001';

let discord: LocalDiscord;
let bot: RunningBot;
let engine: Engine;
let recorder: Recorder;
let settings: DiscordSettings;
let dataDir: string;

function openRecorder(): Recorder {
  return new Recorder({ dataDir, retentionDays: 30, questionKey }, createLogger('silent', 'json'));
}

beforeAll(async () => {
  discord = new LocalDiscord();
  await discord.start();
  dataDir = tempFolder('qa-admin-data-');
  settings = readSettings({
    DISCORD_TOKEN: 'local-test-token',
    DISCORD_API_BASE: discord.apiBase,
    MESSAGE_CONTENT_INTENT: 'on',
    RATE_LIMIT_BURST: '100',
  }).discord!;
  engine = await Engine.fromFolder(SEEDS);
  recorder = openRecorder();
  bot = await startBot(engine, settings, createLogger('silent', 'json'), undefined, recorder);
});

afterAll(async () => {
  await bot?.stop();
  await recorder?.close();
  await discord?.stop();
});

/** The bot process restarted: a new recorder on the same database file, a new client. */
async function restart(): Promise<void> {
  await bot.stop();
  await recorder.close();
  recorder = openRecorder();
  bot = await startBot(engine, settings, createLogger('silent', 'json'), undefined, recorder);
}

const callback = (id: string) => (r: RecordedRequest) =>
  r.path.startsWith(`/interactions/${id}/`) && r.method === 'POST';

async function settingsCommand(
  sub: string,
  options: { name: string; value: string | number; type?: number }[] = [],
  extra: { permissions?: string; locale?: string } = {},
) {
  const { id } = discord.subcommand('settings', sub, options, { userId: ADMIN, ...extra });
  return (await discord.waitFor(callback(id))).body;
}

async function report(locale = 'en-US'): Promise<any> {
  const { id } = discord.interaction(
    2,
    { id: '1', name: 'report', type: 1, options: [{ type: 4, name: 'days', value: 7 }] },
    { userId: ADMIN, locale },
  );
  return (await discord.waitFor(callback(id))).body;
}

async function ask(question: string, userId: string) {
  const { id } = discord.slash('ask', [{ name: 'question', value: question }], { userId });
  return { id, body: (await discord.waitFor(callback(id))).body };
}

async function vote(answerId: string, customId: string, userId: string): Promise<string> {
  const { id } = discord.button(customId, discord.botMessage(), { userId });
  const body = (await discord.waitFor(callback(id))).body;
  expect(body.data.flags).toBe(64);
  expect(answerId).toBeTruthy();
  return body.data.content;
}

describe("what a server's admins need, kept in the database", () => {
  it('lets an admin set an answer channel and a language, applied at once; refuses a member who cannot manage the server', async () => {
    const refused = await settingsCommand('language', [{ name: 'value', value: 'fr' }], {
      permissions: MEMBER_WITHOUT_MANAGE,
    });
    expect(refused.data).toMatchObject({
      flags: 64,
      content: 'Only members who can manage the server may change its settings or read its report.',
    });

    const channel = await settingsCommand('channel-add', [{ name: 'channel', value: IDS.CHANNEL_ID, type: 7 }]);
    expect(channel.data.flags).toBe(64);
    expect(channel.data.content).toContain(`Answer channels: <#${IDS.CHANNEL_ID}>`);
    const language = await settingsCommand('language', [{ name: 'value', value: 'fr' }], { locale: 'fr' });
    expect(language.data.content).toContain('Langue des réponses : français');
    const citations = await settingsCommand('citations', [{ name: 'count', value: 1, type: 4 }]);
    expect(citations.data.content).toContain('Passages per answer: 1');

    // A member's message in that channel, in English, without mentioning the bot: answered, in French, one passage.
    const messageId = discord.message('Who did Christophe Castaner meet in Rabat?', {
      channelId: IDS.CHANNEL_ID,
      authorId: '830000000000000001',
    });
    const reply = await discord.waitFor(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${IDS.CHANNEL_ID}/messages` &&
        r.body?.message_reference?.message_id === messageId,
    );
    expect(reply.body.embeds[0].description).toBe('Voici ce que disent les articles :');
    expect(reply.body.embeds[0].fields).toHaveLength(1);
  });

  it('lets an admin make the bot stricter or more forthcoming: the same question is then not found, then answered', async () => {
    const question = 'Who chaired the working meeting on Monday in Rabat?';
    const cited = async () => (await ask(question, '840000000000000009')).body.data.embeds[0].fields?.length ?? 0;
    expect(await cited()).toBeGreaterThan(0);
    const strict = await settingsCommand('strictness', [{ name: 'value', value: 'strict' }]);
    expect(strict.data.content).toContain('Strictness: strict');
    const refused = (await ask(question, '840000000000000009')).body.data;
    expect(refused.embeds[0].fields ?? []).toHaveLength(0);
    // The server's answers are in French (the test above).
    expect(JSON.stringify(refused.embeds)).toContain(
      'Je n’ai pas trouvé de réponse à cette question dans les articles.',
    );
    const shown = await settingsCommand('show', [], { locale: 'fr' });
    expect(shown.data.content).toContain('Exigence : stricte');
    await settingsCommand('strictness', [{ name: 'value', value: 'balanced' }]);
    expect(await cited()).toBeGreaterThan(0);
  });

  it('records a vote once per member and answer; pressing again changes it', async () => {
    const { id, body } = await ask('Who did Christophe Castaner meet in Rabat?', '840000000000000001');
    const buttons = body.data.components[0].components;
    const up = buttons.find((b: any) => b.emoji?.name === '👍').custom_id;
    const down = buttons.find((b: any) => b.emoji?.name === '👎').custom_id;
    expect(up).toBe(`qa:vote:up:${id}`);
    expect(await vote(id, up, '850000000000000001')).toMatch(/noted that this answer helped/);
    expect(await vote(id, up, '850000000000000001')).toMatch(/noted that this answer helped/);
    expect(await vote(id, up, '850000000000000002')).toMatch(/helped/);
    const before = (await recorder.report(IDS.GUILD_ID, 7))!;
    expect(before.up - before.down).toBeGreaterThanOrEqual(2);
    expect(await vote(id, down, '850000000000000002')).toMatch(/did not help/);
    const after = (await recorder.report(IDS.GUILD_ID, 7))!;
    expect(after.up + after.down).toBe(before.up + before.down);
    expect(after.down).toBe(before.down + 1);
    expect(after.disliked[0]).toMatchObject({
      question: 'Who did Christophe Castaner meet in Rabat?',
      article: '000_8fec0fb06416156b',
      paragraph: 1,
      down: 1,
      up: 1,
    });
  });

  it('reports first the unanswered question asked most, counting its spellings together, and keeps it all across a restart', async () => {
    for (const [question, user] of [
      ['What is the salary of the French minister?', '860000000000000001'],
      ['what is the salary of the french minister', '860000000000000002'],
      ['What is the salary of the Frnech minister?', '860000000000000003'],
      ['How do I reset my password?', '860000000000000004'],
    ]) {
      // The server answers in French now.
      expect((await ask(question!, user!)).body.data.embeds[0].description).toMatch(/pas trouvé/i);
    }
    const first = await report();
    expect(first.data.flags).toBe(64);
    const embed = first.data.embeds[0];
    expect(embed.title).toBe('Report for the last 7 days');
    expect(embed.description).toMatch(/^Questions asked: \d+ · answered: \d+ \(\d+%\) · votes: 2, 👍 50%$/);
    expect(embed.fields[0].value.split('\n')[0]).toMatch(
      /^1\. (What|what) is the salary of the (French|french|Frnech) minister\?? \(×3\)$/,
    );
    expect(embed.fields[1].value).toContain('→ “From business to security cooperation');
    expect(discord.violations).toEqual([]);

    await restart();
    const again = await report();
    expect(again.data.embeds).toEqual(first.data.embeds);
    const shown = await settingsCommand('show');
    expect(shown.data.content).toContain(`<#${IDS.CHANNEL_ID}>`);
    expect(shown.data.content).toContain('Answer language: French');
    const french = await report('fr');
    expect(french.data.embeds[0].title).toBe('Rapport des 7 derniers jours');
  }, 30_000);

  it('keeps member ids only as keyed hashes, and forgets a server that removes the bot', async () => {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(`${dataDir}/bot.sqlite`, { readonly: true });
    const askers = db.prepare('SELECT asker FROM questions').all() as { asker: string }[];
    const voters = db.prepare('SELECT voter FROM votes').all() as { voter: string }[];
    db.close();
    expect(askers.length).toBeGreaterThan(3);
    for (const id of [...askers.map((a) => a.asker), ...voters.map((v) => v.voter)])
      expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(askers)).not.toContain('860000000000000001');

    discord.dispatch('GUILD_DELETE', { id: IDS.GUILD_ID });
    await expect.poll(async () => (await recorder.report(IDS.GUILD_ID, 30))?.asked, { timeout: 3000 }).toBe(0);
    expect(await recorder.settings(IDS.GUILD_ID)).toEqual({ answerChannels: [] });
  });
});
