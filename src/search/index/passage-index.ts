import { type Article, type Paragraph } from '../../articles/article.js';
import { LANGUAGES, type Language } from '../../language/registry.js';
import { keepFirstOfEachId, type SkippedFile } from '../../articles/loader.js';
import type { SentenceSpan } from '../../text/sentences.js';
import { buildShard, internId, PASSAGE_FIELDS, type IndexShard, type TokenArray } from './index-shard.js';
import { lowerBound } from './lower-bound.js';

/** One paragraph of one article, as the search sees it. */
export interface IndexedPassage {
  readonly id: number;
  readonly article: Article;
  readonly paragraph: number;
  readonly text: string;
  readonly language: Language;
  readonly sentences: readonly SentenceSpan[];
  /** Where the paragraph's content words lie in the index's token arrays: from `start` to `end` (excluded). */
  readonly start: number;
  readonly end: number;
}

/**
 * A paragraph as the index holds it. Its text is read through the article's paragraph (which, from
 * a snapshot, decodes it when first read) and its sentences made from the shard's spans when first
 * needed: at 100,000 paragraphs, half a million small objects fewer to make at start-up.
 */
class Passage implements IndexedPassage {
  private spans: SentenceSpan[] | undefined;

  constructor(
    readonly id: number,
    readonly article: Article,
    private readonly source: Paragraph,
    private readonly sentenceSpans: Int32Array,
    private readonly firstSentence: number,
    private readonly sentenceEnd: number,
    readonly start: number,
    readonly end: number,
  ) {}

  get paragraph(): number {
    return this.source.number;
  }

  get text(): string {
    return this.source.text;
  }

  get language(): Language {
    return this.article.language;
  }

  get sentences(): readonly SentenceSpan[] {
    if (!this.spans) {
      this.spans = [];
      for (let s = this.firstSentence; s < this.sentenceEnd; s++)
        this.spans.push({ start: this.sentenceSpans[2 * s]!, end: this.sentenceSpans[2 * s + 1]! });
    }
    return this.spans;
  }
}

/** Shard-local id -> shared id, for terms and for surfaces. */
interface ShardIds {
  readonly termOf: Int32Array;
  readonly surfaceOf: Int32Array;
}

/** Term -> (paragraph, frequency) lists: `passages` and `frequencies` from `start[t]` to `start[t + 1]`. */
export interface Postings {
  readonly start: Int32Array;
  readonly passages: Int32Array;
  readonly frequencies: Uint16Array;
}

/** Term ids of an article title's content words, for the title bonus. */
export interface IndexedTitle {
  readonly terms: ReadonlySet<number>;
}

/**
 * Inverted index over paragraphs. Terms are stems: French words are stemmed as French and
 * English words as English, in one shared vocabulary, so that names, numbers and words the two
 * languages share ("migration", "police", "Rabat") meet whatever the article's language.
 *
 * Every content word of every paragraph is one entry of four flat arrays (`token*`), paragraph
 * after paragraph, and postings are one array sliced by term: at 100,000 paragraphs this is a few
 * large arrays instead of hundreds of thousands of small ones. The words are analysed in shards
 * (`buildShard`, one per thread for a large folder) that this class joins under shared ids.
 */
export class PassageIndex {
  readonly articles: Article[];
  /** Articles left out because an earlier file had the same id. */
  readonly duplicates: SkippedFile[];
  readonly passages: IndexedPassage[];
  readonly titles: Map<Article, IndexedTitle>;
  /** stem -> term id */
  readonly termIds: Map<string, number>;
  /** folded surface word -> term ids it was stemmed to (one per language it occurred in) */
  readonly surfaceWords: Map<string, number[]>;
  /** folded surface word -> its id, to tell an exact spelling from a match through the stem */
  readonly surfaceIds: Map<string, number>;
  /** Term id of each content word of each paragraph, in reading order. */
  readonly tokenTerms: Int32Array;
  /** Word position in its paragraph (stopwords counted) of each token, for proximity. */
  readonly tokenPositions: Int32Array;
  /** Surface-word id (exact folded spelling) of each token. */
  readonly tokenSurfaces: Int32Array;
  /** Sentence index in its paragraph of each token. */
  readonly tokenSentences: Int32Array;
  /** Postings of term t: `postingPassages` and `postingFrequencies` from `postingStart[t]` to `postingStart[t + 1]`. */
  readonly postingStart: Int32Array;
  readonly postingPassages: Int32Array;
  readonly postingFrequencies: Uint16Array;
  readonly averageLength: number;
  /** Each article's paragraphs: ids from `first` to `last`, contiguous since articles are indexed one after the other. */
  private readonly articleRanges: Map<Article, { first: number; last: number }>;
  /** Per surface id, the languages of the paragraphs it occurs in: bit i for LANGUAGES[i] (see `languageBit`). */
  private readonly surfaceLanguages: Uint8Array;

