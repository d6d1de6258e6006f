import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexFolder, type FolderIndex } from '../../src/search/index/folder-index.js';
import { buildShard } from '../../src/search/index/index-shard.js';
import { PassageIndex } from '../../src/search/index/passage-index.js';
import { SEEDS, tempFolder } from '../helpers.js';

// A folder that splits across threads: the seeds, articles recombined from their paragraphs,
// a broken file, and two files with one id (split between shares with five threads).
let folder: string;
beforeAll(() => {
  folder = tempFolder('parallel-');
  const paragraphs: string[] = [];
  for (const name of readdirSync(SEEDS)) {
    copyFileSync(join(SEEDS, name), join(folder, name));
    paragraphs.push(
      ...readFileSync(join(SEEDS, name), 'utf8')
        .split('\n')
        .slice(1)
        .filter((line) => line.trim().length > 40),
    );
  }
  for (let a = 0; a < 12; a++) {
    const body = Array.from({ length: 4 }, (_, p) => paragraphs[(a * 5 + p * 3) % paragraphs.length]).join('\n\n');
    writeFileSync(join(folder, `mix-${String(a).padStart(2, '0')}.txt`), `Recombined article ${a}\n\n${body}\n`);
  }
  writeFileSync(join(folder, 'aa-empty.txt'), '');
  writeFileSync(join(folder, 'mix-00.md'), 'Same id as mix-00.txt\n\nA paragraph that must not be indexed twice.\n');
});

function snapshot({ index, skipped }: FolderIndex) {
  return {
    articles: index.articles.map((article) => article.id),
    skipped: skipped.map((file) => `${file.file.split('/').pop()} ${file.reason}`).sort(),
    passages: index.passages.map((p) => [p.article.id, p.paragraph, p.sentences.length, p.end - p.start]),
    terms: [...index.termIds.keys()].sort(),
    // The words of every paragraph, read back through the shared ids.
    tokens: index.passages.map((p) => {
      const stems = [...index.termIds.keys()];
      return Array.from(index.tokenTerms.subarray(p.start, p.end), (term) => stems[term]).join(' ');
    }),
    postings: [...index.termIds].map(([stem, term]) => `${stem}:${index.documentFrequency(term)}`).sort(),
  };
}

describe('indexing a folder on several threads', () => {
  it('builds the same index with one, two or five threads', async () => {
    const one = snapshot(await indexFolder(folder, { threads: 1 }));
    expect(one.articles).toHaveLength(14);
    expect(one.skipped).toEqual(['aa-empty.txt empty', 'mix-00.txt duplicate-id']);
    for (const threads of [2, 5]) expect(snapshot(await indexFolder(folder, { threads }))).toEqual(one);
  });

  it('stops with a clear error when no thread found a usable article', async () => {
    const empty = tempFolder('parallel-empty-');
    for (const name of ['a.txt', 'b.txt', 'c.md']) writeFileSync(join(empty, name), '\n\n');
    await expect(indexFolder(empty, { threads: 2 })).rejects.toMatchObject({ kind: 'no-articles' });
  });
});

describe('an index extended by a live update', () => {
  it('is the index a full join of the same articles makes, and leaves the one it extends as it was', async () => {
    const { index } = await indexFolder(folder, { threads: 2 });
    const before = snapshot({ index, skipped: [] } as unknown as FolderIndex);
    const added = index.articles
      .slice(0, 3)
      .map((article, i) => ({ ...article, id: `copy-${i}`, file: `copy-${i}.txt` }));
    // One at a time, as files arrive, so that later extensions reuse the room the first one made.
    let extended = index;
    for (const article of added) extended = PassageIndex.extending(extended, [buildShard([article])]);
    const joined = new PassageIndex([...index.shards, ...added.map((article) => buildShard([article]))]);
    const view = (built: PassageIndex) => ({
      ...snapshot({ index: built, skipped: [] } as unknown as FolderIndex),
      starts: Array.from(built.postingStart),
      postings: Array.from(built.postingPassages),
    });
    expect(view(extended)).toEqual(view(joined));
    expect(extended.articles.map((a) => a.id).slice(-3)).toEqual(['copy-0', 'copy-1', 'copy-2']);
    // The extended index's token arrays are read through its own views; the old one keeps its length.
    expect(snapshot({ index, skipped: [] } as unknown as FolderIndex).tokens).toEqual(before.tokens);
  });
});
