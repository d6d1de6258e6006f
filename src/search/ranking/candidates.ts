import type { PassageIndex } from '../index/passage-index.js';
import type { QueryWord } from '../question/query.js';

/** A passage BM25 found for a question, with its BM25 score. */
export interface Candidate {
  readonly id: number;
  readonly bm25: number;
}

/** Numbers kept per passage, side by side in `state` so that each posting read touches one cache line. */
const STATE = 4;
/** BM25's length norm of the passage (fixed). */
const LENGTH_NORM = 0;
/** The question's BM25 score so far. */
const SCORE = 1;
/** The best score of the question word being counted (each word counts once, through its best variant). */
const WORD_BEST = 2;
/** The question word counted last, -1 before the first: a passage seen for the first time is `touched`. */
const LAST_WORD = 3;

/**
 * The first stage of ranking: BM25 over the inverted index, each question word counting once,
 * through its best variant. Scratch arrays are reused between questions: one instance serves one
 * question at a time.
 */
export class Bm25Candidates {
  private readonly state: Float64Array;
  /** Passages a question's words reached, in the order they were first reached. */
  private readonly touched: Int32Array;

  constructor(
    private readonly index: PassageIndex,
    private readonly k1: number,
    b: number,
  ) {
    const size = index.size;
    this.state = new Float64Array(size * STATE);
    this.touched = new Int32Array(size);
    index.passages.forEach((p, id) => {
      this.state[id * STATE + LENGTH_NORM] = k1 * (1 - b + (b * (p.end - p.start)) / (index.averageLength || 1));
      this.state[id * STATE + LAST_WORD] = -1;
    });
  }

  /** The `limit` passages with the highest BM25 for the question's words, best first. */
  find(words: readonly QueryWord[], limit: number): Candidate[] {
    const k1 = this.k1;
    // Locals, not fields: this loop runs over every posting of every question word.
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
    const top = topK(ids, (id) => state[id * STATE + SCORE]!, limit).map((id) => ({
      id,
      bm25: state[id * STATE + SCORE]!,
    }));
    for (const id of ids) {
      state[id * STATE + SCORE] = 0;
      state[id * STATE + LAST_WORD] = -1;
    }
    return top;
  }
}

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
