import type { IndexedPassage, PassageIndex } from '../index/passage-index.js';
import type { QueryWord } from '../question/query.js';
import { ArticleSignalReader } from './article-signals.js';
import { Bm25Candidates } from './candidates.js';
import { RANK_DEFAULTS, type RankOptions } from './options.js';
import { readPassage } from './passage-features.js';
import { questionTerms, type QueryContext } from './query-context.js';
import { passageModel, weightedScore, type PassageFeatures } from './score.js';

export interface RankedPassage {
  readonly passage: IndexedPassage;
  /**
   * Its features weighed (see `score.ts`): by the hand-set weights, 0 to about 1, or by the
   * fitted model (`RankOptions.fitted`), the probability that the passage answers.
   */
  readonly score: number;
  /**
   * What the score was computed from, and what the answer policy reads: how much of the question
   * the passage (`coverage`, `contextCoverage`) and its best sentence (`heldSentenceCoverage`) hold.
   */
  readonly features: PassageFeatures;
  /** Index in `passage.sentences` of the sentence that best answers. */
  readonly sentence: number;
}

/**
 * Ranks passages for a question in two stages. BM25 over the inverted index finds candidates
 * (`candidates.ts`); each is then re-read (`passage-features.ts`) beside what its article says
 * of the question (`article-signals.ts`), and scored by its weighted features, or the fitted model (`score.ts`).
 * Scratch arrays are reused between questions: one ranker serves one question at a time.
 */
export class Ranker {
  private readonly options: Required<RankOptions>;
  private readonly bm25: Bm25Candidates;
  private readonly articleSignals: ArticleSignalReader;
  private readonly score: (features: PassageFeatures) => number;

  constructor(
    private readonly index: PassageIndex,
    options: RankOptions = {},
  ) {
    this.options = { ...RANK_DEFAULTS, ...options };
    const model = this.options.fitted ? passageModel() : undefined;
    this.score = model
      ? (features) => model.probability(features)
      : (features) => weightedScore(features, this.options);
    this.bm25 = new Bm25Candidates(index, this.options.k1, this.options.b);
    this.articleSignals = new ArticleSignalReader(index, this.options.k1, this.options.articleB);
  }

  rank(words: readonly QueryWord[], context: QueryContext, limit: number): RankedPassage[] {
    const candidates = this.bm25.find(words, this.options.candidates);
    if (candidates.length === 0) return [];
    const question = questionTerms(words);
    const bestBm25 = Math.max(...candidates.map((c) => c.bm25));
    const articles = this.articleSignals.read(words, candidates, question.totalIdf);
    return candidates
      .map(({ id, bm25 }): RankedPassage => {
        const passage = this.index.passages[id]!;
        const { features, sentence } = readPassage(
          this.index,
          passage,
          bm25 / bestBm25,
          articles.get(passage.article)!,
          question,
          context,
          this.options,
        );
        return { passage, score: this.score(features), features, sentence };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }
}