  /** Indexes articles on this thread. */
  static of(articles: Article[]): PassageIndex {
    return new PassageIndex([buildShard(articles)]);
  }

  /**
   * `base` with more shards joined after its own, its retired articles the same: what an update
   * that only adds files makes, for the cost of the new shards rather than of every shard (at
   * 100,000 paragraphs, tens of milliseconds instead of about a second). The new index takes
   * over the vocabulary maps of `base`, which must not be searched afterwards.
   */
  static extending(base: PassageIndex, added: readonly IndexShard[]): PassageIndex {
    return new PassageIndex([...base.shards, ...added], base.retired, base);
  }

  /**
   * Joins shards, in order, under one set of term and surface ids. Articles in `retired` (an
   * earlier version of an updated file, a removed file) are left out: a live update adds a shard
   * and retires what it replaces, without analysing the other shards again. With `base`, the
   * first shards are those of `base`, already joined (see `extending`).
   */
  constructor(
    readonly shards: readonly IndexShard[],
    readonly retired: ReadonlySet<Article> = new Set(),
    base?: PassageIndex,
    /** The postings of a single shard's index, already built (a snapshot keeps them). */
    postings?: Postings,
  ) {
    const joined = base?.shards.length ?? 0;
    const fresh = shards.slice(joined);
    const current = fresh.flatMap((shard) => shard.articles.filter((article) => !retired.has(article)));
    const { kept, duplicates } = keepFirstOfEachId(current, new Set(base?.articles.map((article) => article.id)));
    const isKept = new Set(kept);
    this.duplicates = [...(base?.duplicates ?? []), ...duplicates];
    this.articles = base ? [...base.articles] : [];
    this.passages = base ? [...base.passages] : [];
    this.titles = new Map(base?.titles);
    this.articleRanges = new Map(base?.articleRanges);
    this.termIds = base?.termIds ?? new Map();
    this.surfaceWords = base?.surfaceWords ?? new Map();
    this.surfaceIds = base?.surfaceIds ?? new Map();
    const baseTokens = base?.tokenTerms.length ?? 0;
    const tokenCount = fresh.reduce((sum, shard) => sum + shard.tokenTerms.length, baseTokens);
    // One shard alone is its own index: its arrays are taken as they are (its ids are the shared ones).
    const alone = !base && fresh.length === 1 ? fresh[0] : undefined;
    this.tokenTerms = alone?.tokenTerms ?? withRoom(base?.tokenTerms, tokenCount);
    this.tokenPositions = alone?.tokenPositions ?? withRoom(base?.tokenPositions, tokenCount);
    this.tokenSurfaces = alone?.tokenSurfaces ?? withRoom(base?.tokenSurfaces, tokenCount);
    this.tokenSentences = alone?.tokenSentences ?? withRoom(base?.tokenSentences, tokenCount);
    let tokenOffset = baseTokens;
    const firstNew = this.passages.length;
    for (const shard of fresh) {
      const ids = this.joinVocabulary(shard);
      if (!alone) this.copyTokens(shard, ids, tokenOffset);
      this.addArticles(shard, ids.termOf, isKept);
      this.addPassages(shard, tokenOffset, isKept);
      tokenOffset += shard.tokenTerms.length;
    }
    const keptLength = this.passages.reduce((sum, passage) => sum + passage.end - passage.start, 0);
    this.averageLength = this.passages.length ? keptLength / this.passages.length : 0;
    this.surfaceLanguages = this.languagesOfSurfaces(base?.surfaceLanguages, firstNew);
    const ready =
      postings && alone && retired.size === 0 && postings.start.length === this.termIds.size + 1 ? postings : undefined;
    [this.postingStart, this.postingPassages, this.postingFrequencies] = ready
      ? [ready.start, ready.passages, ready.frequencies]
      : base
        ? this.extendPostings(base, firstNew)
        : this.buildPostings(0);
  }

