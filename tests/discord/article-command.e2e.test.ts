import { cpSync, existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/config/settings.js';
import { COMMANDS } from '../../src/discord/commands/index.js';
import { startBot, type RunningBot } from '../../src/discord/bot.js';
import { Engine } from '../../src/engine.js';
import { createLogger } from '../../src/logging/logger.js';
import { LIGHTHOUSE, LIGHTHOUSE_QUESTION, ROOT, SEEDS, tempFolder } from '../helpers.js';
import { LocalDiscord, type RecordedRequest } from './local-discord.js';

const PAGE = readFileSync(join(ROOT, 'tests/fixtures/news-page.html'));
/** Manage Guild is bit 5; a member with only View Channel and Send Messages lacks it. */
const MEMBER_WITHOUT_MANAGE = String((1n << 10n) | (1n << 11n));

let discord: LocalDiscord;
let bot: RunningBot;
let engine: Engine;
let folder: string;
/** A long, shallow news page (4 MB): reading it took three seconds on the thread that answers. */
const LONG_PAGE = `<html><head><title>Harbour log</title></head><body><article><h1>Harbour log</h1>${'<p>The lighthouse keeper counted the boats that came into the harbour every morning, and wrote their names in a book the town still keeps.</p>\n'.repeat(
  28_000,
)}<p>The keeper counted 4,812 boats in his last year.</p></article></body></html>`;
let pages: Server;
let pagesBase: string;

beforeAll(async () => {
  discord = new LocalDiscord();
  await discord.start();
  // A news site, on this machine: allowed by the settings as 127.0.0.1, so "localhost" stays internal.
  pages = createServer((req, res) => {
    if (req.url === '/news/dessalement-casablanca.html')
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    if (req.url === '/huge.html')
      return void res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.alloc(6 * 1024 * 1024, 'a'));
    if (req.url === '/news/%E0%A4%A')
      return void res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('\n\n');
    if (req.url === '/deep.html')
      return void res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<html><body>${'<div>'.repeat(2000)}<p>${'The harbour of Tangier cost 300 million euros. '.repeat(5)}</p>${'</div>'.repeat(2000)}</body></html>`,
        );
    if (req.url === '/long-news.html')
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(LONG_PAGE);
    if (req.url === '/photo.png')
      return void res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    if (req.url === '/to-internal')
      return void res
        .writeHead(302, {
          location: `http://localhost:${(pages.address() as AddressInfo).port}/news/dessalement-casablanca.html`,
        })
        .end();
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  pagesBase = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  folder = tempFolder('qa-article-command-');
  cpSync(SEEDS, folder, { recursive: true });
  const settings = readSettings({
    DISCORD_TOKEN: 'local-test-token',
    DISCORD_API_BASE: discord.apiBase,
    ARTICLE_FETCH_ALLOWED_HOSTS: '127.0.0.1',
    RATE_LIMIT_BURST: '100',
  });
  engine = await Engine.fromFolder(folder);
  bot = await startBot(engine, settings.discord!, createLogger('silent', 'json'));
});

afterAll(async () => {
  await bot?.stop();
  await discord?.stop();
  await new Promise((resolve) => pages?.close(resolve));
});

/** The private reply to an /article subcommand: the deferred reply's edit, or a direct reply. */
async function articleCommand(
  sub: 'add' | 'remove',
  options: { name: string; value: string }[],
  extra: Parameters<LocalDiscord['subcommand']>[3] = {},
): Promise<{ content: string; flags: number }> {
  const { token, id } = discord.subcommand('article', sub, options, extra);
  const first = await discord.waitFor((r) => r.path.startsWith(`/interactions/${id}/`), 5000);
  if (first.body.type === 4) return { content: first.body.data.content, flags: first.body.data.flags };
  expect(first.body).toMatchObject({ type: 5, data: { flags: 64 } });
  const edit = await discord.waitFor((r: RecordedRequest) => r.method === 'PATCH' && r.path.includes(token), 15_000);
  return { content: edit.body.content, flags: 64 };
}

async function ask(question: string): Promise<any> {
  const { id } = discord.slash('ask', [{ name: 'question', value: question }], { userId: '810000000000000001' });
  return (await discord.waitFor((r) => r.path.startsWith(`/interactions/${id}/`) && r.method === 'POST', 10_000)).body;
}

