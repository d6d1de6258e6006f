import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticlesFolderError, loadArticles } from '../../src/articles/loader.js';
import { Engine } from '../../src/engine.js';
import { EN_SEED, FR_SEED, SEEDS, tempFolder } from '../helpers.js';

describe('loading the real seed articles', () => {
  it('keeps the seeds byte for byte as shipped in ../shared/seeds', () => {
    // SHA-256 of the originals, so the check also runs where ../shared is not present (CI).
    const shipped: Record<string, string> = {
      [EN_SEED]: '6bb88e155d3fcc599a05cdf6a683db44a695cc5cd8ec5877daca9d4bb7190c19',
      [FR_SEED]: '4d9a2d57587e45c380dfdffccb1316116a77b06ca7ff13e3b8770ffdd3408a36',
    };
    for (const [id, sha256] of Object.entries(shipped)) {
      expect(
        createHash('sha256')
          .update(readFileSync(join(SEEDS, `${id}.txt`)))
          .digest('hex'),
      ).toBe(sha256);
    }
  });

  it('reads titles, languages and paragraphs whether split by single or blank lines', async () => {
    const { articles, skipped } = await loadArticles(SEEDS);
    expect(skipped).toEqual([]);
    const en = articles.find((a) => a.id === EN_SEED)!;
    const fr = articles.find((a) => a.id === FR_SEED)!;
    expect(en.language).toBe('en');
    expect(fr.language).toBe('fr');
    expect(en.title).toMatch(/^From business to security cooperation/);
    expect(fr.title).toBe('Le Maroc et la France renforcent leur coopération en matière de sécurité et de migration');
    // English seed: one paragraph per line; French seed: blank-line separated, closing byline.
    expect(en.paragraphs).toHaveLength(14);
    expect(en.paragraphs[0]!.text).toMatch(/^Rabat – Following the inauguration/);
    expect(en.paragraphs.at(-1)!.text).toMatch(/€70 million for Morocco/);
    expect(fr.paragraphs).toHaveLength(8);
    expect(fr.paragraphs[0]!.number).toBe(1);
    expect(fr.paragraphs.at(-1)!.text).toMatch(/^L’adoption de la feuille de route/);
    expect(fr.source).toBe('LR/MAP');
    expect(en.source).toBeUndefined();
  });
});

describe('loading a folder with broken files', () => {
  it('skips each bad file with its reason and loads the others', async () => {
    const dir = tempFolder();
    writeFileSync(
      join(dir, 'good.md'),
      '# A good article\n\nFirst paragraph about the harbour.\n\nSecond paragraph.\n',
    );
    writeFileSync(join(dir, 'empty.txt'), '   \n\n');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Titre\n\nCaf\xe9 cr\xe8me et r\xe9sum\xe9.\n', 'latin1'));
    writeFileSync(join(dir, 'title-only.txt'), 'Only a title\n');
    mkdirSync(join(dir, 'folder.txt'));
    writeFileSync(join(dir, 'notes.json'), '{"not": "an article"}');

    const { articles, skipped } = await loadArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['good']);
    expect(articles[0]!.title).toBe('A good article');
    expect(articles[0]!.paragraphs.map((p) => p.text)).toEqual([
      'First paragraph about the harbour.',
      'Second paragraph.',
    ]);
    const reasons = Object.fromEntries(skipped.map((s) => [s.file.split('/').pop(), s.reason]));
    expect(reasons).toEqual({
      'binary.txt': 'binary',
      'empty.txt': 'empty',
      'folder.txt': 'not-a-file',
      'latin1.txt': 'encoding',
      'title-only.txt': 'empty',
    });
  });

  it('stops with a clear error when no file is a usable article', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'empty.txt'), '');
    await expect(loadArticles(dir)).rejects.toThrow(ArticlesFolderError);
    await expect(loadArticles(dir)).rejects.toThrow(/No usable article/);
  });

  it('stops with a clear error when the folder does not exist', async () => {
    await expect(loadArticles(join(tempFolder(), 'missing'))).rejects.toMatchObject({ kind: 'missing' });
  });
});

describe('a page nested too deep', () => {
  it("is skipped with its reason before it is parsed, and the folder's other pages are read", async () => {
    const folder = tempFolder();
    const paragraph = `<p>${'The harbour of Tangier cost 300 million euros and will handle nine million containers. '.repeat(3)}</p>`;
    writeFileSync(
      join(folder, 'deep.html'),
      `<html><body>${'<div>'.repeat(2000)}${paragraph}${'</div>'.repeat(2000)}</body></html>`,
    );
    writeFileSync(
      join(folder, 'news.html'),
      `<html><head><title>Harbour works</title></head><body><article>${'<div>'.repeat(30)}<h1>Harbour works</h1>${paragraph}${'</div>'.repeat(30)}</article></body></html>`,
    );
    const { articles, skipped } = await loadArticles(folder);
    expect(articles.map((a) => a.id)).toEqual(['news']);
    expect(skipped.map((s) => [basename(s.file), s.reason])).toEqual([['deep.html', 'too-deep']]);
  });
});

describe('what is not a file of the folder', () => {
  it('is never read, and says why: a link out of the folder, a pipe, a folder named like an article', async () => {
    const outside = tempFolder();
    writeFileSync(
      join(outside, 'secret.txt'),
      'Root accounts\n\nThe root password of the server is hunter2, kept in the vault.',
    );
    const folder = tempFolder();
    writeFileSync(
      join(folder, 'harbour.txt'),
      'Harbour works in Tangier\n\nThe harbour of Tangier cost 300 million euros.',
    );
    symlinkSync(join(outside, 'secret.txt'), join(folder, 'passwd.txt'));
    symlinkSync('/proc/self/status', join(folder, 'status.txt'));
    // A pipe would block a plain read until something writes to it.
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    mkdirSync(join(folder, 'notes.txt'));

    const { articles, skipped } = await loadArticles(folder);
    expect(articles.map((a) => a.id)).toEqual(['harbour']);
    expect(skipped.map((s) => [basename(s.file), s.reason]).sort()).toEqual([
      ['notes.txt', 'not-a-file'],
      ['passwd.txt', 'not-a-file'],
      ['pipe.txt', 'not-a-file'],
      ['status.txt', 'not-a-file'],
    ]);

    // What a member could ask never reaches the linked file.
    const engine = await Engine.fromFolder(folder);
    expect(engine.articles.map((a) => a.id)).toEqual(['harbour']);
    const answer = engine.ask('What is the root password of the server?');
    expect(answer.citations.map((c) => c.text).join(' ')).not.toContain('hunter2');
  });
});
