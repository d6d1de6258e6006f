import Fuse from 'fuse.js';
import type { Article } from './article.js';
import { TitleIndex } from './title-index.js';

/**
 * Longest part of a typed title that is matched: fuse.js's cost grows with the pattern (at
 * 15,759 titles, 0.3 s for 11 characters, 2.2 s for 100), and a title is told apart well before.
 */
export const MAX_TITLE_QUERY = 60;

/** fuse.js's options for titles: every article is scored by them, or only the title index's candidates. */
const TITLE_SEARCH = {
  keys: [{ name: 'title', weight: 0.8 }, { name: 'id', weight: 0.2 }],
  includeScore: true,
  ignoreDiacritics: true,
  ignoreLocation: true,
  // Word by word, so "maroc securite" finds the title holding both words wherever they stand.
  useTokenSearch: true,
  threshold: 0.4,
};

/**
 * Up to this many articles, fuse.js reads every title (tens of milliseconds); above it, only the
 * candidates of a title index: at 15,759 titles fuse.js alone took 0.3 s for 11 typed characters
 * and seconds for a long title, past Discord's 3 s for autocomplete.
 */
export const INDEXED_ABOVE = 1000;

/** The loaded articles, found by id or by a loosely typed title. */
export class ArticleCatalog {
  private readonly byId = new Map<string, Article>();
  /** Built on the first fuzzy look-up: start-up does not wait for it. */
  private fuse: Fuse<Article> | undefined;
  private index: TitleIndex | undefined;

  constructor(readonly articles: readonly Article[]) {
    for (const article of articles) this.byId.set(article.id.toLowerCase(), article);
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
    const typed = text.slice(0, MAX_TITLE_QUERY);
    return this.titleSearch(typed).search(typed, { limit }).map((result) => result.item);
  }

  private titleSearch(typed: string): Fuse<Article> {
    if (this.articles.length <= INDEXED_ABOVE) {
      this.fuse ??= new Fuse(this.articles, TITLE_SEARCH);
      return this.fuse;
    }
    this.index ??= new TitleIndex(this.articles);
    return new Fuse(this.index.candidates(typed), TITLE_SEARCH);
  }
}
