import type { Article, Language } from './articles/article.js';
import { ArticleCatalog } from './articles/catalog.js';
import type { SkippedFile } from './articles/loader.js';
import type { Answer } from './answers/answer.js';
import { answerQuestion, MAX_QUESTION_LENGTH, type AnswerPolicy } from './answers/ask.js';
import { cleanQuestion } from './text/clean.js';
import { detectLanguage, type Detection } from './language/detect.js';
import { indexFolder, type IndexFolderOptions } from './search/folder-index.js';
import { PassageIndex } from './search/passage-index.js';
import { Searcher, type SearchOptions } from './search/searcher.js';
import { Vocabulary } from './search/crosslingual/vocabulary.js';
import { summarize, type Summary } from './summaries/summarize.js';

export interface AskOptions {
  /** Answer in this language instead of the question's. */
  readonly language?: Language;
  /** Language to assume when the question gives no clue (a name, one word). Default 'en'. */
  readonly fallbackLanguage?: Language;
  /** Most passages to cite (for paging through them). Default: the answer policy's, 3. */
  readonly maxCitations?: number;
}

export interface EngineOptions extends IndexFolderOptions {
  readonly search?: SearchOptions;
  readonly answers?: AnswerPolicy;
}

/**
 * The answering engine: articles, search, answers and summaries. It knows nothing of Discord
 * or of the console; both are thin adapters over it.
 */
export class Engine {
  readonly catalog: ArticleCatalog;
  private readonly searcher: Searcher;
  private readonly summaries = new Map<string, Summary>();

  constructor(
    index: PassageIndex,
    private readonly options: EngineOptions = {},
    /** Files of the folder that could not be read as articles, and why. */
    readonly skipped: readonly SkippedFile[] = [],
  ) {
    this.catalog = new ArticleCatalog(index.articles);
    this.searcher = new Searcher(index, options.search);
  }

  /** Loads every article of a folder and indexes it (on several threads when the folder is large). */
  static async fromFolder(folder: string, options: EngineOptions = {}): Promise<Engine> {
    const { index, skipped } = await indexFolder(folder, options);
    return new Engine(index, options, skipped);
  }

  /** An engine over articles already in memory. */
  static fromArticles(articles: Article[], options: EngineOptions = {}): Engine {
    return new Engine(PassageIndex.of(articles), options);
  }

  /**
   * Prepares, in the background, what the first questions would otherwise build (the spelling
   * matchers of the bilingual vocabulary). Questions asked meanwhile are answered as usual.
   */
  warmUp(): Promise<void> {
    return Vocabulary.shared().warmUp();
  }

  get articles(): readonly Article[] {
    return this.searcher.index.articles;
  }

  get passageCount(): number {
    return this.searcher.index.size;
  }

  detect(question: string, fallback: Language = 'en'): Detection {
    return detectLanguage(question, fallback, (word) => this.searcher.index.languageOfWord(word));
  }

  ask(asked: string, options: AskOptions = {}): Answer {
    // An enormous question is refused by its length before anything reads it.
    const tooLong = asked.length > MAX_QUESTION_LENGTH * 4;
    const question = tooLong ? asked : cleanQuestion(asked);
    const language = options.language ?? (tooLong ? options.fallbackLanguage ?? 'en' : this.detect(question, options.fallbackLanguage).language);
    // Words are analysed in the question's own language even when the answer is asked in another.
    const questionLanguage = options.language && !tooLong ? this.detect(question, options.language).language : language;
    const policy = options.maxCitations ? { ...this.options.answers, maxCitations: options.maxCitations } : this.options.answers;
    const answer = answerQuestion(this.searcher, question, questionLanguage, policy);
    return { ...answer, language };
  }

  /** The summary of one article, by id or loosely typed title; undefined if none matches. */
  summary(articleQuery: string): Summary | undefined {
    const article = this.catalog.find(articleQuery, 1)[0];
    if (!article) return undefined;
    let summary = this.summaries.get(article.id);
    if (!summary) {
      summary = summarize(article);
      this.summaries.set(article.id, summary);
    }
    return summary;
  }
}
