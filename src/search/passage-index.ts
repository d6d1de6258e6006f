import type { Article, Language } from '../articles/article.js';
import { analyze } from '../text/analyze.js';
import { splitSentences, type SentenceSpan } from '../text/sentences.js';

/** One paragraph of one article, as the search sees it. */
export interface IndexedPassage {
  readonly article: Article;
  readonly paragraph: number;
  readonly text: string;
  readonly language: Language;
  readonly sentences: readonly SentenceSpan[];
  /** Term ids of the paragraph's content words, in reading order. */
  readonly terms: Int32Array;
  /** Word position (stopwords counted) of each entry of `terms`, for proximity. */
  readonly positions: Int32Array;
  /** Surface-word id (exact folded spelling) of each entry of `terms`. */
  readonly surfaces: Int32Array;
  /** Sentence index of each entry of `terms`. */
  readonly sentenceOf: Uint16Array;
}

/** Term ids of an article title's content words, for the title bonus. */
export interface IndexedTitle {
  readonly terms: ReadonlySet<number>;
}

/** Every term an article holds (title and paragraphs), sorted, for the article-level evidence. */
export interface IndexedArticleTerms {
  readonly terms: Int32Array;
}

/**
 * Inverted index over paragraphs. Terms are stems: French words are stemmed as French and
 * English words as English, in one shared vocabulary, so that names, numbers and words the two
 * languages share ("migration", "police", "Rabat") meet whatever the article's language.
 */
export class PassageIndex {
  readonly passages: IndexedPassage[] = [];
  readonly titles = new Map<Article, IndexedTitle>();
  readonly articleTerms = new Map<Article, IndexedArticleTerms>();
  /** stem -> term id */
  readonly termIds = new Map<string, number>();
  /** folded surface word -> term ids it was stemmed to (one per language it occurred in) */
  readonly surfaceWords = new Map<string, number[]>();
  /** folded surface word -> its id, to tell an exact spelling from a match through the stem */
  readonly surfaceIds = new Map<string, number>();
  /** term id -> passage ids (ascending) */
  postings: Int32Array[] = [];
  /** term id -> occurrences in each passage of `postings` */
  frequencies: Uint16Array[] = [];
  averageLength = 0;

  constructor(articles: readonly Article[]) {
    const postingLists: number[][] = [];
    const frequencyLists: number[][] = [];
    let totalLength = 0;
    for (const article of articles) {
      const titleTerms = new Set(analyze(article.title, article.language).map((t) => this.termId(t.stem, t.word, postingLists, frequencyLists)));
      this.titles.set(article, { terms: titleTerms });
      const allTerms = new Set<number>(titleTerms);
      for (const paragraph of article.paragraphs) {
        const passageId = this.passages.length;
        const sentences = splitSentences(paragraph.text);
        const terms: number[] = [];
        const positions: number[] = [];
        const surfaces: number[] = [];
        const sentenceOf: number[] = [];
        let offset = 0;
        sentences.forEach((span, sentence) => {
          const analyzed = analyze(paragraph.text.slice(span.start, span.end), article.language);
          let last = 0;
          for (const term of analyzed) {
            terms.push(this.termId(term.stem, term.word, postingLists, frequencyLists));
            positions.push(offset + term.position);
            surfaces.push(this.surfaceIds.get(term.word)!);
            sentenceOf.push(Math.min(sentence, 65535));
            last = term.position + 1;
          }
          offset += last + 1;
        });
        const counts = new Map<number, number>();
        for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
        for (const term of counts.keys()) allTerms.add(term);
        for (const [term, count] of counts) {
          postingLists[term]!.push(passageId);
          frequencyLists[term]!.push(Math.min(count, 65535));
        }
        totalLength += terms.length;
        this.passages.push({
          article,
          paragraph: paragraph.number,
          text: paragraph.text,
          language: article.language,
          sentences,
          terms: Int32Array.from(terms),
          positions: Int32Array.from(positions),
          surfaces: Int32Array.from(surfaces),
          sentenceOf: Uint16Array.from(sentenceOf),
        });
      }
      this.articleTerms.set(article, { terms: Int32Array.from(allTerms).sort() });
    }
    this.postings = postingLists.map((list) => Int32Array.from(list));
    this.frequencies = frequencyLists.map((list) => Uint16Array.from(list));
    this.averageLength = this.passages.length ? totalLength / this.passages.length : 0;
  }

  get size(): number {
    return this.passages.length;
  }

  /** Whether an article holds a term anywhere (binary search in its sorted terms). */
  articleHas(article: Article, term: number): boolean {
    const terms = this.articleTerms.get(article)?.terms;
    if (!terms) return false;
    let low = 0;
    let high = terms.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const value = terms[mid]!;
      if (value === term) return true;
      if (value < term) low = mid + 1;
      else high = mid - 1;
    }
    return false;
  }

  /** Inverse document frequency (BM25's, always positive) of a term id. */
  idf(term: number): number {
    const df = this.postings[term]?.length ?? 0;
    return Math.log(1 + (this.passages.length - df + 0.5) / (df + 0.5));
  }

  /** The idf a word absent from every passage would have: the rarest possible. */
  get unseenIdf(): number {
    return Math.log(1 + (this.passages.length + 0.5) / 0.5);
  }

  private termId(stem: string, word: string, postings: number[][], frequencies: number[][]): number {
    let id = this.termIds.get(stem);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(stem, id);
      postings.push([]);
      frequencies.push([]);
    }
    const surface = this.surfaceWords.get(word);
    if (!this.surfaceIds.has(word)) this.surfaceIds.set(word, this.surfaceIds.size);
    if (!surface) this.surfaceWords.set(word, [id]);
    else if (!surface.includes(id)) surface.push(id);
    return id;
  }
}
