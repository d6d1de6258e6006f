import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings, type DiscordSettings } from '../../src/config/settings.js';
import { startBot, type RunningBot } from '../../src/discord/bot.js';
import { Engine } from '../../src/engine.js';
import { createLogger } from '../../src/logging/logger.js';
import { EN_SEED, FR_SEED, SEEDS, testArticle } from '../helpers.js';
import { IDS, LocalDiscord, type RecordedRequest } from './local-discord.js';

let discord: LocalDiscord;
let bot: RunningBot;
let engine: Engine;
let discordSettings: DiscordSettings;
/** What the bot logs, one parsed line each. */
const logged: { level: number; msg: string; [key: string]: unknown }[] = [];
const logLines = { write: (line: string) => void logged.push(JSON.parse(line)) };

beforeAll(async () => {
  discord = new LocalDiscord();
  await discord.start();
  const settings = readSettings({
    DISCORD_TOKEN: 'local-test-token',
    DISCORD_CLIENT_ID: IDS.APP_ID,
    DISCORD_API_BASE: discord.apiBase,
    ANSWER_CHANNEL_IDS: IDS.ANSWER_CHANNEL_ID,
    RATE_LIMIT_QUESTIONS: '4',
    RATE_LIMIT_WINDOW_SECONDS: '10',
    RATE_LIMIT_BURST: '4',
  });
  discordSettings = settings.discord!;
  engine = await Engine.fromFolder(SEEDS);
  bot = await startBot(engine, discordSettings, createLogger('info', 'json', logLines));
});

afterAll(async () => {
  await bot?.stop();
  await discord?.stop();
});

let userCounter = 0;
/** A fresh user per scenario, so the rate limit only bites where a test wants it to. */
function newUser(): string {
  return (800000000000000000n + BigInt(++userCounter)).toString();
}

const callbackOf = (id: string) => (r: RecordedRequest) =>
  r.path.startsWith(`/interactions/${id}/`) && r.method === 'POST';
const text = (body: any) => JSON.stringify(body);

async function ask(question: string, options: { locale?: string; language?: string; userId?: string } = {}) {
  const { id } = discord.slash(
    'ask',
    [
      { name: 'question', value: question },
      ...(options.language ? [{ name: 'language', value: options.language }] : []),
    ],
    { locale: options.locale ?? 'en-US', userId: options.userId ?? newUser() },
  );
  return (await discord.waitFor(callbackOf(id))).body;
}

const r = (request: RecordedRequest) => request;

