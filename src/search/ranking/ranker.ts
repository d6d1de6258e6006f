import type { IndexedPassage, PassageIndex } from '../index/passage-index.js';
import type { QueryWord } from '../question/query.js';
import { ArticleSignalReader } from './article-signals.js';
import { Bm25Candidates, type Candidate } from './candidates.js';
import { RANK_DEFAULTS, type RankOptions } from './options.js';
import { readPassage } from './passage-features.js';
import { questionTerms, type QueryContext } from './query-context.js';
import { passageModel, weightedScore, type PassageFeatures } from './score.js';

/** How many paragraphs on either side of a passage lacking the value asked are read for it. */
const MAX_ARTICLE_PARAGRAPHS = 12;

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
    const read = ({ id, bm25 }: Candidate): RankedPassage => {
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
    };
    const ranked = candidates.map(read).sort((a, b) => b.score - a.score);
    const best = ranked[0]!;
    // The best passage lacks the figure or date asked: its article may give it in a paragraph
    // that names no one ("The 24-year-old singer…" after "JJ won…"), which BM25 never gathered.
    if (best.features.lacksAskedValue === 1) {
      const seen = new Set(candidates.map((c) => c.id));
      const others = this.paragraphsAround(best.passage).filter((id) => !seen.has(id));
      ranked.push(...others.map((id) => read({ id, bm25: 0 })));
      ranked.sort((a, b) => b.score - a.score);
    }
    return ranked.slice(0, limit);
  }

  /** The other paragraphs of a passage's article, at most `MAX_ARTICLE_PARAGRAPHS` on either side (an article's are contiguous). */
  private paragraphsAround(passage: IndexedPassage): number[] {
    const { passages } = this.index;
    const ids: number[] = [];
    const last = Math.min(passages.length - 1, passage.id + MAX_ARTICLE_PARAGRAPHS);
    for (let id = Math.max(0, passage.id - MAX_ARTICLE_PARAGRAPHS); id <= last; id++)
      if (id !== passage.id && passages[id]!.article === passage.article) ids.push(id);
    return ids;
  }
}