  /** The shared ids of a shard's terms and surfaces, registering the new ones. */
  private joinVocabulary(shard: IndexShard): ShardIds {
    const termOf = Int32Array.from(shard.stems, (stem) => internId(this.termIds, stem));
    const surfaceOf = Int32Array.from(shard.surfaces, (word) => internId(this.surfaceIds, word));
    for (let i = 0; i < shard.surfaceTerms.length; i += 2) {
      const word = shard.surfaces[shard.surfaceTerms[i]!]!;
      const term = termOf[shard.surfaceTerms[i + 1]!]!;
      const terms = this.surfaceWords.get(word);
      if (!terms) this.surfaceWords.set(word, [term]);
      else if (!terms.includes(term)) terms.push(term);
    }
    return { termOf, surfaceOf };
  }

  private copyTokens(shard: IndexShard, { termOf, surfaceOf }: ShardIds, offset: number): void {
    this.tokenPositions.set(shard.tokenPositions, offset);
    this.tokenSentences.set(shard.tokenSentences, offset);
    copyMapped(shard.tokenTerms, termOf, this.tokenTerms, offset);
    copyMapped(shard.tokenSurfaces, surfaceOf, this.tokenSurfaces, offset);
  }

  private addArticles(shard: IndexShard, termOf: Int32Array, isKept: ReadonlySet<Article>): void {
    shard.articles.forEach((article, a) => {
      if (!isKept.has(article)) return;
      this.articles.push(article);
      const terms = new Set<number>();
      for (let i = shard.titleStart[a]!; i < shard.titleStart[a + 1]!; i++) terms.add(termOf[shard.titleTerms[i]!]!);
      this.titles.set(article, { terms });
    });
  }

  /** The shard's paragraphs, their tokens found `tokenOffset` further on in the joined arrays. */
  private addPassages(shard: IndexShard, tokenOffset: number, isKept: ReadonlySet<Article>): void {
    const count = shard.passages.length / PASSAGE_FIELDS;
    const field = (p: number, f: number) => shard.passages[p * PASSAGE_FIELDS + f]!;
    for (let p = 0; p < count; p++) {
      const article = shard.articles[field(p, 0)]!;
      if (!isKept.has(article)) continue;
      const paragraph = article.paragraphs[field(p, 1)]!;
      const tokenEnd = p + 1 < count ? field(p + 1, 2) : shard.tokenTerms.length;
      const sentenceEnd = p + 1 < count ? field(p + 1, 3) : shard.sentenceSpans.length / 2;
      const id = this.passages.length;
      const range = this.articleRanges.get(article);
      if (range) range.last = id;
      else this.articleRanges.set(article, { first: id, last: id });
      this.passages.push(
        new Passage(
          id,
          article,
          paragraph,
          shard.sentenceSpans,
          field(p, 3),
          sentenceEnd,
          tokenOffset + field(p, 2),
          tokenOffset + tokenEnd,
        ),
      );
    }
  }

  /** Languages of each surface, from those of `known` (for passages before `from`) and of the passages from `from` on. */
  private languagesOfSurfaces(known: Uint8Array | undefined, from: number): Uint8Array {
    const languages = new Uint8Array(this.surfaceIds.size);
    if (known) languages.set(known);
    for (let p = known ? from : 0; p < this.passages.length; p++) {
      const passage = this.passages[p]!;
      const bit = languageBit(passage.language);
      for (let i = passage.start; i < passage.end; i++) languages[this.tokenSurfaces[i]!]! |= bit;
    }
    return languages;
  }

  get size(): number {
    return this.passages.length;
  }

