import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PARAGRAPHS } from '../../src/articles/parse.js';
import { Engine } from '../../src/engine.js';
import { buildIdentity } from '../../src/search/index/snapshot.js';
import { readQuestions } from '../../scripts/question-set.js';
import { LIGHTHOUSE, LIGHTHOUSE_QUESTION, ROOT, SEEDS, tempFolder, turnsWhile } from '../helpers.js';

/** A folder with the seeds, a web page and recombined articles, and a snapshot file beside it. */
function corpus(): { folder: string; snapshot: string } {
  const folder = tempFolder('qa-snapshot-');
  cpSync(SEEDS, folder, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/news-page.html'), join(folder, 'dessalement.html'));
  writeFileSync(join(folder, 'blank.txt'), '');
  return { folder, snapshot: join(tempFolder('qa-snapshot-data-'), 'index.snapshot') };
}

/** The engine once its new snapshot, if it built one, is written. */
async function saved(engine: Engine): Promise<Engine> {
  if (engine.snapshotStatus?.kind === 'built') await engine.snapshotStatus.saved;
  return engine;
}

const questions = readQuestions(join(ROOT, 'eval/seed-questions.jsonl')).map((q) => q.q);

describe('the index snapshot', () => {
  it('is written after a build and read at the next start, which answers every question as the build did', async () => {
    const { folder, snapshot } = corpus();
    const built = await Engine.fromFolder(folder, { snapshot });
    expect(built.snapshotStatus).toMatchObject({ kind: 'built', reason: 'no snapshot yet' });
    expect(built.snapshotStatus?.kind === 'built' && (await built.snapshotStatus.saved)).toEqual({ saved: true });
    const loaded = await Engine.fromFolder(folder, { snapshot });
    expect(loaded.snapshotStatus).toEqual({ kind: 'loaded' });
    expect(loaded.skipped.map((s) => `${s.file} ${s.reason}`)).toEqual(
      built.skipped.map((s) => `${s.file} ${s.reason}`),
    );
    expect(
      loaded.articles.map((a) => [a.id, a.title, a.language, a.source, a.file, a.paragraphs.map((p) => p.text)]),
    ).toEqual(
      built.articles.map((a) => [a.id, a.title, a.language, a.source, a.file, a.paragraphs.map((p) => p.text)]),
    );
    for (const question of questions) expect(loaded.ask(question), question).toEqual(built.ask(question));
    expect(loaded.summary('dessalement')).toEqual(built.summary('dessalement'));
    expect(loaded.catalog.find('maroc securite')[0]?.id).toBe(built.catalog.find('maroc securite')[0]?.id);
  });

  it('is not read, and the index is rebuilt with the reason, when a file was added, changed or removed', async () => {
    const { folder, snapshot } = corpus();
    await saved(await Engine.fromFolder(folder, { snapshot }));
    writeFileSync(join(folder, 'lighthouse.txt'), LIGHTHOUSE);
    const added = await saved(await Engine.fromFolder(folder, { snapshot }));
    expect(added.snapshotStatus).toMatchObject({ kind: 'built', reason: 'lighthouse.txt was added' });
    expect(added.ask(LIGHTHOUSE_QUESTION).found).toBe(true);
    writeFileSync(join(folder, 'lighthouse.txt'), LIGHTHOUSE.replace('4.2', '5.1'));
    utimesSync(join(folder, 'lighthouse.txt'), new Date(), new Date(Date.now() + 5000));
    const changed = await saved(await Engine.fromFolder(folder, { snapshot }));
    expect(changed.snapshotStatus).toMatchObject({ kind: 'built', reason: 'lighthouse.txt changed' });
    expect(changed.ask(LIGHTHOUSE_QUESTION).citations[0]?.text).toContain('5.1 million');
    rmSync(join(folder, 'lighthouse.txt'));
    const removed = await Engine.fromFolder(folder, { snapshot });
    expect(removed.snapshotStatus).toMatchObject({ kind: 'built', reason: 'lighthouse.txt was removed' });
    expect(removed.ask(LIGHTHOUSE_QUESTION).found).toBe(false);
  });

  it('that is corrupt, truncated, of another build or not a snapshot at all is never read', async () => {
    const { folder, snapshot } = corpus();
    await saved(await Engine.fromFolder(folder, { snapshot }));
    const good = readFileSync(snapshot);
    const headerEnd = 12 + good.readUInt32LE(8);
    const header = JSON.parse(good.toString('utf8', 12, headerEnd)) as {
      sections: { name: string; offset: number; bytes: number }[];
    };
    const bodyStart = Math.ceil(headerEnd / 8) * 8;
    // One bit of one token's position, surface, sentence or term: an answer can change, silently.
    const flipInSection = (name: string) => () => {
      const section = header.sections.find((s) => s.name === name)!;
      const bad = Buffer.from(good);
      bad[bodyStart + section.offset + Math.floor(section.bytes / 2)]! ^= 0x01;
      writeFileSync(snapshot, bad);
    };
    const cases: [string, () => void, RegExp][] = [
      ...['tokenPositions', 'tokenSurfaces', 'tokenSentences', 'tokenTerms', 'postingFrequencies'].map(
        (name) => [`a flipped bit in ${name}`, flipInSection(name), /checksum differs/] as [string, () => void, RegExp],
      ),
      [
        'a flipped byte in the text',
        () => {
          const bad = Buffer.from(good);
          bad[bad.length - 20_000]! ^= 0xff;
          bad[headerEnd + 100]! ^= 0x01;
          writeFileSync(snapshot, bad);
        },
        /corrupt/,
      ],
      [
        'a cut',
        () => {
          writeFileSync(snapshot, good);
          truncateSync(snapshot, Math.floor(good.length / 2));
        },
        /truncated/,
      ],
      [
        'another build',
        () =>
          writeFileSync(
            snapshot,
            Buffer.from(
              good.toString('latin1').replace(/"build":"[0-9a-f]{16}"/, '"build":"0000000000000000"'),
              'latin1',
            ),
          ),
        /another version of the analysis/,
      ],
      ['not a snapshot', () => writeFileSync(snapshot, 'hello'), /not one/],
    ];
    for (const [what, spoil, reason] of cases) {
      spoil();
      const engine = await saved(await Engine.fromFolder(folder, { snapshot }));
      expect(engine.snapshotStatus?.kind, what).toBe('built');
      expect(
        engine.snapshotStatus && 'reason' in engine.snapshotStatus ? engine.snapshotStatus.reason : '',
        what,
      ).toMatch(reason);
      expect(engine.ask('Who did Christophe Castaner meet in Rabat?').found, what).toBe(true);
    }
  });

  it('follows live updates: written again shortly after one, so that the next start reads it', async () => {
    const { folder, snapshot } = corpus();
    const engine = await saved(await Engine.fromFolder(folder, { snapshot, snapshotDelayMs: 50 }));
    writeFileSync(join(folder, 'lighthouse.txt'), LIGHTHOUSE);
    utimesSync(join(folder, 'lighthouse.txt'), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    await engine.refresh();
    await expect
      .poll(async () => (await Engine.fromFolder(folder, { snapshot })).snapshotStatus?.kind, {
        timeout: 5000,
        interval: 200,
      })
      .toBe('loaded');
    const next = await Engine.fromFolder(folder, { snapshot });
    expect(next.ask(LIGHTHOUSE_QUESTION).citations[0]?.articleId).toBe('lighthouse');
  });

  it('keeps an article of 400,000 one-line paragraphs: built, snapshotted while questions are answered, read again and answered from', async () => {
    const { folder, snapshot } = corpus();
    // Writing the snapshot once looked each paragraph up in its article: hours for a 5 MB file.
    const lines = Array.from({ length: 400_000 }, (_, i) => String.fromCharCode(97 + (i % 26)));
    writeFileSync(
      join(folder, 'letters.txt'),
      `Letters\n${lines.join('\n')}\nThe lighthouse keeper counted 4,812 letters.\n`,
    );
    const built = await Engine.fromFolder(folder, { snapshot });
    // Questions are answered while the snapshot is written, not after it.
    const saved = built.snapshotStatus?.kind === 'built' ? built.snapshotStatus.saved : Promise.resolve();
    const answeredMeanwhile = await turnsWhile(
      saved,
      () => built.ask('Who did Christophe Castaner meet in Rabat?').found,
    );
    expect(answeredMeanwhile).toBeGreaterThan(0);
    expect(built.snapshotStatus?.kind === 'built' && (await built.snapshotStatus.saved)).toEqual({ saved: true });
    const loaded = await Engine.fromFolder(folder, { snapshot });
    expect(loaded.snapshotStatus).toEqual({ kind: 'loaded' });
    // Neighbouring lines joined in even groups, so that no article holds more than MAX_PARAGRAPHS.
    const letters = loaded.articles.find((article) => article.id === 'letters')!;
    expect(letters.paragraphs).toHaveLength(Math.ceil(400_001 / Math.ceil(400_001 / MAX_PARAGRAPHS)));
    expect(letters.paragraphs.map((paragraph) => paragraph.text).join(' ')).toBe(
      `${lines.join(' ')} The lighthouse keeper counted 4,812 letters.`,
    );
    const answer = loaded.ask('How many letters did the lighthouse keeper count?');
    expect(answer.found && answer.citations[0]).toMatchObject({
      articleId: 'letters',
      paragraph: letters.paragraphs.length,
    });
  }, 30_000);

  it("names the build of the analysis after every source file below its folders, however deep, and the dependencies' lock", () => {
    const root = tempFolder('qa-build-');
    mkdirSync(join(root, 'search/ranking'), { recursive: true });
    writeFileSync(join(root, 'search/index.js'), 'export const stem = 1;');
    writeFileSync(join(root, 'search/tokens.js'), 'export const tokens = 2;');
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3}');
    const identity = () => buildIdentity(root, ['search'], ['package-lock.json']);
    const first = identity();
    expect(identity()).toBe(first);
    renameSync(join(root, 'search/tokens.js'), join(root, 'search/ranking/tokens.js'));
    const moved = identity();
    expect(moved).not.toBe(first);
    writeFileSync(join(root, 'search/ranking/tokens.js'), 'export const tokens = 3;');
    const deepChange = identity();
    expect(deepChange).not.toBe(moved);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {}}');
    expect(identity()).not.toBe(deepChange);
  });
});
