import Fuse from 'fuse.js';
import type { Article } from './article.js';

/**
 * Longest part of a typed title that is matched: fuse.js's cost grows with the pattern (at
 * 15,759 titles, 0.3 s for 11 characters, 2.2 s for 100), and a title is told apart well before.
 */
export const MAX_TITLE_QUERY = 60;

/** The loaded articles, found by id or by a loosely typed title. */
export class ArticleCatalog {
  private readonly byId = new Map<string, Article>();
  /** Built on the first fuzzy look-up: start-up does not wait for it. */
  private fuse: Fuse<Article> | undefined;

  constructor(readonly articles: readonly Article[]) {
    for (const article of articles) this.byId.set(article.id.toLowerCase(), article);
  }

  private titleSearch(): Fuse<Article> {
    this.fuse ??= new Fuse(this.articles, {
      keys: [{ name: 'title', weight: 0.8 }, { name: 'id', weight: 0.2 }],
      includeScore: true,
      ignoreDiacritics: true,
      ignoreLocation: true,
      // Word by word, so "maroc securite" finds the title holding both words wherever they stand.
      useTokenSearch: true,
      threshold: 0.4,
    });
    return this.fuse;
  }

  get(id: string): Article | undefined {
    return this.byId.get(id.trim().toLowerCase());
  }

  /**
   * Articles whose id or title matches `query`, best first: an exact id wins, then fuzzy title
   * matches (typos and missing accents allowed). An empty query lists every article.
   */
  find(query: string, limit = 25): Article[] {
    const text = query.trim();
    if (!text) return this.articles.slice(0, limit);
    const exact = this.get(text);
    if (exact) return [exact];
    // Fuse.js reads a leading "=", "'", "!" or "^" as its own syntax only in extended search,
    // which stays off: the user's text is matched as plain text.
    return this.titleSearch().search(text.slice(0, MAX_TITLE_QUERY), { limit }).map((result) => result.item);
  }
}
