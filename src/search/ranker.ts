import type { Article, Language } from '../articles/article.js';
import type { IndexedPassage, PassageIndex } from './passage-index.js';
import { sentenceHasType, VALUE_TYPES, type AnswerType } from './answer-type.js';
import type { QueryWord } from './query.js';

export interface RankOptions {
  /** BM25 term-frequency saturation. Default 1.2. */
  readonly k1?: number;
  /** BM25 length normalisation, 0 (none) to 1 (full). Default 0.5. */
  readonly b?: number;
  /** How many BM25 leaders are re-read sentence by sentence. Default 30 (40 gave the same answers on wikiqa, 10% slower). */
  readonly candidates?: number;
  /** Share of the final score from BM25 (relative to the best candidate). Default 0.2. */
  readonly bm25Weight?: number;
  /** Share from the best sentence's coverage of the question's words. Default 0.45. */
  readonly sentenceWeight?: number;
  /** Share from the whole passage's coverage of the question's words. Default 0.1. */
  readonly passageWeight?: number;
  /** Share from question word pairs that stand side by side in the passage. Default 0.1. */
  readonly proximityWeight?: number;
  /** Share from question words found in the article's title. Default 0.1. */
  readonly titleWeight?: number;
  /** Share from question words found anywhere in the passage's article. Default 0.1. */
  readonly articleWeight?: number;
  /**
   * Share from the best sentence holding the kind of thing the question asks for (a figure for
   * "how many", a date for "when", a name for "who"). Default 0.05.
   */
  readonly answerTypeWeight?: number;
  /**
   * A word matched only through its stem or a variant, not its exact spelling, counts this
   * much in the sentence and passage coverage. Default 0.5.
   */
  readonly inexactFactor?: number;
  /**
   * A question word absent from the passage but found in the paragraph just before it, which
   * the passage's "he" or "the official" may stand for, counts this much in the passage's score
   * and `contextCoverage` (not in `coverage`, which decides whether the question is answered at
   * all). Default 0.5.
   */
  readonly previousParagraphFactor?: number;
  /**
   * Share from how much the passage's article is about the question's words (BM25 over the whole
   * article, counting how often it uses them). Default 0.1.
   */
  readonly topicalityWeight?: number;
  /** BM25 length normalisation for that article score. Default 0.75. */
  readonly articleB?: number;
  /**
   * Added for a passage in the question's language: between two passages that answer as well,
   * the asker reads their own language. Default 0.02.
   */
  readonly sameLanguageWeight?: number;
  /**
   * Added, for "Who is X?", to a passage that puts a role ("minister", "homologue") within three
   * words of X: it says who X is, where others only mention X. Default 0.1.
   */
  readonly roleWeight?: number;
}

/** One question word an index term stands for, and how. */
interface TermMatch {
  /** Index of the word in the question's words. */
  readonly word: number;
  readonly weight: number;
  readonly translated: boolean;
  /** The other words of its phrase, which the passage must hold too (see Variant.together). */
  readonly together?: readonly (readonly number[])[];
}

/** What a candidate's article says of the question: the same for each of its paragraphs. */
interface ArticleSignals {
  /** Share of the question's weight (idf) that the title holds. */
  readonly title: number;
  /** Share of the question's weight found anywhere in the article, title or paragraphs (best variant of each word). */
  readonly coverage: number;
  /** BM25 with the whole article as the document, relative to the most topical candidate article. */
  readonly topicality: number;
}

/** What a question brings to ranking besides its words. */
export interface QueryContext {
  readonly answerType?: AnswerType;
  /** Whether a passage names the life event the question asks about ("born", "mort"), when it asks about one. */
  readonly namesLifeEvent?: (passage: string) => boolean;
  /** Whether a passage speaks of what is to come, when the question asks about it ("next", "prochaine"). */
  readonly speaksOfFuture?: (passage: string) => boolean;
  /** The question folded, to tell new names from the question's own. */
  readonly folded: string;
  /** The question's language: a passage in the other one can only match it through translations. */
  readonly language: Language;
  /**
   * For a question that asks who someone is, the index terms of nouns that say it ("minister",
   * "homologue"): a passage with one right beside the question's words describes the person.
   */
  readonly roleTerms?: ReadonlySet<number>;
}

