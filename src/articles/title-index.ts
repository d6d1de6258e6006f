import { isOneEditApart } from '../text/one-edit.js';
import { words } from '../text/tokenize.js';
import { trigramsOf } from '../text/trigrams.js';
import type { Article } from './article.js';

/** How many articles a typed title keeps as candidates for fuse.js to score. */
const MAX_CANDIDATES = 100;
/** Words of a typed title read: a title is told apart well before. */
const MAX_QUERY_WORDS = 10;

/**
 * The words of every title (and id), and their letter triples, so that a typed title finds its
 * few candidate articles without reading every title: each typed word meets the title words that
 * share a third of its triples, are one slip away ("keyna", "kenya"), or, for the word being
 * typed last, begin with it. Articles are ranked by how much of the typed words they meet.
 */
export class TitleIndex {
  private readonly vocabulary: string[] = [];
  private readonly articlesOf: number[][] = [];
  private readonly wordsOfTrigram = new Map<string, number[]>();

  constructor(private readonly articles: readonly Article[]) {
    const ids = new Map<string, number>();
    articles.forEach((article, at) => {
      for (const word of new Set([...words(article.title), ...words(article.id)])) {
        let id = ids.get(word);
        if (id === undefined) {
          id = this.vocabulary.push(word) - 1;
          ids.set(word, id);
          this.articlesOf.push([]);
          for (const gram of trigramsOf(word)) {
            const list = this.wordsOfTrigram.get(gram);
            if (list) list.push(id);
            else this.wordsOfTrigram.set(gram, [id]);
          }
        }
        this.articlesOf[id]!.push(at);
      }
    });
  }

  /** The articles whose title or id a typed title may mean, most likely first. */
  candidates(typed: string): Article[] {
    const typedWords = words(typed).slice(0, MAX_QUERY_WORDS);
    const score = new Map<number, number>();
    typedWords.forEach((typedWord, position) => {
      const grams = trigramsOf(typedWord);
      const shared = new Map<number, number>();
      for (const gram of grams) for (const id of this.wordsOfTrigram.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      const typing = position === typedWords.length - 1;
      const best = new Map<number, number>();
      for (const [id, count] of shared) {
        const word = this.vocabulary[id]!;
        const meets = count * 3 >= grams.length || (typing && word.startsWith(typedWord)) || isOneEditApart(typedWord, word);
        if (!meets) continue;
        for (const article of this.articlesOf[id]!) best.set(article, Math.max(best.get(article) ?? 0, count / grams.length));
      }
      for (const [article, value] of best) score.set(article, (score.get(article) ?? 0) + value);
    });
    return [...score].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_CANDIDATES).map(([at]) => this.articles[at]!);
  }
}
