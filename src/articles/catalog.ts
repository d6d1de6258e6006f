import Fuse, { type FuseResult } from 'fuse.js';
import type { Article } from './article.js';
import { words } from '../text/tokenize.js';
import { TitleIndex } from './title-index.js';

/**
 * Longest part of a typed title that is matched: fuse.js's cost grows with the pattern (at
 * 15,759 titles, 0.3 s for 11 characters, 2.2 s for 100), and a title is told apart well before.
 */
export const MAX_TITLE_QUERY = 60;

/**
 * fuse.js's options for titles: every article is scored by them, or only the title index's
 * candidates. The benchmark and the tests compare against plain fuse.js with these same options.
 */
export const TITLE_SEARCH = {
  keys: [
    { name: 'title', weight: 0.8 },
    { name: 'id', weight: 0.2 },
  ],
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

/**
 * Two fuzzy matches whose scores (0 best, 1 worst) are closer than this are equally good: the
 * typed words do not tell the articles apart ("migration" for two titles that both hold it).
 */
export const AMBIGUITY_MARGIN = 0.1;

/** What a typed article name designates. */
export type ArticleMatch =
  | { readonly kind: 'one'; readonly article: Article }
  /** Equally good matches, best first: the asker must say which. */
  | { readonly kind: 'several'; readonly articles: readonly Article[] }
  /** Nothing typed, or nothing that matches. */
  | { readonly kind: 'none' };

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
    const found = this.lookUp(query, limit);
    return found.kind === 'empty'
      ? this.articles.slice(0, limit)
      : found.kind === 'exact'
        ? [found.article]
        : found.results.map((result) => result.item);
  }

  /**
   * The one article `query` designates: an exact id, or a fuzzy title match clearly better than
   * the next; several when the best matches are about as good (see AMBIGUITY_MARGIN).
   */
  resolve(query: string, limit = 5): ArticleMatch {
    const found = this.lookUp(query, limit);
    if (found.kind === 'empty') return { kind: 'none' };
    if (found.kind === 'exact') return { kind: 'one', article: found.article };
    const { results, typed } = found;
    const best = results[0];
    if (!best) return { kind: 'none' };
    const tied = results.filter((result) => (result.score ?? 0) - (best.score ?? 0) < AMBIGUITY_MARGIN);
    if (tied.length === 1) return { kind: 'one', article: best.item };
    // Fuzzy scores hardly tell "report 1999" from "report 1998"; the one title holding every typed word does.
    const typedWords = words(typed);
    const whole = tied.filter((result) => {
      const titleWords = new Set(words(result.item.title));
      return typedWords.every((word) => titleWords.has(word));
    });
    return whole.length === 1
      ? { kind: 'one', article: whole[0]!.item }
      : { kind: 'several', articles: tied.map((result) => result.item) };
  }

  /**
   * What a typed article name finds: nothing typed, an exact id, or fuzzy title matches of its
   * first MAX_TITLE_QUERY characters. Fuse.js reads a leading "=", "'", "!" or "^" as its own
   * syntax only in extended search, which stays off: the text is matched as plain text.
   */
  private lookUp(
    query: string,
    limit: number,
  ):
    | { kind: 'empty' }
    | { kind: 'exact'; article: Article }
    | { kind: 'fuzzy'; typed: string; results: FuseResult<Article>[] } {
    const text = query.trim();
    if (!text) return { kind: 'empty' };
    const exact = this.get(text);
    if (exact) return { kind: 'exact', article: exact };
    const typed = text.slice(0, MAX_TITLE_QUERY);
    return { kind: 'fuzzy', typed, results: this.titleSearch(typed).search(typed, { limit }) };
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
