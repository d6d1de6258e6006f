import { isOneEditApart } from '../text/one-edit.js';
import { words } from '../text/tokenize.js';
import { trigramsOf } from '../text/trigrams.js';
import type { Article } from './article.js';

/** How many articles a typed title keeps as candidates for fuse.js to score. */
const MAX_CANDIDATES = 50;
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

  /**
   * The articles whose title or id a typed title may mean, most likely first. A typed word found
   * in more than a fifth of the titles ("the", "de") tells little and is skipped when another
   * typed word is not so common. Scores are summed in typed arrays: a long typed title meets thousands of titles.
   */
  candidates(typed: string): Article[] {
    const typedWords = words(typed).slice(0, MAX_QUERY_WORDS);
    const total = new Float64Array(this.articles.length);
    const best = new Float64Array(this.articles.length);
    const touched: number[] = [];
    const common = this.articles.length / 5;
    // Each typed word's title words, and how many titles they reach.
    const matches = typedWords.map((typedWord, position) => {
      const grams = trigramsOf(typedWord);
      const shared = new Map<number, number>();
      for (const gram of grams)
        for (const id of this.wordsOfTrigram.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
      const typing = position === typedWords.length - 1;
      const met: number[] = [];
      let reach = 0;
      for (const [id, count] of shared) {
        const word = this.vocabulary[id]!;
        if (count * 3 >= grams.length || (typing && word.startsWith(typedWord)) || isOneEditApart(typedWord, word)) {
          met.push(id, count);
          reach += this.articlesOf[id]!.length;
        }
      }
      return { met, grams: grams.length, common: reach > common };
    });
    const telling = matches.some((match) => !match.common && match.met.length > 0);
    for (const { met, grams, common: isCommon } of matches) {
      if (isCommon && telling) continue;
      const reached: number[] = [];
      for (let i = 0; i < met.length; i += 2) {
        const value = met[i + 1]! / grams;
        for (const article of this.articlesOf[met[i]!]!) {
          if (best[article] === 0) reached.push(article);
          if (value > best[article]!) best[article] = value;
        }
      }
      for (const article of reached) {
        if (total[article] === 0) touched.push(article);
        total[article]! += best[article]!;
        best[article] = 0;
      }
    }
    return touched
      .sort((a, b) => total[b]! - total[a]! || a - b)
      .slice(0, MAX_CANDIDATES)
      .map((at) => this.articles[at]!);
  }
}
