import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { environmentWithDotEnv, readSettings, SETTING_DEFAULTS, SettingError } from '../../src/config/settings.js';
import { ROOT, tempFolder } from '../helpers.js';

describe('settings', () => {
  it("give the defaults the code reads, in the README's table and in .env.example alike", () => {
    // README rows: | `NAME` | default | … |, or | `A` / `B` | a / b | … | for two at once.
    const readme = new Map<string, string>();
    for (const [, names, defaults] of readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(
      /^\| (`[A-Z_]+`(?: \/ `[A-Z_]+`)*) \| ([^|]+) \|/gm,
    )) {
      const values = defaults!.trim().split(' / ');
      names!.split(' / ').forEach((name, i) => readme.set(name.replaceAll('`', ''), values[i]!.replaceAll('`', '')));
    }
    const example = new Map(
      [...readFileSync(join(ROOT, '.env.example'), 'utf8').matchAll(/^#? ?([A-Z_]+)=(.*)$/gm)].map(
        ([, name, value]) => [name!, value!],
      ),
    );
    for (const [name, value] of Object.entries(SETTING_DEFAULTS)) {
      expect(readme.get(name), `README: ${name}`).toBe(value);
      expect(example.get(name), `.env.example: ${name}`).toBe(value);
    }
  });

  it('default to the seeds, watched, JSON logs and no Discord', () => {
    expect(readSettings({})).toEqual({
      articlesDir: 'seeds',
      watchArticles: true,
      dataDir: 'data',
      retentionDays: 30,
      answerStrictness: 'balanced',
    });
  });

  it('take how strict the answers are, and name what ANSWER_STRICTNESS accepts', () => {
    expect(readSettings({ ANSWER_STRICTNESS: 'strict' }).answerStrictness).toBe('strict');
    expect(() => readSettings({ ANSWER_STRICTNESS: 'very' })).toThrow(/ANSWER_STRICTNESS.*strictness/);
  });

  it('turn watching the folder off, and name what ARTICLES_WATCH accepts', () => {
    expect(readSettings({ ARTICLES_WATCH: 'off' }).watchArticles).toBe(false);
    expect(() => readSettings({ ARTICLES_WATCH: 'sometimes' })).toThrow(/ARTICLES_WATCH.*onOff/);
  });

  it('run some shards of several, both settings given and each shard below the count', () => {
    const env = { DISCORD_TOKEN: 'token' };
    expect(readSettings({ ...env, DISCORD_SHARDS: '1, 3', DISCORD_SHARD_COUNT: '4' }).discord?.shards).toEqual({
      ids: [1, 3],
      count: 4,
    });
    expect(readSettings(env).discord?.shards).toBeUndefined();
    for (const wrong of [
      { DISCORD_SHARDS: '0' },
      { DISCORD_SHARD_COUNT: '2' },
      { DISCORD_SHARDS: '2', DISCORD_SHARD_COUNT: '2' },
      { DISCORD_SHARDS: '0,0', DISCORD_SHARD_COUNT: '2' },
      { DISCORD_SHARDS: 'one', DISCORD_SHARD_COUNT: '2' },
    ]) {
      expect(() => readSettings({ ...env, ...wrong }), JSON.stringify(wrong)).toThrow(SettingError);
    }
  });

  it('read the Discord settings when a token is set', () => {
    const settings = readSettings({
      DISCORD_TOKEN: 'abc',
      DISCORD_CLIENT_ID: '123456789012345678',
      ANSWER_CHANNEL_IDS: '223456789012345678, 323456789012345678',
      RATE_LIMIT_QUESTIONS: '3',
      DISCORD_API_BASE: 'http://127.0.0.1:9999/api/',
    });
    expect(settings.discord).toMatchObject({
      clientId: '123456789012345678',
      answerChannelIds: ['223456789012345678', '323456789012345678'],
      rateLimitCount: 3,
      rateLimitWindowSeconds: 10,
      apiBase: 'http://127.0.0.1:9999/api',
      messageContent: true,
    });
    expect(readSettings({ DISCORD_TOKEN: 'abc' }).discord?.messageContent).toBe(false);
    expect(readSettings({ DISCORD_TOKEN: 'abc', MESSAGE_CONTENT_INTENT: 'on' }).discord?.messageContent).toBe(true);
  });

  it.each([
    ['LOG_LEVEL', 'loud'],
    ['LOG_FORMAT', 'xml'],
    ['RATE_LIMIT_QUESTIONS', '0'],
    ['RATE_LIMIT_WINDOW_SECONDS', 'ten'],
    ['RATE_LIMIT_BURST', '-1'],
    ['QUESTION_RETENTION_DAYS', '0'],
    ['MESSAGE_CONTENT_INTENT', 'yes'],
    ['DISCORD_READY_TIMEOUT_SECONDS', '1.5'],
    ['DISCORD_CLIENT_ID', 'my-bot'],
    ['ANSWER_CHANNEL_IDS', '123,abc'],
    ['DISCORD_API_BASE', 'discord.com'],
  ])('name the wrong setting %s', (name, value) => {
    expect(() => readSettings({ [name]: value })).toThrow(SettingError);
    expect(() => readSettings({ [name]: value })).toThrow(new RegExp(name));
  });

  it('take .env values under the real environment', () => {
    const file = join(tempFolder(), '.env');
    writeFileSync(file, 'LOG_LEVEL=debug\nARTICLES_DIR=elsewhere\n');
    const env = environmentWithDotEnv({ LOG_LEVEL: 'warn' }, file);
    expect(readSettings(env)).toMatchObject({ logLevel: 'warn', articlesDir: 'elsewhere' });
  });
});