  /**
   * The index's current articles as one shard, under the index's own ids: what a snapshot keeps.
   * Joined alone, it gives back this index (tokens of retired articles left out). The token arrays
   * are not copied: `tokenRuns` gives, for one of them, the runs of the index's own array that
   * make it up, in order (one run when no article was retired), so that a writer copies them a
   * piece at a time rather than holding a second copy of the index.
   */
  asShard(): Omit<IndexShard, TokenArray> & { readonly tokens: number; tokenRuns(array: TokenArray): Int32Array[] } {
    const passages = new Int32Array(this.passages.length * PASSAGE_FIELDS);
    const sentenceCount = this.passages.reduce((sum, passage) => sum + passage.sentences.length, 0);
    const sentenceSpans = new Int32Array(sentenceCount * 2);
    const articleIndex = new Map(this.articles.map((article, a) => [article, a]));
    const runs: { start: number; end: number }[] = [];
    let at = 0;
    let sentence = 0;
    this.passages.forEach((passage, p) => {
      // Paragraphs are numbered from 1 in order, so the number is the place: searching the article
      // for it would cost the square of its paragraphs (an hour for a 5 MB file of one-letter lines).
      passages.set([articleIndex.get(passage.article)!, passage.paragraph - 1, at, sentence], p * PASSAGE_FIELDS);
      const last = runs.at(-1);
      if (last && last.end === passage.start) last.end = passage.end;
      else runs.push({ start: passage.start, end: passage.end });
      at += passage.end - passage.start;
      for (const span of passage.sentences) {
        sentenceSpans[2 * sentence] = span.start;
        sentenceSpans[2 * sentence + 1] = span.end;
        sentence++;
      }
    });
    const titleStart = new Int32Array(this.articles.length + 1);
    const titleTerms: number[] = [];
    this.articles.forEach((article, a) => {
      titleStart[a] = titleTerms.length;
      titleTerms.push(...(this.titles.get(article)?.terms ?? []));
    });
    titleStart[this.articles.length] = titleTerms.length;
    const surfaceTerms: number[] = [];
    for (const [word, terms] of this.surfaceWords)
      for (const term of terms) surfaceTerms.push(this.surfaceIds.get(word)!, term);
    return {
      articles: [...this.articles],
      stems: [...this.termIds.keys()],
      surfaces: [...this.surfaceIds.keys()],
      surfaceTerms: Int32Array.from(surfaceTerms),
      titleTerms: Int32Array.from(titleTerms),
      titleStart,
      passages,
      sentenceSpans,
      tokens: at,
      // The token arrays of this index never change: an update appends after them, in a new index.
      tokenRuns: (array) => runs.map(({ start, end }) => this[array].subarray(start, end)),
    };
  }

  /** Number of paragraphs holding a term. */
  documentFrequency(term: number): number {
    return term < 0 || term + 1 >= this.postingStart.length
      ? 0
      : this.postingStart[term + 1]! - this.postingStart[term]!;
  }

  /** The one language whose paragraphs use a folded word, if the word is known in exactly one. */
  languageOfWord(word: string): Language | undefined {
    const id = this.surfaceIds.get(word);
    const languages = id === undefined ? 0 : this.surfaceLanguages[id];
    return languages ? LANGUAGES.find((language) => languageBit(language) === languages) : undefined;
  }

  /** Where an article's paragraphs' content words lie in the token arrays: from `start` to `end` (excluded). */
  articleTokens(article: Article): { start: number; end: number } {
    const range = this.articleRanges.get(article);
    return range
      ? { start: this.passages[range.first]!.start, end: this.passages[range.last]!.end }
      : { start: 0, end: 0 };
  }

  /** Whether a passage holds a term id. */
  passageHas(passage: number, term: number): boolean {
    return this.termInPassages(term, passage, passage);
  }

  /** Whether a term id occurs in a passage whose id is between `first` and `last`: a binary search of its postings. */
  private termInPassages(term: number, first: number, last: number): boolean {
    if (term < 0 || term + 1 >= this.postingStart.length) return false;
    const end = this.postingStart[term + 1]!;
    const postings = this.postingPassages;
    const low = lowerBound(this.postingStart[term]!, end, (i) => postings[i]! < first);
    return low < end && postings[low]! <= last;
  }

  /** Inverse document frequency (BM25's, always positive) of a term id. */
  idf(term: number): number {
    const df = this.documentFrequency(term);
    return Math.log(1 + (this.passages.length - df + 0.5) / (df + 0.5));
  }

  /** The idf a word absent from every passage would have: the rarest possible. */
  get unseenIdf(): number {
    return Math.log(1 + (this.passages.length + 0.5) / 0.5);
  }

