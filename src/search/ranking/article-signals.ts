import type { Article } from '../../articles/article.js';
import type { PassageIndex } from '../index/passage-index.js';
import { isTellingName, type QueryWord } from '../question/query.js';
import type { Candidate } from './candidates.js';

/** What a candidate's article says of the question: the same for each of its paragraphs. */
export interface ArticleSignals {
  /** Share of the question's weight (idf) that the title holds. */
  readonly title: number;
  /** Share of the question's weight found anywhere in the article, title or paragraphs (best variant of each word). */
  readonly coverage: number;
  /** BM25 with the whole article as the document, relative to the most topical candidate article. */
  readonly topicality: number;
  /** Per question word, the weight of its best variant in the title; 0 where the title lacks it. */
  readonly titleWeights: Float64Array;
  /** Share of the weight of the question's names (`isTellingName`) that the article lacks anywhere (0 when it names none). */
  readonly namesLacked: number;
}

/**
 * What each candidate's article says of the question, in one scan of its words: whether its
 * title names the question's words, whether it holds them anywhere, and how much it is about
 * them (BM25 with the whole article as the document, relative to the most topical one), so
 * that of two paragraphs saying the same of "the club", the one from the article that keeps
 * returning to the club comes first. One instance serves one question at a time (its scratch).
 */
export class ArticleSignalReader {
  /** Content words per article, on average: the article score's length norm. */
  private readonly averageArticleLength: number;
  /** Per term id, scratch: 0 except while it counts a question's terms. */
  private readonly slotOfTerm: Int32Array;

  constructor(
    private readonly index: PassageIndex,
    private readonly k1: number,
    private readonly articleB: number,
  ) {
    this.slotOfTerm = new Int32Array(index.termIds.size);
    this.averageArticleLength = (index.averageLength * index.size) / (index.articles.length || 1);
  }

  read(words: readonly QueryWord[], candidates: readonly Candidate[], totalIdf: number): Map<Article, ArticleSignals> {
    const { k1, articleB } = this;
    const { tokenTerms } = this.index;
    // Each counted term gets a slot: a counter in `counts`, found through `slotOfTerm` (slot + 1, 0 for none).
    const terms: number[] = [];
    for (const word of words) {
      for (const v of word.variants) {
        if (this.slotOfTerm[v.term] !== 0) continue;
        terms.push(v.term);
        this.slotOfTerm[v.term] = terms.length;
      }
    }
    const counts = new Int32Array(terms.length);
    const signals = new Map<Article, ArticleSignals>();
    for (const { id } of candidates) {
      const article = this.index.passages[id]!.article;
      if (signals.has(article)) continue;
      const { start, end } = this.index.articleTokens(article);
      counts.fill(0);
      for (let i = start; i < end; i++) {
        const slot = this.slotOfTerm[tokenTerms[i]!]!;
        if (slot !== 0) counts[slot - 1]! += 1;
      }
      const titleTerms = this.index.titles.get(article)?.terms;
      const lengthNorm = k1 * (1 - articleB + (articleB * (end - start)) / (this.averageArticleLength || 1));
      let title = 0;
      let coverage = 0;
      let topicality = 0;
      let names = 0;
      let namesLacked = 0;
      const titleWeights = new Float64Array(words.length);
      words.forEach((word, w) => {
        let held = 0;
        let topical = 0;
        let inTitle = 0;
        for (const v of word.variants) {
          const tf = counts[this.slotOfTerm[v.term]! - 1]!;
          const titled = titleTerms?.has(v.term) === true;
          if (titled && v.weight > inTitle) inTitle = v.weight;
          if (v.weight > held && (tf > 0 || titled)) held = v.weight;
          // Synonyms only re-rank: they do not make an article about the question.
          if (!v.rerankOnly) topical = Math.max(topical, (v.weight * tf) / (tf + lengthNorm));
        }
        titleWeights[w] = inTitle;
        if (isTellingName(word)) {
          names += word.idf;
          if (held === 0) namesLacked += word.idf;
        }
        if (inTitle > 0) title += word.idf;
        coverage += held * word.idf;
        topicality += topical * word.idf;
      });
      signals.set(article, {
        title: title / (totalIdf || 1),
        coverage: coverage / (totalIdf || 1),
        topicality,
        titleWeights,
        namesLacked: names > 0 ? namesLacked / names : 0,
      });
    }
    for (const term of terms) this.slotOfTerm[term] = 0;
    const most = Math.max(...[...signals.values()].map((s) => s.topicality)) || 1;
    for (const [article, s] of signals) signals.set(article, { ...s, topicality: s.topicality / most });
    return signals;
  }
}
