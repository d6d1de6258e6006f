import Fuse from 'fuse.js';
import { isOneEditApart } from '../../text/one-edit.js';
import { trigramsOf } from '../../text/trigrams.js';
import { lowerBound } from '../index/lower-bound.js';

export interface FuzzyMatch {
  readonly word: string;
  /** 1 for an exact match, lower as the spelling drifts; never below 1 - threshold. */
  readonly similarity: number;
}

export interface VocabularyMatcherOptions {
  /**
   * How far a correction may drift: a candidate is kept when its similarity (Fuse.js's score
   * less a penalty for a difference in length, or a single edit's) is at least 1 - threshold.
   * Default 0.34: one wrong, missing or extra letter in a word of four or more letters, two in
   * a long word.
   */
  readonly threshold?: number;
  /** How many candidates the trigram filter hands to Fuse.js. Default 24. */
  readonly candidates?: number;
  /** Words shorter than this are never corrected (too many neighbours). Default 4. */
  readonly minLength?: number;
}

/**
 * Finds the words of the articles' vocabulary that a misspelled word was meant to be.
 *
 * Fuse.js compares a word with a list of words well, but scanning the whole vocabulary of a
 * large collection for every unknown word would cost milliseconds. So a trigram index first
 * picks the few words that share most letter triples with the unknown word, and Fuse.js
 * (Bitap, with its own scoring) decides among those.
 */
export class VocabularyMatcher {
  private readonly words: string[] = [];
  private readonly trigrams = new Map<string, number[]>();
  private readonly threshold: number;
  private readonly candidateCount: number;
  private readonly minLength: number;

  constructor(vocabulary: Iterable<string>, options: VocabularyMatcherOptions = {}) {
    this.threshold = options.threshold ?? 0.34;
    this.candidateCount = options.candidates ?? 24;
    this.minLength = options.minLength ?? 4;
    for (const word of vocabulary) {
      if (word.length < this.minLength - 1 || /\d/.test(word)) continue;
      const id = this.words.push(word) - 1;
      for (const gram of trigramsOf(word)) {
        const list = this.trigrams.get(gram);
        if (list) list.push(id);
        else this.trigrams.set(gram, [id]);
      }
    }
  }

  /**
   * Vocabulary words of the same family as `word`: they share a long beginning (at least
   * five letters and most of the shorter word), as "surnom" and "surnommés", "début" and "débute".
   */
  family(word: string, limit = 6): string[] {
    if (word.length < 5 || /\d/.test(word)) return [];
    if (!this.sorted) this.sorted = [...this.words].sort();
    const prefix = word.slice(0, 5);
    const sorted = this.sorted;
    const low = lowerBound(0, sorted.length, (i) => sorted[i]! < prefix);
    const family: string[] = [];
    for (let i = low; i < this.sorted.length && this.sorted[i]!.startsWith(prefix) && family.length < limit * 4; i++) {
      const other = this.sorted[i]!;
      if (other !== word && sameFamily(word, other)) family.push(other);
    }
    return family.slice(0, limit);
  }

  private sorted?: string[];

  /** The best few vocabulary words close to `word`, most similar first. */
  match(word: string, limit = 2): FuzzyMatch[] {
    if (word.length < this.minLength || /\d/.test(word)) return [];
    const shared = new Map<number, number>();
    for (const gram of trigramsOf(word)) {
      for (const id of this.trigrams.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const grams = word.length + 2;
    // One slip in a short word ("Spian", "Lafitt" for "Laftit") leaves few letter triples in
    // common, and Fuse.js counts a swap as two errors: such words are found by their edit distance.
    const oneEditAway = new Map<string, number>();
    const ranked: [string, number][] = [];
    for (const [id, count] of shared) {
      const other = this.words[id]!;
      // A typo seldom hits the first letter; requiring it keeps "apologie" from becoming "ecologie".
      // Only a first letter swapped and nothing else ("Kastaner") is let through.
      if (Math.abs(other.length - word.length) > 2) continue;
      if (other.charCodeAt(0) !== word.charCodeAt(0) && !sameAfterFirstLetter(other, word)) continue;
      if (count * 3 >= grams) ranked.push([other, count]);
      if (word.length >= MIN_ONE_EDIT_LENGTH && isOneEditApart(word, other)) {
        oneEditAway.set(other, 1 - 1 / (Math.max(word.length, other.length) + 1));
      }
    }
    ranked.sort((a, b) => b[1] - a[1]);
    const candidates = ranked.slice(0, this.candidateCount).map(([other]) => other);
    const similarity = new Map(oneEditAway);
    if (candidates.length > 0) {
      const fuse = new Fuse(candidates, {
        includeScore: true,
        threshold: this.threshold,
        ignoreLocation: true,
        isCaseSensitive: true,
      });
      for (const result of fuse.search(word)) {
        const lengthGap = Math.abs(result.item.length - word.length) / word.length;
        const fuseSimilarity = Math.max(0, 1 - (result.score ?? 1) - 0.5 * lengthGap);
        similarity.set(result.item, Math.max(fuseSimilarity, similarity.get(result.item) ?? 0));
      }
    }
    return [...similarity]
      .map(([other, value]) => ({ word: other, similarity: value }))
      .filter((m) => m.similarity >= 1 - this.threshold && m.word !== word)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, limit);
  }
}

/** Whether two words differ at most in their first letter (checked without copying them). */
function sameAfterFirstLetter(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 1; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** Shorter words have too many real neighbours one letter away ("veto", "velo"; "bowl", "boel"). */
const MIN_ONE_EDIT_LENGTH = 5;

/** How many first letters two words share. */
export function sharedBeginning(a: string, b: string): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared;
}

/** Whether two words share a long beginning: at least five letters and most of the shorter word ("surnom", "surnommés"). */
export function sameFamily(word: string, other: string): boolean {
  const shared = sharedBeginning(word, other);
  return shared >= 5 && shared >= 0.75 * Math.min(other.length, word.length);
}