describe('the bot on a local Discord', () => {
  it('connects: gateway from GET /gateway/bot, IDENTIFY without the Message Content intent unless answer channels are set', () => {
    expect(discord.requests.some((r) => r.path === '/gateway/bot')).toBe(true);
    const identify = discord.gatewayFrames.find((f) => f.op === 2);
    expect(identify.d.intents & 1).toBe(1); // Guilds
    expect(identify.d.intents & (1 << 9)).toBe(1 << 9); // GuildMessages
    expect(identify.d.intents & (1 << 15)).toBe(1 << 15); // MessageContent: answer channels are configured here
  });

  it('answers /ask in English for an en-US user, with cited passages and buttons', async () => {
    const body = await ask('Who did Christophe Castaner meet in Rabat?');
    expect(body.type).toBe(4);
    const embed = body.data.embeds[0];
    expect(embed.description).toBe('Here is what the articles say:');
    expect(embed.fields[0].name).toContain('paragraph 1');
    expect(embed.fields[0].value).toContain('**Rabat – Following the inauguration');
    expect(body.data.components[0].components.map((c: any) => c.label)).toEqual([
      'Version française',
      'More passages',
      'Helpful',
      'Not helpful',
    ]);
    expect(body.data.components[0].components.slice(2).map((c: any) => c.emoji.name)).toEqual(['👍', '👎']);
    expect(body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers a French question from a fr user in French, across languages', async () => {
    const body = await ask('Combien de migrants sont arrivés en Espagne par la mer ?', { locale: 'fr' });
    const embed = body.data.embeds[0];
    expect(embed.description).toBe('Voici ce que disent les articles :');
    expect(embed.fields[0].name).toContain('Passage en anglais');
    expect(embed.fields[0].value).toContain('47,500');
  });

  it('uses the user locale for a short, unclear question, and the language option above all', async () => {
    const fr = await ask('Laftit Retailleau', { locale: 'fr' });
    expect(fr.data.embeds[0].description).toBe('Voici ce que disent les articles :');
    const forced = await ask('Who did Castaner meet?', { locale: 'fr', language: 'en' });
    expect(forced.data.embeds[0].description).toBe('Here is what the articles say:');
    const both = await ask('Which conventions will be revised?', { language: 'both' });
    expect(both.data.embeds.map((e: any) => e.description)).toEqual([
      'Here is what the articles say:',
      'Voici ce que disent les articles :',
    ]);
    expect(both.data.embeds[0].fields[0].value).toContain('révision de plusieurs conventions');
  });

  it('says plainly when nothing answers, with its hint', async () => {
    const body = await ask('Who is the president of the United States?');
    expect(body.data.embeds[0].description).toContain('I could not find an answer');
    expect(body.data.embeds[0].description).toContain('/articles');
    expect(body.data.embeds[0].fields ?? []).toEqual([]);
  });

  it('switches language and pages with the buttons', async () => {
    const userId = newUser();
    const first = await ask('cooperation security migration Morocco France', { userId });
    const [langButton, moreButton] = first.data.components[0].components;
    const message = discord.botMessage(first.data);
    const switched = await discord.waitFor(callbackOf(discord.button(langButton.custom_id, message, { userId }).id));
    expect(switched.body.type).toBe(7);
    expect(switched.body.data.embeds[0].description).toBe('Voici ce que disent les articles :');
    expect(switched.body.data.components[0].components[0].label).toBe('English version');
    const more = await discord.waitFor(callbackOf(discord.button(moreButton.custom_id, message, { userId }).id));
    expect(more.body.type).toBe(7);
    const firstNames = first.data.embeds[0].fields.map((f: any) => f.name);
    const nextNames = more.body.data.embeds[0].fields.map((f: any) => f.name);
    expect(nextNames.length).toBeGreaterThan(0);
    expect(nextNames[0]).toMatch(/^\\?\[4\\?\]/);
    expect(nextNames.filter((n: string) => firstNames.includes(n))).toEqual([]);
  });

  it("answers a stranger's press privately, and only the asker's press changes the public reply", async () => {
    const asker = newUser();
    const first = await ask('cooperation security migration Morocco France', { userId: asker });
    const [langButton] = first.data.components[0].components;
    const stranger = await discord.waitFor(
      callbackOf(discord.button(langButton.custom_id, discord.botMessage(first.data), { userId: newUser() }).id),
    );
    expect(stranger.body.type).toBe(4);
    expect(stranger.body.data.flags).toBe(64);
    expect(stranger.body.data.embeds[0].description).toBe('Voici ce que disent les articles :');
    const own = await discord.waitFor(
      callbackOf(discord.button(langButton.custom_id, discord.botMessage(first.data), { userId: asker }).id),
    );
    expect(own.body.type).toBe(7);
  });

  it("redoes a button's own answer after the bot restarts: nothing of it is kept in the process", async () => {
    const asker = newUser();
    const other = await ask('How many criminal networks were dismantled?', { userId: newUser() });
    const first = await ask('Who did Christophe Castaner meet in Rabat?', { userId: asker });
    await bot.stop();
    bot = await startBot(engine, discordSettings, createLogger('silent'));
    await ask('What did Le Drian say about foreign fighters?', { userId: newUser() });
    const [langButton] = first.data.components[0].components;
    const switched = await discord.waitFor(
      callbackOf(discord.button(langButton.custom_id, discord.botMessage(first.data), { userId: asker }).id),
    );
    expect(switched.body.type).toBe(7);
    expect(text(switched.body)).toContain('Castaner');
    expect(text(switched.body)).not.toContain('122');
    expect(text(other)).toContain('122');
    const unreadable = await discord.waitFor(
      callbackOf(discord.button(langButton.custom_id, discord.botMessage({ embeds: [] }), { userId: asker }).id),
    );
    expect(unreadable.body.data.flags).toBe(64);
    expect(unreadable.body.data.content).toContain('please ask again');
  });

  it("keeps both languages of long passages within Discord's 6,000 characters, which the local Discord enforces with a 400", async () => {
    const long = 'The ministers discussed the long harbour project of the two countries at length. '.repeat(30);
    const longEngine = Engine.fromArticles(
      [0, 1, 2, 3].map((n) =>
        testArticle(
          `long-${n}`,
          `Harbour project ${'and its long history '.repeat(8)}${n}`,
          'en',
          `${long} Harbour project number ${n}.`,
        ),
      ),
    );
    await bot.stop();
    bot = await startBot(longEngine, discordSettings, createLogger('silent'));
    try {
      const body = await ask('What did the ministers discuss about the harbour project?', { language: 'both' });
      expect(body.data.embeds).toHaveLength(2);
      const total = body.data.embeds.reduce(
        (sum: number, e: any) =>
          sum +
          (e.description?.length ?? 0) +
          (e.footer?.text?.length ?? 0) +
          (e.fields ?? []).reduce((f: number, field: any) => f + field.name.length + field.value.length, 0),
        0,
      );
      expect(total).toBeLessThanOrEqual(6000);
      expect(body.data.embeds[0].fields.length).toBeGreaterThan(1);
      expect(discord.violations).toEqual([]);
    } finally {
      await bot.stop();
      bot = await startBot(engine, discordSettings, createLogger('info', 'json', logLines));
    }
  });

  it('reads a question without the mentions, invisible characters and fullwidth letters around it', async () => {
    const plain = text(await ask('Combien de réseaux criminels ont été démantelés ?'));
    const mentioned = discord.message(
      `<@${IDS.BOT_ID}> <@123456789012345678> @everyone <#222222222222222222> Combien de ré\u00adseaux\u200b criminels ont été démantelés ?`,
    );
    const reply = await discord.waitFor((r) => r.body?.message_reference?.message_id === mentioned);
    expect(text(reply.body.embeds[0].fields)).toBe(text(JSON.parse(plain).data.embeds[0].fields));
    const fullwidth = await ask('Ｗｈｏ ｄｉｄ Ｃａｓｔａｎｅｒ ｍｅｅｔ？');
    expect(fullwidth.data.embeds[0].fields?.length).toBeGreaterThan(0);
  });

  it('answers in a thread of an answer channel as in the channel itself', async () => {
    const thread = '888888888888888888';
    discord.dispatch('THREAD_CREATE', {
      id: thread,
      guild_id: IDS.GUILD_ID,
      parent_id: IDS.ANSWER_CHANNEL_ID,
      type: 11,
      name: 'a thread',
      owner_id: '777777777777777777',
      thread_metadata: {
        archived: false,
        auto_archive_duration: 1440,
        archive_timestamp: new Date().toISOString(),
        locked: false,
      },
      member_count: 1,
      message_count: 0,
      newly_created: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const inThread = discord.message('How many criminal networks were dismantled?', { channelId: thread });
    const reply = await discord.waitFor((r) => r.body?.message_reference?.message_id === inThread);
    expect(r(reply).path).toBe(`/channels/${thread}/messages`);
    expect(text(reply.body)).toContain('122 active criminal networks');
  });

  it('limits questions only: a member over it gets a reaction, nothing in the channel; buttons and lists are not counted', async () => {
    const userId = newUser();
    const first = await ask('Who did Castaner meet?', { userId });
    for (let i = 0; i < 3; i++) expect((await ask('Who did Castaner meet?', { userId })).type).toBe(4);
    const list = await discord.waitFor(callbackOf(discord.slash('articles', [], { userId }).id));
    expect(list.body.data.flags ?? 0).toBe(0);
    const [langButton] = first.data.components[0].components;
    expect(
      (
        await discord.waitFor(
          callbackOf(discord.button(langButton.custom_id, discord.botMessage(first.data), { userId }).id),
        )
      ).body.type,
    ).toBe(7);
    const over = discord.message(`<@${IDS.BOT_ID}> Who did Castaner meet?`, { authorId: userId });
    const reaction = await discord.waitFor(
      (r) => r.method === 'PUT' && r.path.startsWith(`/channels/${IDS.CHANNEL_ID}/messages/${over}/reactions/`),
    );
    expect(decodeURIComponent(reaction.path)).toContain('⏳');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(discord.requests.filter((q) => q.body?.message_reference?.message_id === over)).toEqual([]);
  });

  it('logs once per channel what to grant when it may not post there, and goes on answering elsewhere', async () => {
    const forbidden = IDS.ANSWER_CHANNEL_ID;
    discord.forbiddenChannels.add(forbidden);
    try {
      for (let i = 0; i < 2; i++)
        discord.message('How many criminal networks were dismantled?', { channelId: forbidden, authorId: newUser() });
      await new Promise((resolve) => setTimeout(resolve, 400));
      const warnings = logged.filter((line) => line.msg.startsWith('Cannot reply in this channel'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.msg).toContain('Send Messages in Threads');
    } finally {
      discord.forbiddenChannels.delete(forbidden);
    }
    const answered = discord.message(`<@${IDS.BOT_ID}> How many criminal networks were dismantled?`, {
      authorId: newUser(),
    });
    await discord.waitFor((q) => q.body?.message_reference?.message_id === answered);
  });

  it('logs an interaction Discord has already given up on (10062) with its id, and goes on answering', async () => {
    const { id } = discord.slash('ask', [{ name: 'question', value: 'Who did Castaner meet?' }], {
      userId: newUser(),
      ageMs: 4000,
    });
    await discord.waitFor(callbackOf(id));
    const deadline = Date.now() + 3000;
    while (!logged.some((line) => line.interactionId === id) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(logged.find((line) => line.interactionId === id)?.msg).toBe(
      'Interaction expired before it was answered (10062)',
    );
    expect((await ask('Who did Castaner meet?')).type).toBe(4);
  });

  it('waits out a 429 from Discord and still answers', async () => {
    discord.rateLimitNext = 1;
    const body = await ask('Who inaugurated the flagship project with the King?');
    expect(body.type).toBe(4);
    expect(discord.rateLimitNext).toBe(0);
  });

  it('replies to a message deleted meanwhile without failing: the reply does not require it', async () => {
    const gone = discord.message(`<@${IDS.BOT_ID}> Who did Castaner meet?`, { authorId: newUser() });
    const reply = await discord.waitFor((q) => q.body?.message_reference?.message_id === gone);
    expect(reply.body.message_reference.fail_if_not_exists).toBe(false);
  });

  it("answers autocomplete and /summary over 16,000 articles inside Discord's 3 s, /summary deferred privately, then posted for everyone", async () => {
    const many = Engine.fromArticles(
      Array.from({ length: 16000 }, (_, n) =>
        testArticle(
          `article-${n}`,
          `Report number ${n} on harbour works`,
          'en',
          `The harbour works of report ${n} were approved by the city council in ${1900 + (n % 100)}.`,
        ),
      ),
    );
    await bot.stop();
    bot = await startBot(many, discordSettings, createLogger('info', 'json', logLines));
    try {
      const { id, token } = discord.slash('summary', [{ name: 'article', value: 'report number 1999 harbour' }], {
        userId: newUser(),
      });
      const deferred = await discord.waitFor(callbackOf(id));
      expect(deferred.body.type).toBe(5);
      expect(deferred.body.data.flags).toBe(64);
      const posted = await discord.waitFor((q) => q.method === 'POST' && q.path === `/webhooks/${IDS.APP_ID}/${token}`);
      expect(posted.body.flags ?? 0).toBe(0);
      expect(text(posted.body)).toContain('Report number 1999');
      const unknown = discord.slash('summary', [{ name: 'article', value: 'zzzz qqqq' }], { userId: newUser() });
      const note = await discord.waitFor(
        (q) => q.method === 'PATCH' && q.path === `/webhooks/${IDS.APP_ID}/${unknown.token}/messages/@original`,
      );
      expect(note.body.content).toContain('No article matches');
      // Autocomplete cannot be deferred: it must answer in time however long the typed text.
      const completions: string[] = [];
      for (const typed of [
        'repo',
        'Report number 12345 on harbour wrks',
        `harbour works ${'of the report '.repeat(14)}`,
      ]) {
        const completion = discord.autocomplete('summary', [{ name: 'article', value: typed, focused: true }]);
        completions.push(completion.id);
        const answered = await discord.waitFor(callbackOf(completion.id));
        expect(answered.body.type).toBe(8);
        expect(answered.body.data.choices.length).toBeGreaterThan(0);
      }
      expect(logged.filter((line) => completions.includes(String(line.interactionId)))).toEqual([]);
    } finally {
      await bot.stop();
      bot = await startBot(engine, discordSettings, createLogger('info', 'json', logLines));
    }
  });

  it('autocompletes with clean one-line titles, and leaves out an article whose id no choice can carry whole', async () => {
    const odd = Engine.fromArticles([
      testArticle(
        'harbour-works',
        'Harbour\u001b[31m works\u0007 in\nTangier \u202Eevil',
        'en',
        'The harbour works in Tangier were approved by the city council.',
      ),
      testArticle(
        `harbour-${'x'.repeat(120)}`,
        'Harbour works, the long id',
        'en',
        'The harbour works were delayed by the rain.',
      ),
    ]);
    await bot.stop();
    bot = await startBot(odd, discordSettings, createLogger('info', 'json', logLines));
    try {
      const answered = await discord.waitFor(
        callbackOf(discord.autocomplete('summary', [{ name: 'article', value: 'harbour', focused: true }]).id),
      );
      expect(answered.body.data.choices).toEqual([
        { name: 'Harbour [31m works in Tangier evil', value: 'harbour-works' },
      ]);
      expect(discord.violations).toEqual([]);
    } finally {
      await bot.stop();
      bot = await startBot(engine, discordSettings, createLogger('info', 'json', logLines));
    }
  });

  it('autocompletes article titles with fuzzy matching, all on empty input', async () => {
    const empty = await discord.waitFor(
      callbackOf(discord.autocomplete('summary', [{ name: 'article', value: '', focused: true }]).id),
    );
    expect(empty.body.type).toBe(8);
    expect(empty.body.data.choices.map((c: any) => c.value).sort()).toEqual([EN_SEED, FR_SEED]);
    const typed = await discord.waitFor(
      callbackOf(discord.autocomplete('summary', [{ name: 'article', value: 'maroc securite', focused: true }]).id),
    );
    expect(typed.body.data.choices[0].value).toBe(FR_SEED);
  });

  it('gives /summary and /articles', async () => {
    const summary = await discord.waitFor(
      callbackOf(
        discord.slash('summary', [{ name: 'article', value: FR_SEED }], { locale: 'fr', userId: newUser() }).id,
      ),
    );
    expect(summary.body.data.embeds[0].title).toContain('Résumé de « Le Maroc');
    expect(text(summary.body)).toContain('Bruno Retailleau');
    const unknown = await discord.waitFor(
      callbackOf(discord.slash('summary', [{ name: 'article', value: 'zzzz qqqq' }], { userId: newUser() }).id),
    );
    expect(unknown.body.data.flags).toBe(64);
    expect(unknown.body.data.content).toContain('No article matches');
    const list = await discord.waitFor(callbackOf(discord.slash('articles', [], { userId: newUser() }).id));
    expect(list.body.data.embeds[0].description).toContain('LR/MAP');
  });

  it('answers a mention, and any message in an answer channel, as a reply; says how to ask on "help"; ignores bots and other messages', async () => {
    const mention = discord.message(`<@${IDS.BOT_ID}> qui a rencontré Laftit à Rabat ?`);
    const reply = await discord.waitFor(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${IDS.CHANNEL_ID}/messages` &&
        r.body.message_reference?.message_id === mention,
    );
    expect(reply.body.embeds[0].description).toBe('Voici ce que disent les articles :');
    const inChannel = discord.message('How many criminal networks were dismantled?', {
      channelId: IDS.ANSWER_CHANNEL_ID,
    });
    const channelReply = await discord.waitFor((r) => r.body?.message_reference?.message_id === inChannel);
    expect(text(channelReply.body)).toContain('122 active criminal networks');
    const help = discord.message(`<@${IDS.BOT_ID}> help`);
    const helpReply = await discord.waitFor((r) => r.body?.message_reference?.message_id === help);
    expect(helpReply.body.content).toContain('Ask me with /ask');
    const aide = discord.message(`<@${IDS.BOT_ID}> aide ?`);
    expect((await discord.waitFor((r) => r.body?.message_reference?.message_id === aide)).body.content).toContain(
      'Posez-moi une question avec /question',
    );
    const ignored = discord.message('How many criminal networks were dismantled?');
    const fromBot = discord.message(`<@${IDS.BOT_ID}> How many criminal networks?`, { bot: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(discord.requests.filter((r) => [ignored, fromBot].includes(r.body?.message_reference?.message_id))).toEqual(
      [],
    );
  });

  it('pings nobody and stays within limits on abusive input', async () => {
    const userId = newUser();
    const everyone = await ask('@everyone @here <@&123456789012345678> <@123456789012345678> **Castaner** `Rabat`', {
      userId,
    });
    const footer = everyone.data.embeds[0].footer.text as string;
    expect(footer).not.toMatch(/@everyone|@here|<@&?\d/);
    expect(everyone.data.allowed_mentions.parse).toEqual([]);
    const huge = await ask('migration '.repeat(600), { userId });
    expect(huge.data.embeds[0].description).toContain('too long');
    const control = await ask('Castaner\u0000\u0007\u202e Laftit', { userId: newUser() });
    expect(text(control)).not.toMatch(/\\u0000|\\u0007|\\u202e/);
    const channelAbuse = discord.message(`@everyone ${'Castaner '.repeat(400)}`, {
      channelId: IDS.ANSWER_CHANNEL_ID,
      authorId: newUser(),
    });
    await discord.waitFor((r) => r.body?.message_reference?.message_id === channelAbuse);
  });

  it("rate-limits an over-eager user's questions with a private, localized message", async () => {
    const userId = newUser();
    for (let i = 0; i < 4; i++) expect((await ask('Who did Castaner meet?', { userId })).type).toBe(4);
    const limited = await ask('Qui a rencontré Castaner ?', { userId, locale: 'fr' });
    expect(limited.data.flags).toBe(64);
    expect(limited.data.content).toMatch(/attendez \d+ secondes/);
  });

  it('resumes after the gateway drops the connection, and still answers', async () => {
    const before = discord.connections;
    discord.dropConnection();
    const deadline = Date.now() + 15_000;
    while (discord.resumes === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(discord.connections).toBeGreaterThan(before);
    expect(discord.resumes).toBe(1);
    const body = await ask('Who inaugurated the flagship project with the King?');
    expect(body.data.embeds[0].fields[0].value).toContain('Macron, accompanied by Castaner');
  });

  it('never sent a payload that breaks Discord’s limits or could ping', () => {
    expect(discord.violations).toEqual([]);
    expect(
      discord.requests.filter((r) => r.method !== 'GET' && r.path.includes('/interactions/')).length,
    ).toBeGreaterThan(10);
  });
});