describe('/article: admins add and remove articles from Discord', () => {
  it('is registered for server managers only, in guilds, with French names', () => {
    const json = COMMANDS.find((command) => command.data.name === 'article')!.data.toJSON();
    expect(json.default_member_permissions).toBe(String(1n << 5n));
    expect(json.contexts).toEqual([0]);
    expect(json.options?.map((o) => [o.name, o.name_localizations?.fr])).toEqual([
      ['add', 'ajouter'],
      ['remove', 'retirer'],
    ]);
  });

  it('adds an attached text file: answered from at once, written to the folder, and removed again', async () => {
    const reply = await articleCommand('add', [], {
      files: { file: { name: 'Brittany lighthouse.txt', body: LIGHTHOUSE } },
    });
    expect(reply.flags).toBe(64);
    expect(reply.content).toBe(
      'Added “Brittany lighthouse reopens after restoration”: id brittany-lighthouse, English, 2 paragraphs. It can be asked about now.',
    );
    expect(readFileSync(join(folder, 'brittany-lighthouse.txt'), 'utf8')).toBe(LIGHTHOUSE);
    expect(readdirSync(folder).filter((name) => name.includes('partial'))).toEqual([]);
    expect(JSON.stringify((await ask(LIGHTHOUSE_QUESTION)).data.embeds)).toContain('4.2 million euros');

    const again = await articleCommand('add', [], {
      files: { file: { name: 'brittany-lighthouse.md', body: LIGHTHOUSE } },
    });
    expect(again.content).toMatch(/not added: an article with the id brittany-lighthouse already exists/);

    const removed = await articleCommand('remove', [{ name: 'article', value: 'brittany-lighthouse' }], {
      locale: 'fr',
    });
    expect(removed.content).toBe(
      'Retiré : « Brittany lighthouse reopens after restoration » (brittany-lighthouse). Il n’est plus cité.',
    );
    expect(existsSync(join(folder, 'brittany-lighthouse.txt'))).toBe(false);
    expect((await ask(LIGHTHOUSE_QUESTION)).data.embeds[0].description).toMatch(/could not find/i);
  });

  it('adds a news page by its link: headline, body and byline, in its own language', async () => {
    const reply = await articleCommand(
      'add',
      [{ name: 'link', value: `${pagesBase}/news/dessalement-casablanca.html` }],
      { locale: 'fr' },
    );
    expect(reply.content).toBe(
      'Ajouté : « Casablanca : la station de dessalement entrera en service en 2027 », identifiant dessalement-casablanca, français, 3 paragraphes. On peut dès maintenant poser des questions à son sujet.',
    );
    expect(engine.catalog.get('dessalement-casablanca')?.source).toBe('Samira Benali');
    expect(
      JSON.stringify((await ask('Where will the electricity for the desalination plant come from?')).data.embeds),
    ).toContain('parc éolien');
  });

  it('adds a long page (4 MB) by its link, answering other members meanwhile, and is answered from', async () => {
    const { token, id } = discord.subcommand('article', 'add', [
      { name: 'link', value: `${pagesBase}/long-news.html` },
    ]);
    await discord.waitFor((r) => r.path.startsWith(`/interactions/${id}/`), 5000);
    const added = discord.waitFor((r: RecordedRequest) => r.method === 'PATCH' && r.path.includes(token), 30_000);
    let addedYet = false;
    void added.then(() => (addedYet = true));
    let answeredMeanwhile = 0;
    // Members of their own (each has a rate limit), one question every 100 ms.
    for (let member = 0; !addedYet; member++) {
      const asked = discord.slash('ask', [{ name: 'question', value: 'Who did Christophe Castaner meet in Rabat?' }], {
        userId: `82000000000000${String(member).padStart(4, '0')}`,
      });
      const answer = (
        await discord.waitFor((r) => r.path.startsWith(`/interactions/${asked.id}/`) && r.method === 'POST', 10_000)
      ).body;
      if (!addedYet && answer.data.embeds?.length > 0) answeredMeanwhile++;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await added).body.content).toMatch(/^Added “Harbour log”: id long-news/);
    expect(answeredMeanwhile).toBeGreaterThan(0);
    expect(JSON.stringify((await ask('How many boats did the keeper count in his last year?')).data.embeds)).toContain(
      '4,812',
    );
    await articleCommand('remove', [{ name: 'article', value: 'long-news' }]);
  }, 60_000);

  it('refuses, privately and with the reason, what it must not take', async () => {
    const refusals: [Parameters<typeof articleCommand>[1], Parameters<typeof articleCommand>[2], RegExp][] = [
      [
        [
          {
            name: 'link',
            value: `http://localhost:${(pages.address() as AddressInfo).port}/news/dessalement-casablanca.html`,
          },
        ],
        {},
        /internal network/,
      ],
      [[{ name: 'link', value: `${pagesBase}/to-internal` }], {}, /internal network/],
      [[{ name: 'link', value: 'http://169.254.169.254/latest/meta-data/' }], {}, /internal network/],
      [[{ name: 'link', value: 'http://[::1]/' }], {}, /internal network/],
      [[{ name: 'link', value: 'file:///etc/passwd' }], {}, /only http and https/],
      [[{ name: 'link', value: `${pagesBase}/huge.html` }], {}, /larger than 5 MB/],
      [[{ name: 'link', value: `${pagesBase}/photo.png` }], {}, /not HTML or plain text \(image\/png\)/],
      [[{ name: 'link', value: `${pagesBase}/missing.html` }], {}, /answered with an error \(404\)/],
      // A page nested 2,000 deep would hold the bot for a minute: refused before it is read.
      [[{ name: 'link', value: `${pagesBase}/deep.html` }], {}, /nest more than 200 levels deep/],
      // A malformed escape in the address names no file, and is no "Something went wrong".
      [[{ name: 'link', value: `${pagesBase}/news/%E0%A4%A` }], {}, /no title and text|no usable id/],
      [
        [],
        { files: { file: { name: 'photo.png', body: 'x', contentType: 'image/png' } } },
        /only \.txt, \.md and \.html files/,
      ],
      [[], { files: { file: { name: 'big.txt', body: Buffer.alloc(6 * 1024 * 1024, 'a') } } }, /larger than 5 MB/],
      [[], { files: { file: { name: 'zeros.txt', body: Buffer.from([0x41, 0, 0x42]) } } }, /not text/],
      [[], { files: { file: { name: 'blank.txt', body: '\n\n' } } }, /no title and text/],
      // Names Windows keeps for devices are no file name there.
      [[], { files: { file: { name: 'CON.txt', body: 'A title\n\nSome text.' } } }, /no usable id/],
      [
        [{ name: 'id', value: 'nul' }],
        { files: { file: { name: 'notes.txt', body: 'A title\n\nSome text.' } } },
        /no usable id/,
      ],
      [[], {}, /either a file or a link/],
    ];
    const before = readdirSync(folder).sort();
    for (const [options, extra, expected] of refusals) {
      const reply = await articleCommand('add', options, extra);
      expect(reply.flags).toBe(64);
      expect(reply.content, JSON.stringify(options)).toMatch(expected);
    }
    expect(readdirSync(folder).sort()).toEqual(before);
    expect(discord.violations).toEqual([]);
  }, 30_000);

  it('refuses a member who cannot manage the server, privately, even if the server showed them the command', async () => {
    const before = readdirSync(folder).sort();
    const reply = await articleCommand('add', [], {
      permissions: MEMBER_WITHOUT_MANAGE,
      files: { file: { name: 'lighthouse.txt', body: LIGHTHOUSE } },
    });
    expect(reply).toEqual({ content: 'Only members who can manage the server may add or remove articles.', flags: 64 });
    const removal = await articleCommand('remove', [{ name: 'article', value: '000_8fec0fb06416156b' }], {
      permissions: MEMBER_WITHOUT_MANAGE,
    });
    expect(removal.content).toBe('Only members who can manage the server may add or remove articles.');
    expect(readdirSync(folder).sort()).toEqual(before);
  });

  it('answers every question asked while 10,000 articles are read in', async () => {
    for (let i = 0; i < 10_000; i++) {
      const file = join(folder, `bulk-${String(i).padStart(5, '0')}.txt`);
      writeFileSync(
        file,
        `Harbour report ${i}\n\nThe harbour of Port-${i} received ${i} ships this week, the port authority said.\n`,
      );
      utimesSync(file, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    }
    let done = false;
    const update = engine.refresh().finally(() => (done = true));
    const answers: any[] = [];
    while (!done) {
      answers.push(await ask('Who did Christophe Castaner meet in Rabat?'));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await update).added).toHaveLength(10_000);
    expect(answers.length).toBeGreaterThan(2);
    for (const answer of answers) expect(JSON.stringify(answer.data.embeds)).toContain('Abdelouafi Laftit');
    expect(JSON.stringify((await ask('How many ships did the harbour of Port-4321 receive?')).data.embeds)).toContain(
      'Port-4321',
    );
  }, 120_000);
});
