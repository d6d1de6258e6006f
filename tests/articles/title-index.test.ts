import Fuse from 'fuse.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/articles/article.js';
import { ArticleCatalog, INDEXED_ABOVE, TITLE_SEARCH } from '../../src/articles/catalog.js';
import { SEEDS, testArticle } from '../helpers.js';

/** 3,000 articles titled with sentences of the seeds, numbered, as a large news server might hold. */
function manyArticles(): Article[] {
  const sentences = readdirSync(SEEDS)
    .flatMap((file) => readFileSync(join(SEEDS, file), 'utf8').split(/(?<=[.!?])\s+/))
    .filter((s) => s.length > 40);
  return Array.from({ length: 3000 }, (_, n) => {
    const words = sentences[n % sentences.length]!.split(/\s+/);
    const start = Math.floor(n / sentences.length) % Math.max(1, words.length - 6);
    return testArticle(`news-${n}`, `${words.slice(start, start + 6 + (n % 5)).join(' ')} ${n}`, 'en', words.join(' '));
  });
}

/** One neighbouring pair of letters swapped in the middle of the text. */
function slip(text: string): string {
  const at = Math.floor(text.length / 2);
  return text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
}

describe('finding an article by its title among thousands', () => {
  const articles = manyArticles();
  const catalog = new ArticleCatalog(articles);
  const plain = new Fuse(articles, TITLE_SEARCH);

  it('goes through the title index above its size, and finds every title typed in full first', () => {
    expect(articles.length).toBeGreaterThan(INDEXED_ABOVE);
    for (const article of articles.filter((_, n) => n % 30 === 0))
      expect(catalog.find(article.title)[0]?.id, article.title).toBe(article.id);
  });

  it('finds a title typed with a slip whenever plain fuse.js over every title does', () => {
    let plainFound = 0;
    for (const article of articles.filter((_, n) => n % 100 === 0)) {
      const typed = slip(article.title);
      if (!plain.search(typed, { limit: 3 }).some((result) => result.item.id === article.id)) continue;
      plainFound++;
      expect(
        catalog.find(typed, 3).map((found) => found.id),
        typed,
      ).toContain(article.id);
    }
    expect(plainFound).toBeGreaterThan(10);
  });

  it('answers the same as plain fuse.js on a small catalog, which it reads whole', () => {
    const few = articles.slice(0, 200);
    const small = new ArticleCatalog(few);
    const all = new Fuse(few, TITLE_SEARCH);
    for (const article of few.filter((_, n) => n % 10 === 0)) {
      const typed = slip(article.title).slice(0, 20);
      expect(small.find(typed, 5).map((found) => found.id)).toEqual(
        all.search(typed, { limit: 5 }).map((result) => result.item.id),
      );
    }
  });
});