/** Every weight of ranking, with its default: the one place the code reads them from. */
export const RANK_DEFAULTS: Required<RankOptions> = {
  k1: 1.2,
  b: 0.5,
  candidates: 30,
  bm25Weight: 0.2,
  sentenceWeight: 0.45,
  passageWeight: 0.1,
  proximityWeight: 0.1,
  titleWeight: 0.1,
  articleWeight: 0.1,
  answerTypeWeight: 0.05,
  inexactFactor: 0.5,
  previousParagraphFactor: 0.5,
  topicalityWeight: 0.1,
  articleB: 0.75,
  sameLanguageWeight: 0.02,
  roleWeight: 0.1,
};

export interface RankedPassage {
  readonly passage: IndexedPassage;
  /** Final score, 0 to about 1. */
  readonly score: number;
  /** Share of the question's weight (idf) that the passage contains in any form, 0 to 1. */
  readonly coverage: number;
  /** `coverage`, with the question words found only in the paragraph before counted at a discount. */
  readonly contextCoverage: number;
  /**
   * Share of the question's weight found in the passage's best sentence, 0 to 1: a match by stem
   * only counts half, as in ranking; in a passage of the other language, a translation counts in full.
   */
  readonly sentenceCoverage: number;
  /** Index in `passage.sentences` of the sentence that best answers. */
  readonly sentence: number;
  /**
   * The question asks for a figure, an age or a date ("how many", "when") and the passage holds
   * none, or about a birth or a death that the passage does not name, or about what is to come
   * and the passage only tells of the past.
   */
  readonly lacksAskedType: boolean;
}

/**
 * Ranks passages for a question in two stages. BM25 over the inverted index finds candidates
 * (each question word counts once, through its best variant). The leaders are then re-read:
 * which sentence holds most of the question's weight, how much of it the whole passage holds,
 * whether the question's words stand together as in the question, whether the title names
 * what the question is about, how much the article as a whole is about it. Scratch arrays are
 * reused between questions: one ranker serves one question at a time.
 */
export class Ranker {
  private readonly options: Required<RankOptions>;
  /** Per passage, STATE numbers: BM25 length norm, then this question's score, best word score and last word. */
  private readonly state: Float64Array;
  /** Passages a question's words reached, in the order they were first reached. */
  private readonly touched: Int32Array;
  /** Content words per article, on average: the article score's length norm. */
  private readonly averageArticleLength: number;
  /** Per term id, scratch for `articleSignals`: 0 except while it counts a question's terms. */
  private readonly slotOfTerm: Int32Array;

  constructor(private readonly index: PassageIndex, options: RankOptions = {}) {
    this.options = { ...RANK_DEFAULTS, ...options };
    const size = index.size;
    this.state = new Float64Array(size * STATE);
    this.touched = new Int32Array(size);
    this.slotOfTerm = new Int32Array(index.termIds.size);
    this.averageArticleLength = (index.averageLength * size) / (index.articles.length || 1);
    const { k1, b } = this.options;
    index.passages.forEach((p, id) => {
      this.state[id * STATE + LENGTH_NORM] = k1 * (1 - b + (b * (p.end - p.start)) / (index.averageLength || 1));
      this.state[id * STATE + LAST_WORD] = -1;
    });
  }

