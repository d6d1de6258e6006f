import { cpSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { followArticles, refreshAndLog } from '../../src/articles/follow.js';
import { Engine } from '../../src/engine.js';
import { createLogger } from '../../src/logging/logger.js';
import { LIGHTHOUSE, LIGHTHOUSE_QUESTION, SEEDS, tempFolder, turnsWhile } from '../helpers.js';

/** A copy of the seeds that a test may change. */
function seedsCopy(): string {
  const folder = tempFolder('qa-live-');
  cpSync(SEEDS, folder, { recursive: true });
  return folder;
}

/** Sets a file's modification time in the past, as a file copied in some time ago. */
function settled(file: string): void {
  const past = new Date(Date.now() - 60_000);
  utimesSync(file, past, past);
}

describe('articles that come and go while the engine runs', () => {
  it('goes on following a folder removed and made again, as a deploy does', async () => {
    const folder = seedsCopy();
    const engine = await Engine.fromFolder(folder, { settleMs: 0 });
    const watch = followArticles(engine, folder, createLogger('silent', 'json'), 0)!;
    try {
      rmSync(folder, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
      cpSync(SEEDS, folder, { recursive: true });
      writeFileSync(join(folder, 'lighthouse.txt'), LIGHTHOUSE);
      for (let waited = 0; waited < 8000 && !engine.ask(LIGHTHOUSE_QUESTION).found; waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(engine.ask(LIGHTHOUSE_QUESTION).found).toBe(true);
      // And the new folder is watched: a file removed from it is forgotten.
      rmSync(join(folder, 'lighthouse.txt'));
      for (let waited = 0; waited < 5000 && engine.ask(LIGHTHOUSE_QUESTION).found; waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(engine.ask(LIGHTHOUSE_QUESTION).found).toBe(false);
    } finally {
      watch.close();
    }
  }, 20_000);

  it('reads a file dated in the future at once, with a warning, instead of waiting for it to settle for ever', async () => {
    const folder = seedsCopy();
    const engine = await Engine.fromFolder(folder);
    const file = join(folder, 'lighthouse.txt');
    writeFileSync(file, LIGHTHOUSE);
    const nextYear = new Date(Date.now() + 365 * 24 * 3600 * 1000);
    utimesSync(file, nextYear, nextYear);
    const lines: { level: number; msg: string }[] = [];
    const logger = createLogger('info', 'json', { write: (line: string) => void lines.push(JSON.parse(line)) });
    const update = await refreshAndLog(engine, logger);
    expect(update?.added.map((a) => a.id)).toEqual(['lighthouse']);
    expect(update?.settling).toBe(0);
    expect(engine.ask(LIGHTHOUSE_QUESTION).found).toBe(true);
    expect(lines.find((line) => line.level === 40)?.msg).toMatch(/1 file\(s\) dated in the future, read all the same/);
  });

  it('answers from a file added to the folder, follows its changes and forgets it once removed', async () => {
    const folder = seedsCopy();
    const engine = await Engine.fromFolder(folder);
    const seeds = engine.articles.length;
    expect(engine.ask(LIGHTHOUSE_QUESTION).found).toBe(false);

    const file = join(folder, 'lighthouse.txt');
    writeFileSync(file, LIGHTHOUSE);
    settled(file);
    const added = await engine.refresh();
    expect(added.added.map((a) => a.id)).toEqual(['lighthouse']);
    expect(engine.articles).toHaveLength(seeds + 1);
    const answer = engine.ask(LIGHTHOUSE_QUESTION);
    expect(answer.found).toBe(true);
    expect(answer.citations[0]).toMatchObject({ articleId: 'lighthouse', paragraph: 1 });
    expect(engine.catalog.find('lighthous')[0]?.id).toBe('lighthouse');
    expect(engine.summary('lighthouse')?.title).toBe('Brittany lighthouse reopens after restoration');

    writeFileSync(
      file,
      LIGHTHOUSE.replace('Brittany lighthouse reopens', 'Kermorvan lighthouse reopens').replace(
        '4.2 million',
        '5.1 million',
      ),
    );
    settled(file);
    const updated = await engine.refresh();
    expect(updated.updated.map((a) => a.id)).toEqual(['lighthouse']);
    expect(engine.articles).toHaveLength(seeds + 1);
    expect(engine.ask(LIGHTHOUSE_QUESTION).citations[0]?.text).toContain('5.1 million');
    expect(engine.summary('lighthouse')?.title).toBe('Kermorvan lighthouse reopens after restoration');

    rmSync(file);
    const removed = await engine.refresh();
    expect(removed.removed.map((a) => a.id)).toEqual(['lighthouse']);
    expect(engine.articles).toHaveLength(seeds);
    expect(engine.ask(LIGHTHOUSE_QUESTION).found).toBe(false);
    expect(engine.catalog.get('lighthouse')).toBeUndefined();
    expect(await engine.refresh()).toMatchObject({ added: [], updated: [], removed: [], skipped: [] });
  });

  it('waits for a file still being written, and reads it once it has settled', async () => {
    const folder = seedsCopy();
    const engine = await Engine.fromFolder(folder, { settleMs: 60_000 });
    const file = join(folder, 'lighthouse.txt');
    writeFileSync(file, LIGHTHOUSE.slice(0, 60));
    expect(await engine.refresh()).toMatchObject({ added: [], settling: 1 });
    expect(engine.catalog.get('lighthouse')).toBeUndefined();
    writeFileSync(file, LIGHTHOUSE);
    settled(file);
    expect((await engine.refresh()).added.map((a) => a.id)).toEqual(['lighthouse']);
    expect(engine.ask(LIGHTHOUSE_QUESTION).found).toBe(true);
  });

  it('reads a file written whole by a rename at once, when told so', async () => {
    const folder = seedsCopy();
    const engine = await Engine.fromFolder(folder, { settleMs: 60_000 });
    const file = join(folder, 'lighthouse.txt');
    writeFileSync(`${file}.part`, LIGHTHOUSE);
    renameSync(`${file}.part`, file);
    expect((await engine.refresh([file])).added.map((a) => a.id)).toEqual(['lighthouse']);
  });

  it('reports unusable files and never lets a second file take an id', async () => {
    const folder = seedsCopy();
    const engine = await Engine.fromFolder(folder);
    writeFileSync(join(folder, 'lighthouse.txt'), LIGHTHOUSE);
    writeFileSync(join(folder, 'lighthouse.md'), '# Another lighthouse\n\nA different article with the same id.');
    writeFileSync(join(folder, 'blank.txt'), '\n\n');
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x41, 0, 0x42]));
    for (const name of ['lighthouse.txt', 'lighthouse.md', 'blank.txt', 'binary.txt']) settled(join(folder, name));
    const update = await engine.refresh();
    expect(update.added.map((a) => a.id)).toEqual(['lighthouse']);
    expect(engine.catalog.get('lighthouse')?.title).toBe('Another lighthouse');
    expect(update.skipped.map((s) => `${s.file.slice(folder.length + 1)} ${s.reason}`).sort()).toEqual([
      'binary.txt binary',
      'blank.txt empty',
      'lighthouse.txt duplicate-id',
    ]);
    // The file that kept the id goes; the other one now holds it.
    rmSync(join(folder, 'lighthouse.md'));
    const promoted = await engine.refresh();
    expect(promoted.updated.map((a) => a.id)).toEqual(['lighthouse']);
    expect(engine.catalog.get('lighthouse')?.title).toBe('Brittany lighthouse reopens after restoration');
  });

  it('keeps every article when the folder goes away', async () => {
    const folder = seedsCopy();
    const engine = await Engine.fromFolder(folder);
    const count = engine.articles.length;
    rmSync(folder, { recursive: true });
    await expect(engine.refresh()).rejects.toMatchObject({ kind: 'missing' });
    expect(engine.articles).toHaveLength(count);
    expect(engine.ask('Who did Christophe Castaner meet in Rabat?').found).toBe(true);
  });

  it('answers every question asked while a thousand files are read, from the articles before or after', async () => {
    const folder = seedsCopy();
    const engine = await Engine.fromFolder(folder);
    for (let i = 0; i < 1000; i++) {
      const file = join(folder, `bulk-${String(i).padStart(4, '0')}.txt`);
      writeFileSync(file, LIGHTHOUSE.replace('Kermorvan', `Kermorvan${i}`));
      settled(file);
    }
    const answers: boolean[] = [];
    let done = false;
    const update = engine.refresh().finally(() => (done = true));
    while (!done) {
      answers.push(engine.ask('Who did Christophe Castaner meet in Rabat?').found);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await update).added).toHaveLength(1000);
    expect(answers.length).toBeGreaterThan(1);
    expect(answers.every(Boolean)).toBe(true);
  });

  it('goes on answering while a 5 MB file of one-letter lines is added, then answers from it', async () => {
    const folder = seedsCopy();
    const engine = await Engine.fromFolder(folder, { settleMs: 0 });
    const file = join(folder, 'letters.txt');
    const lines = Array.from({ length: 2_600_000 }, (_, i) => String.fromCharCode(97 + (i % 26)));
    writeFileSync(file, `Letters\n${lines.join('\n')}\nThe lighthouse keeper counted 4,812 letters.\n`);
    settled(file);
    const update = engine.refresh();
    const answeredMeanwhile = await turnsWhile(
      update,
      () => engine.ask('Who did Christophe Castaner meet in Rabat?').found,
    );
    expect((await update).added.map((article) => article.id)).toEqual(['letters']);
    expect(answeredMeanwhile).toBeGreaterThan(0);
    expect(engine.ask('How many letters did the lighthouse keeper count?').citations[0]?.articleId).toBe('letters');
  }, 30_000);

  it('goes on answering while a web page is read, however small: its reading grows faster than its size', async () => {
    const folder = seedsCopy();
    const engine = await Engine.fromFolder(folder, { settleMs: 0 });
    // 117 KB, blocks nested 100 deep: a second of reading.
    const block = `${'<div>'.repeat(100)}<p>The harbour of Tangier cost 300 million euros.</p>${'</div>'.repeat(100)}`;
    const file = join(folder, 'nested.html');
    writeFileSync(file, `<html><body>${block.repeat(100)}</body></html>`);
    settled(file);
    const update = engine.refresh();
    const turns = await turnsWhile(update);
    await update;
    expect(turns).toBeGreaterThan(1);
  }, 30_000);

  it('follows the folder by itself: a copied file is answered from, a removed one forgotten', async () => {
    const folder = seedsCopy();
    const engine = await Engine.fromFolder(folder, { settleMs: 200 });
    const lines: string[] = [];
    const logger = createLogger('info', 'json', { write: (line: string) => void lines.push(line) });
    const watch = followArticles(engine, folder, logger, 200);
    expect(watch).toBeDefined();
    try {
      writeFileSync(join(folder, 'lighthouse.txt'), LIGHTHOUSE);
      await expect.poll(() => engine.ask(LIGHTHOUSE_QUESTION).found, { timeout: 5000, interval: 100 }).toBe(true);
      rmSync(join(folder, 'lighthouse.txt'));
      await expect.poll(() => engine.ask(LIGHTHOUSE_QUESTION).found, { timeout: 5000, interval: 100 }).toBe(false);
      const messages = lines.map((line) => (JSON.parse(line) as { msg: string }).msg);
      expect(messages).toContain('Articles updated: 1 added (lighthouse), 0 updated, 0 removed');
      expect(messages).toContain('Articles updated: 0 added, 0 updated, 1 removed (lighthouse)');
    } finally {
      watch?.close();
    }
  });
});