  /**
   * `base`'s postings with those of the passages from `from` on appended to each term's list:
   * their ids are larger than any of `base`'s, so each list stays in order.
   */
  private extendPostings(base: PassageIndex, from: number): [Int32Array, Int32Array, Uint16Array] {
    const [addedStart, addedPassages, addedFrequencies] = this.buildPostings(from);
    const termCount = this.termIds.size;
    const baseTerms = base.postingStart.length - 1;
    const start = new Int32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) {
      const old = t < baseTerms ? base.postingStart[t + 1]! - base.postingStart[t]! : 0;
      start[t + 1] = start[t]! + old + addedStart[t + 1]! - addedStart[t]!;
    }
    const passages = new Int32Array(start[termCount]!);
    const frequencies = new Uint16Array(start[termCount]!);
    // Runs of terms the new passages do not hold are copied from `base` in one piece.
    let runFrom = 0;
    const copyBase = (from: number, to: number) => {
      const first = base.postingStart[from]!;
      const last = base.postingStart[Math.min(to, baseTerms)]!;
      passages.set(base.postingPassages.subarray(first, last), start[from]!);
      frequencies.set(base.postingFrequencies.subarray(first, last), start[from]!);
    };
    for (let t = 0; t < termCount; t++) {
      if (addedStart[t + 1] === addedStart[t]) continue;
      // Term t's own postings in `base` come first, then the new ones.
      if (runFrom < baseTerms) copyBase(runFrom, t + 1);
      const at = start[t + 1]! - (addedStart[t + 1]! - addedStart[t]!);
      passages.set(addedPassages.subarray(addedStart[t]!, addedStart[t + 1]!), at);
      frequencies.set(addedFrequencies.subarray(addedStart[t]!, addedStart[t + 1]!), at);
      runFrom = t + 1;
    }
    if (runFrom < baseTerms) copyBase(runFrom, baseTerms);
    return [start, passages, frequencies];
  }

  /** Term -> (paragraph, frequency) lists of the passages from `from` on, in two passes over their tokens: count, then fill. */
  private buildPostings(from: number): [Int32Array, Int32Array, Uint16Array] {
    const termCount = this.termIds.size;
    const start = new Int32Array(termCount + 1);
    const lastPassage = new Int32Array(termCount).fill(-1);
    const passagesFrom = this.passages.slice(from);
    for (const passage of passagesFrom) {
      for (let i = passage.start; i < passage.end; i++) {
        const term = this.tokenTerms[i]!;
        if (lastPassage[term] !== passage.id) {
          lastPassage[term] = passage.id;
          start[term + 1]! += 1;
        }
      }
    }
    for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!;
    const passages = new Int32Array(start[termCount]!);
    const frequencies = new Uint16Array(start[termCount]!);
    const next = start.slice(0, termCount);
    const slotOf = new Int32Array(termCount);
    lastPassage.fill(-1);
    for (const passage of passagesFrom) {
      for (let i = passage.start; i < passage.end; i++) {
        const term = this.tokenTerms[i]!;
        if (lastPassage[term] !== passage.id) {
          lastPassage[term] = passage.id;
          const slot = next[term]!++;
          slotOf[term] = slot;
          passages[slot] = passage.id;
          frequencies[slot] = 1;
        } else if (frequencies[slotOf[term]!]! < 65535) {
          frequencies[slotOf[term]!]! += 1;
        }
      }
    }
    return [start, passages, frequencies];
  }
}

/** Spare room, as a share of the tokens, that an index keeps for the next live update's tokens. */
const TOKEN_ROOM = 1 / 16;

/**
 * An array of `length` numbers starting with `base`'s. When the buffer under `base` has room
 * for them, the new array is a longer view of it, and nothing is copied: `base`, whose view
 * stops at its own length, still reads what it read. Otherwise a larger buffer is made, with
 * room for a few more updates.
 */
function withRoom(base: Int32Array | undefined, length: number): Int32Array {
  if (
    base &&
    base.byteOffset === 0 &&
    base.buffer.byteLength >= length * 4 &&
    !(base.buffer instanceof SharedArrayBuffer)
  ) {
    return new Int32Array(base.buffer, 0, length);
  }
  const room = base ? Math.ceil(length * 0.25) : Math.ceil(length * TOKEN_ROOM);
  const array = new Int32Array(new ArrayBuffer((length + room) * 4), 0, length);
  if (base) array.set(base);
  return array;
}

/** Copies ids into `target` at `offset` through `idOf`; the first shard's ids are already the shared ones. */
function copyMapped(ids: Int32Array, idOf: Int32Array, target: Int32Array, offset: number): void {
  if (idOf.every((shared, local) => shared === local)) {
    target.set(ids, offset);
    return;
  }
  for (let i = 0; i < ids.length; i++) target[offset + i] = idOf[ids[i]!]!;
}

/** A language's bit in a set of languages kept as one byte: its place in the registry. */
function languageBit(language: Language): number {
  return 1 << LANGUAGES.indexOf(language);
}