  rank(words: readonly QueryWord[], context: QueryContext, limit: number): RankedPassage[] {
    const candidates = this.candidates(words);
    if (candidates.length === 0) return [];
    const totalIdf = words.reduce((sum, w) => sum + w.idf, 0);
    const bestBm25 = Math.max(...candidates.map((c) => c.bm25));
    // Which question words each index term stands for: built once, read by every candidate.
    const variantOf = new Map<number, TermMatch[]>();
    words.forEach((word, w) => {
      for (const v of word.variants) {
        const list = variantOf.get(v.term) ?? [];
        list.push({ word: w, weight: v.weight, translated: v.translated === true, ...(v.together ? { together: v.together } : {}) });
        variantOf.set(v.term, list);
      }
    });
    const articles = this.articleSignals(words, candidates, totalIdf);
    return candidates
      .map(({ id, bm25 }) => {
        const passage = this.index.passages[id]!;
        return this.rerank(passage, bm25 / bestBm25, articles.get(passage.article)!, words, variantOf, context, totalIdf);
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  private candidates(words: readonly QueryWord[]): { id: number; bm25: number }[] {
    const k1 = this.options.k1;
    // Locals, not fields: this loop runs over every posting of every question word. A passage's
    // four numbers sit side by side (`state`) so that each posting touches one cache line.
    const { postingStart, postingPassages, postingFrequencies } = this.index;
    const { state, touched } = this;
    let touchedCount = 0;
    for (let w = 0; w < words.length; w++) {
      for (const variant of words[w]!.variants) {
        if (variant.rerankOnly) continue;
        const idf = this.index.idf(variant.term) * variant.weight * (k1 + 1);
        const end = postingStart[variant.term + 1]!;
        for (let i = postingStart[variant.term]!; i < end; i++) {
          const id = postingPassages[i]!;
          const at = id * STATE;
          const tf = postingFrequencies[i]!;
          const s = (idf * tf) / (tf + state[at + LENGTH_NORM]!);
          const last = state[at + LAST_WORD]!;
          if (last === -1) touched[touchedCount++] = id;
          if (last !== w) {
            state[at + LAST_WORD] = w;
            state[at + WORD_BEST] = s;
            state[at + SCORE]! += s;
          } else if (s > state[at + WORD_BEST]!) {
            state[at + SCORE]! += s - state[at + WORD_BEST]!;
            state[at + WORD_BEST] = s;
          }
        }
      }
    }
    const ids = touched.subarray(0, touchedCount);
    const top = topK(ids, (id) => state[id * STATE + SCORE]!, this.options.candidates).map((id) => ({ id, bm25: state[id * STATE + SCORE]! }));
    for (const id of ids) {
      state[id * STATE + SCORE] = 0;
      state[id * STATE + LAST_WORD] = -1;
    }
    return top;
  }

  /**
   * What each candidate's article says of the question, in one scan of its words: whether its
   * title names the question's words, whether it holds them anywhere, and how much it is about
   * them (BM25 with the whole article as the document, relative to the most topical one), so
   * that of two paragraphs saying the same of "the club", the one from the article that keeps
   * returning to the club comes first.
   */
  private articleSignals(words: readonly QueryWord[], candidates: readonly { id: number }[], totalIdf: number): Map<Article, ArticleSignals> {
    const { k1, articleB } = this.options;
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
      for (const word of words) {
        let held = 0;
        let topical = 0;
        for (const v of word.variants) {
          const tf = counts[this.slotOfTerm[v.term]! - 1]!;
          if (v.weight > held && (tf > 0 || titleTerms?.has(v.term))) held = v.weight;
          // Synonyms only re-rank: they do not make an article about the question.
          if (!v.rerankOnly) topical = Math.max(topical, (v.weight * tf) / (tf + lengthNorm));
        }
        if (titleTerms && word.variants.some((v) => titleTerms.has(v.term))) title += word.idf;
        coverage += held * word.idf;
        topicality += topical * word.idf;
      }
      signals.set(article, { title: title / (totalIdf || 1), coverage: coverage / (totalIdf || 1), topicality });
    }
    for (const term of terms) this.slotOfTerm[term] = 0;
    const most = Math.max(...[...signals.values()].map((s) => s.topicality)) || 1;
    for (const [article, s] of signals) signals.set(article, { ...s, topicality: s.topicality / most });
    return signals;
  }

  private rerank(
    passage: IndexedPassage,
    bm25: number,
    article: ArticleSignals,
    words: readonly QueryWord[],
    variantOf: ReadonlyMap<number, readonly TermMatch[]>,
    context: QueryContext,
    totalIdf: number,
  ): RankedPassage {
    // For each question word: its best weight per sentence, and its positions in the passage.
    const sentenceCount = passage.sentences.length;
    const perSentence = new Float64Array(sentenceCount * words.length);
    // Ranking prefers exact spellings, which a passage in the other language never has; whether
    // its sentence holds the question at all is measured without that preference for
    // translations (no spelling of the question can match one). Any other match there counts
    // half, as a match by stem does: counting cognates in full too cost a point of held-out
    // "not found" on wikiqa (a French word read as English matches much by chance).
    const crossLanguage = passage.language !== context.language;
    const perSentenceHeld = crossLanguage ? new Float64Array(perSentence.length) : perSentence;
    const inPassage = new Float64Array(words.length);
    const inPassageSpelled = new Float64Array(words.length);
    const positions: number[][] = words.map(() => []);
    // Per phrase variant, whether the passage holds the phrase's other words: asked once, not per token.
    const phrasesHeld = new Map<TermMatch, boolean>();
    const rolePositions: number[] = [];
    const { tokenTerms, tokenSentences, tokenSurfaces, tokenPositions } = this.index;
    for (let i = passage.start; i < passage.end; i++) {
      if (context.roleTerms?.has(tokenTerms[i]!)) rolePositions.push(tokenPositions[i]!);
      const matches = variantOf.get(tokenTerms[i]!);
      if (!matches) continue;
      const sentence = tokenSentences[i]!;
      for (const match of matches) {
        const { word, weight: variantWeight, translated } = match;
        if (match.together && !this.holdsRestOfPhrase(passage, match, phrasesHeld)) continue;
        const weight = tokenSurfaces[i] === words[word]!.surface ? variantWeight : variantWeight * this.options.inexactFactor;
        const slot = sentence * words.length + word;
        if (weight > perSentence[slot]!) perSentence[slot] = weight;
        if (crossLanguage) {
          const held = translated ? variantWeight : variantWeight * this.options.inexactFactor;
          if (held > perSentenceHeld[slot]!) perSentenceHeld[slot] = held;
        }
        if (weight > inPassageSpelled[word]!) inPassageSpelled[word] = weight;
        if (variantWeight > inPassage[word]!) inPassage[word] = variantWeight;
        positions[word]!.push(tokenPositions[i]!);
      }
    }

    const weightIn = (weights: Float64Array, sentence: number) => {
      let covered = 0;
      for (let w = 0; w < words.length; w++) covered += weights[sentence * words.length + w]! * words[w]!.idf;
      return covered;
    };
    let bestSentence = 0;
    let sentenceCoverage = 0;
    for (let s = 0; s < sentenceCount; s++) {
      const covered = weightIn(perSentence, s);
      if (covered > sentenceCoverage) {
        sentenceCoverage = covered;
        bestSentence = s;
      }
    }
    sentenceCoverage /= totalIdf || 1;
    const sentenceHeld = crossLanguage ? weightIn(perSentenceHeld, bestSentence) / (totalIdf || 1) : sentenceCoverage;
    const fromPrevious = this.fromPreviousParagraph(passage, words, inPassage);
    let coverage = 0;
    let spelledCoverage = 0;
    let contextCoverage = 0;
    for (let w = 0; w < words.length; w++) {
      coverage += inPassage[w]! * words[w]!.idf;
      spelledCoverage += Math.max(inPassageSpelled[w]!, fromPrevious[w]!) * words[w]!.idf;
      contextCoverage += Math.max(inPassage[w]!, fromPrevious[w]!) * words[w]!.idf;
    }
    coverage /= totalIdf || 1;
    spelledCoverage /= totalIdf || 1;
    contextCoverage /= totalIdf || 1;

    const proximity = pairProximity(words, positions);
    const span = passage.sentences[bestSentence];
    const typed = context.answerType && span && sentenceHasType(passage.text.slice(span.start, span.end), context.answerType, context.folded) ? 1 : 0;
    const beside = (at: number) => positions.some((word) => word.some((p) => Math.abs(p - at) <= 3));
    const describes = rolePositions.some(beside) ? 1 : 0;
    const o = this.options;
    const score = o.bm25Weight * bm25 + o.sentenceWeight * sentenceCoverage + o.passageWeight * spelledCoverage +
      o.proximityWeight * proximity + o.titleWeight * article.title + o.articleWeight * article.coverage +
      o.answerTypeWeight * typed + o.topicalityWeight * article.topicality + (crossLanguage ? 0 : o.sameLanguageWeight) +
      o.roleWeight * describes;
    const lacksAskedType = (context.answerType !== undefined && VALUE_TYPES.has(context.answerType) &&
      !sentenceHasType(passage.text, context.answerType, context.folded)) ||
      (context.namesLifeEvent !== undefined && !context.namesLifeEvent(passage.text)) ||
      (context.speaksOfFuture !== undefined && !context.speaksOfFuture(passage.text));
    return { passage, score, coverage, contextCoverage, sentenceCoverage: sentenceHeld, sentence: bestSentence, lacksAskedType };
  }

  /** Whether a passage holds every other word of the phrase a match stands for, remembered in `held`. */
  private holdsRestOfPhrase(passage: IndexedPassage, match: TermMatch, held: Map<TermMatch, boolean>): boolean {
    let holds = held.get(match);
    if (holds === undefined) {
      holds = match.together!.every((part) => part.some((term) => this.index.passageHas(passage.id, term)));
      held.set(match, holds);
    }
    return holds;
  }

  /** Per question word the passage lacks, its discounted weight in the paragraph before (0 if absent there too). */
  private fromPreviousParagraph(passage: IndexedPassage, words: readonly QueryWord[], inPassage: Float64Array): Float64Array {
    const found = new Float64Array(words.length);
    const factor = this.options.previousParagraphFactor;
    const previous = this.index.passages[passage.id - 1];
    if (factor === 0 || previous?.article !== passage.article) return found;
    words.forEach((word, w) => {
      if (inPassage[w]! > 0) return;
      let best = 0;
      for (const v of word.variants) if (v.weight > best && this.index.passageHas(previous.id, v.term)) best = v.weight;
      found[w] = best * factor;
    });
    return found;
  }
}

/**
 * Share of the question's consecutive word pairs (weighted by their rarer word) that also stand
 * within two words of each other in the passage: "high speed train" beats "high", "speed", "train"
 * scattered.
 */
function pairProximity(words: readonly QueryWord[], positions: number[][]): number {
  let total = 0;
  let near = 0;
  for (let w = 0; w + 1 < words.length; w++) {
    const weight = Math.min(words[w]!.idf, words[w + 1]!.idf);
    total += weight;
    const left = positions[w]!;
    const right = positions[w + 1]!;
    if (left.some((a) => right.some((b) => Math.abs(a - b) <= 3 && a !== b))) near += weight;
  }
  return total ? near / total : 0;
}

const STATE = 4;
const LENGTH_NORM = 0;
const SCORE = 1;
const WORD_BEST = 2;
const LAST_WORD = 3;

/** The ids of the `k` highest scores, best first. */
function topK(ids: Int32Array, scoreOf: (id: number) => number, k: number): number[] {
  const top: number[] = [];
  for (const id of ids) {
    const s = scoreOf(id);
    if (top.length === k && s <= scoreOf(top[k - 1]!)) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && scoreOf(top[at - 1]!) < s) at--;
    top.splice(at, 0, id);
    if (top.length > k) top.pop();
  }
  return top;
}
