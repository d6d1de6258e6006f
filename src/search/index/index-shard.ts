import { type Article } from '../../articles/article.js';
import { LANGUAGES, type Language } from '../../language/registry.js';
import { languageData } from '../../language/registry.js';
import { contentStem, isStopwordAlsoWord, readsAsWord } from '../../text/analyze.js';
import { fold } from '../../text/normalize.js';
import { stem } from '../../text/stem.js';
import { splitSentences } from '../../text/sentences.js';
import { elisionOf, rawWords, wordForms } from '../../text/tokenize.js';
import { IntBuffer } from './int-buffer.js';
import { SENTENCE_GAP } from './positions.js';

/**
 * The analysed words of some articles, with term and surface ids of its own: what one thread
 * builds. Plain data and typed arrays, so that a worker can hand it over; `PassageIndex` joins
 * shards into one index.
 */
export interface IndexShard {
  readonly articles: Article[];
  /** Local term id -> stem. */
  readonly stems: string[];
  /** Local surface id -> folded spelling. */
  readonly surfaces: string[];
  /** Pairs (local surface id, local term id): which stems each spelling was analysed to. */
  readonly surfaceTerms: Int32Array;
  /** Term ids of the titles' content words: article a's from `titleStart[a]` to `titleStart[a + 1]`. */
  readonly titleTerms: Int32Array;
  readonly titleStart: Int32Array;
  /** Per paragraph, PASSAGE_FIELDS numbers: article index, paragraph index, first token, first sentence. */
  readonly passages: Int32Array;
  /** Sentences as (start, end) character offsets in their paragraph, paragraph after paragraph. */
  readonly sentenceSpans: Int32Array;
  /** Per content word of each paragraph, in reading order: term id, word position (stopwords counted), surface id, sentence index. */
  readonly tokenTerms: Int32Array;
  readonly tokenPositions: Int32Array;
  readonly tokenSurfaces: Int32Array;
  readonly tokenSentences: Int32Array;
}

/** The four arrays with one entry per token. */
export const TOKEN_ARRAYS = ['tokenTerms', 'tokenPositions', 'tokenSurfaces', 'tokenSentences'] as const;
export type TokenArray = (typeof TOKEN_ARRAYS)[number];

export const PASSAGE_FIELDS = 4;

/** The buffers a shard's arrays are in, to hand them to another thread without copying. */
export function shardBuffers(shard: IndexShard): ArrayBuffer[] {
  return [
    shard.surfaceTerms,
    shard.titleTerms,
    shard.titleStart,
    shard.passages,
    shard.sentenceSpans,
    shard.tokenTerms,
    shard.tokenPositions,
    shard.tokenSurfaces,
    shard.tokenSentences,
  ].map((array) => array.buffer as ArrayBuffer);
}

/** Analyses articles into a shard: sentences, words, stems. The slow part of indexing, run once per word. */
export function buildShard(articles: Article[]): IndexShard {
  return new ShardBuilder().build(articles);
}

/** Prefixes the key, in `encoded`, of a stopword read as a word: no spelling starts with a control character. */
const AS_WORD_KEY = '\u0000';

/** The last form of the raw word at `at`, if there is one: the word a next word follows. */
function lastFormAt(raws: readonly string[], at: number): string | undefined {
  const raw = raws[at];
  return raw === undefined ? undefined : wordForms(raw).at(-1)?.word;
}

class ShardBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly surfaceIds = new Map<string, number>();
  private readonly surfaceTerms = new IntBuffer();
  private readonly knownPairs = new Set<string>();
  /**
   * Each spelling met is analysed once: per language, raw word -> offset in `encodings`, which holds
   * [number of forms, then term id (-1 for a stopword) and surface id of each form]. Small integers
   * as map values keep this lookup, done for every word of every article, fast.
   */
  private readonly encoded = new Map<Language, Map<string, number>>(LANGUAGES.map((language) => [language, new Map()]));
  private readonly encodings = new IntBuffer();
  /** The spellings met that are a stopword and also a word ("may", "d'avions"), read as the word where their neighbours say so. */
  private readonly alsoWordSpellings = new Set<string>();

  build(articles: Article[]): IndexShard {
    const titleTerms = new IntBuffer();
    const titleStart = new IntBuffer();
    const passages = new IntBuffer();
    const sentenceSpans = new IntBuffer();
    const terms = new IntBuffer(1 << 16);
    const positions = new IntBuffer(1 << 16);
    const surfaces = new IntBuffer(1 << 16);
    const sentencesOf = new IntBuffer(1 << 16);
    articles.forEach((article, a) => {
      // Read once per article: the loops below run for every word.
      const encoded = this.encoded.get(article.language)!;
      const data = languageData(article.language);
      titleStart.push(titleTerms.length);
      const titleWords = rawWords(article.title, data);
      for (let r = 0; r < titleWords.length; r++) {
        const at = this.encodingOf(titleWords, r, article.language, encoded);
        for (let f = 0; f < this.encodings.at(at); f++) {
          const term = this.encodings.at(at + 1 + 2 * f);
          if (term >= 0) titleTerms.push(term);
        }
      }
      article.paragraphs.forEach((paragraph, p) => {
        const sentences = splitSentences(paragraph.text);
        passages.push(a);
        passages.push(p);
        passages.push(terms.length);
        passages.push(sentenceSpans.length / 2);
        let offset = 0;
        for (let s = 0; s < sentences.length; s++) {
          const span = sentences[s]!;
          sentenceSpans.push(span.start);
          sentenceSpans.push(span.end);
          let position = 0;
          const sentenceWords = rawWords(paragraph.text.slice(span.start, span.end), data);
          for (let r = 0; r < sentenceWords.length; r++) {
            const at = this.encodingOf(sentenceWords, r, article.language, encoded);
            const forms = this.encodings.at(at);
            for (let f = 0; f < forms; f++, position++) {
              const term = this.encodings.at(at + 1 + 2 * f);
              if (term < 0) continue;
              terms.push(term);
              positions.push(offset + position);
              surfaces.push(this.encodings.at(at + 2 + 2 * f));
              sentencesOf.push(s);
            }
          }
          offset += position + SENTENCE_GAP;
        }
      });
    });
    titleStart.push(titleTerms.length);
    return {
      articles,
      stems: [...this.termIds.keys()],
      surfaces: [...this.surfaceIds.keys()],
      surfaceTerms: this.surfaceTerms.toInt32Array(),
      titleTerms: titleTerms.toInt32Array(),
      titleStart: titleStart.toInt32Array(),
      passages: passages.toInt32Array(),
      sentenceSpans: sentenceSpans.toInt32Array(),
      tokenTerms: terms.toInt32Array(),
      tokenPositions: positions.toInt32Array(),
      tokenSurfaces: surfaces.toInt32Array(),
      tokenSentences: sentencesOf.toInt32Array(),
    };
  }

  /**
   * The offset in `encodings` of the r-th word: its spelling's, analysed once, unless it is a
   * stopword its neighbours read as a word ("in May", "des avions"), which is then indexed.
   * `encoded`: the language's spellings analysed so far.
   */
  private encodingOf(raws: readonly string[], r: number, language: Language, encoded: Map<string, number>): number {
    const raw = raws[r]!;
    const at = encoded.get(raw) ?? this.encode(raw, language);
    if (!this.alsoWordSpellings.has(raw)) return at;
    const [form] = wordForms(raw);
    const context = {
      word: form!.word,
      elision: elisionOf(raw),
      previous: lastFormAt(raws, r - 1),
      next: wordForms(raws[r + 1] ?? '')[0]?.word,
    };
    if (!readsAsWord(context, languageData(language))) return at;
    const key = `${AS_WORD_KEY}${raw}`;
    return encoded.get(key) ?? this.encodeAsWord(form!.lower, key, language);
  }

  private encodeAsWord(lower: string, key: string, language: Language): number {
    const at = this.encodings.length;
    const [term, surface] = this.register(stem(lower, languageData(language)), fold(lower));
    this.encodings.push(1);
    this.encodings.push(term);
    this.encodings.push(surface);
    this.encoded.get(language)!.set(key, at);
    return at;
  }

  /** Analyses a spelling not met before, registering its terms; returns its offset in `encodings`. */
  private encode(raw: string, language: Language): number {
    const at = this.encodings.length;
    const forms = wordForms(raw);
    const data = languageData(language);
    if (forms.length === 1 && isStopwordAlsoWord(forms[0]!.word, data)) this.alsoWordSpellings.add(raw);
    this.encodings.push(forms.length);
    for (const form of forms) {
      const stem = contentStem(form.lower, data);
      const [term, surface] = stem === null ? [-1, -1] : this.register(stem, form.word);
      this.encodings.push(term);
      this.encodings.push(surface);
    }
    this.encoded.get(language)!.set(raw, at);
    return at;
  }

  private register(stem: string, word: string): [term: number, surface: number] {
    const term = internId(this.termIds, stem);
    const surface = internId(this.surfaceIds, word);
    const pair = `${surface} ${term}`;
    if (!this.knownPairs.has(pair)) {
      this.knownPairs.add(pair);
      this.surfaceTerms.push(surface);
      this.surfaceTerms.push(term);
    }
    return [term, surface];
  }
}

/** The id of a key, the next free one if it is new. */
export function internId(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}
