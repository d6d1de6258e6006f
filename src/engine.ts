import { dirname } from 'node:path';
import { type Article } from './articles/article.js';
import { DEFAULT_LANGUAGE, type Language } from './language/registry.js';
import { ArticleCatalog, type ArticleMatch } from './articles/catalog.js';
import { diffStamps, stampFiles, type FileStamps } from './articles/folder-stamps.js';
import { removeStalePartials } from './articles/stale-partials.js';
import type { ArticlesUpdate } from './articles/articles-update.js';
import { isWebPage, listArticleFiles, type SkippedFile } from './articles/loader.js';

export type { ArticlesUpdate };
import type { Answer } from './answers/answer.js';
import {
  ANSWER_OPTIONS,
  answerQuestion,
  MAX_QUESTION_LENGTH,
  type AnswerPolicy,
  type Strictness,
} from './answers/ask.js';
import { rejectUnknownOptions } from './config/options.js';
import { QUERY_DEFAULTS } from './search/question/query.js';
import { RANK_DEFAULTS } from './search/ranking/options.js';
import { cleanQuestion } from './text/clean.js';
import { detectLanguage, type Detection } from './language/detect.js';
import { analyseFiles, indexFiles, type IndexFolderOptions } from './search/index/folder-index.js';
import { updatedIndex } from './search/index/index-update.js';
import { parseSnapshot, snapshotBytes, writeSnapshot, type SnapshotRead } from './search/index/snapshot.js';
import { PassageIndex } from './search/index/passage-index.js';
import { Searcher, type SearchOptions, type SearchResult } from './search/searcher.js';
import { Vocabulary } from './search/crosslingual/vocabulary.js';
import { summarize, type Summary } from './summaries/summarize.js';

/** Throws UnknownOptionError for an option no defaults object knows (a misspelt weight would be ignored). */
function checkEngineOptions(options: EngineOptions): void {
  rejectUnknownOptions(
    options,
    ['threads', 'background', 'search', 'answers', 'settleMs', 'snapshot', 'snapshotDelayMs'],
    'engine',
  );
  rejectUnknownOptions(options.search, [...Object.keys(RANK_DEFAULTS), ...Object.keys(QUERY_DEFAULTS)], 'search');
  rejectUnknownOptions(options.answers, ANSWER_OPTIONS, 'answer');
}

/** A snapshot that cannot be read for any reason is a reason to rebuild, never a failure to start. */
function readSnapshotSafely(bytes: Buffer | undefined | Error, folder: string, stamps: FileStamps): SnapshotRead {
  if (bytes === undefined) return { kind: 'rebuild', reason: 'no snapshot yet' };
  if (bytes instanceof Error)
    return {
      kind: 'rebuild',
      reason: `the snapshot cannot be read (${(bytes as NodeJS.ErrnoException).code ?? bytes.message})`,
    };
  try {
    return parseSnapshot(bytes, folder, stamps);
  } catch (error) {
    return {
      kind: 'rebuild',
      reason: `the snapshot is corrupt (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/**
 * Up to this many changed files, and this many bytes in all, a refresh reads them on this thread:
 * sooner than starting a worker (about 100 ms). Past either, a worker reads them, so that this
 * thread goes on answering: 256 KB take some 10 ms to analyse, a 5 MB file of one-letter lines
 * took 4.8 s.
 */
const FOREGROUND_FILES = 50;
const FOREGROUND_BYTES = 256 * 1024;

export interface AskOptions {
  /** Answer in this language instead of the question's. */
  readonly language?: Language;
  /** Language to assume when the question gives no clue (a name, one word). Default: the registry's first, English. */
  readonly fallbackLanguage?: Language;
  /** Most passages to cite (for paging through them). Default: the answer policy's, 3. */
  readonly maxCitations?: number;
  /** How sure to be before citing (a server's setting). Default: the answer policy's. */
  readonly strictness?: Strictness;
}

export interface EngineOptions extends IndexFolderOptions {
  readonly search?: SearchOptions;
  readonly answers?: AnswerPolicy;
  /**
   * A file modified less than this many milliseconds ago is not read by `refresh`: it may still
   * be being written. The next refresh reads it. Default 1000.
   */
  readonly settleMs?: number;
  /**
   * Where to keep a snapshot of the index (see `search/index/snapshot.ts`): `fromFolder` reads it when
   * the folder is as it was, and writes it after a build and, a few seconds after, a live update.
   * Default: none.
   */
  readonly snapshot?: string;
  /** How long after a live update the snapshot is written again (one write for a burst of updates). Default 5000 ms. */
  readonly snapshotDelayMs?: number;
}

/** What became of the snapshot at start-up. */
export type SnapshotStatus =
  | { readonly kind: 'loaded' }
  /** Rebuilt, for `reason`; `saved` settles once the new snapshot is written (or could not be). */
  | { readonly kind: 'built'; readonly reason: string; readonly saved: Promise<SnapshotSaved> };

export type SnapshotSaved = { readonly saved: true } | { readonly saved: false; readonly error: string };

/** The folder an engine follows: the stamps of the files it last read. */
interface FollowedFolder {
  readonly path: string;
  stamps: FileStamps;
}

/** Searcher and catalog of one version of the articles, replaced together by an update. */
interface Current {
  readonly searcher: Searcher;
  readonly catalog: ArticleCatalog;
}

/**
 * The answering engine: articles, search, answers and summaries. It knows nothing of Discord
 * or of the console; both are thin adapters over it.
 */
export class Engine {
  private current: Current;
  /** Per article version, its summary once asked for: an updated article gets a new one. */
  private readonly summaries = new WeakMap<Article, Summary>();
  private folder: FollowedFolder | undefined;
  /** The refresh running, if any: refreshes run one after the other. */
  private refreshing: Promise<unknown> = Promise.resolve();
  /** The snapshot's write under way, if any: writes run one after the other. */
  private saving: Promise<unknown> = Promise.resolve();
  /** The snapshot's write due after a live update, if any. */
  private snapshotTimer: NodeJS.Timeout | undefined;
  /** Whether the index came from its snapshot, or was built (and why, and whether it was saved). */
  snapshotStatus: SnapshotStatus | undefined;

  constructor(
    index: PassageIndex,
    private readonly options: EngineOptions = {},
    /** Files of the folder that could not be read as articles, and why. */
    readonly skipped: readonly SkippedFile[] = [],
  ) {
    checkEngineOptions(options);
    this.current = this.versionOf(index);
  }

  /**
   * Loads every article of a folder and indexes it (on several threads when the folder is large),
   * or reads the index from its snapshot when the folder's files are as the snapshot says.
   */
  static async fromFolder(folder: string, options: EngineOptions = {}): Promise<Engine> {
    // The snapshot is read on the thread pool while this thread lists and stamps the folder's files.
    const bytes = options.snapshot ? snapshotBytes(options.snapshot) : undefined;
    const listed = listArticleFiles(folder);
    // What writes killed earlier left: an article being added, a snapshot being written.
    removeStalePartials(listed.folder, listed.partials);
    if (options.snapshot) removeStalePartials(dirname(options.snapshot));
    const listedStamps = stampFiles(listed.files);
    // The index built from the folder's files, when there is no snapshot or it cannot be read.
    const fromFiles = async () => {
      const built = await indexFiles(listed.folder, listed.files, listedStamps, options);
      return Engine.following(built.index, options, built.skipped, { path: built.folder, stamps: built.stamps });
    };
    if (!bytes) return fromFiles();
    const read = readSnapshotSafely(await bytes, listed.folder, listedStamps);
    if (read.kind === 'loaded' && read.index.articles.length > 0) {
      const engine = Engine.following(read.index, options, read.skipped, { path: listed.folder, stamps: listedStamps });
      engine.snapshotStatus = { kind: 'loaded' };
      return engine;
    }
    const reason = read.kind === 'rebuild' ? read.reason : 'the snapshot holds no article';
    const engine = await fromFiles();
    // Written once the caller has gone on (answered its first question), a chunk at a time
    // between answers: at 100,000 passages it takes about a second.
    engine.snapshotStatus = {
      kind: 'built',
      reason,
      saved: new Promise((resolve) => setImmediate(() => resolve(engine.saveSnapshot()))),
    };
    return engine;
  }

  /** An engine that follows the folder its index was read from. */
  private static following(
    index: PassageIndex,
    options: EngineOptions,
    skipped: readonly SkippedFile[],
    folder: FollowedFolder,
  ): Engine {
    const engine = new Engine(index, options, skipped);
    engine.folder = folder;
    return engine;
  }

  /**
   * Writes the snapshot now, after any write under way (they share a temporary file); says
   * whether it could. The index and stamps are those of this moment.
   */
  private saveSnapshot(): Promise<SnapshotSaved> {
    const file = this.options.snapshot;
    const folder = this.folder;
    if (!file || !folder) return Promise.resolve({ saved: false, error: 'no snapshot file' });
    const { index } = this.searcher;
    const { path, stamps } = folder;
    const skipped = this.skipped;
    const saved = this.saving
      .then(() => writeSnapshot(file, index, path, stamps, skipped))
      .then(
        (): SnapshotSaved => ({ saved: true }),
        (error: unknown): SnapshotSaved => ({
          saved: false,
          error: (error as NodeJS.ErrnoException).code ?? String(error),
        }),
      );
    this.saving = saved;
    return saved;
  }

  /** The snapshot written again a little after a live update, once for a burst of them. */
  private snapshotLater(): void {
    if (!this.options.snapshot) return;
    clearTimeout(this.snapshotTimer);
    this.snapshotTimer = setTimeout(
      () => void this.refreshing.then(() => this.saveSnapshot()),
      this.options.snapshotDelayMs ?? 5000,
    );
    this.snapshotTimer.unref();
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

  /** The folder the articles are read from, when the engine follows one. */
  get folderPath(): string | undefined {
    return this.folder?.path;
  }

  get catalog(): ArticleCatalog {
    return this.current.catalog;
  }

  private get searcher(): Searcher {
    return this.current.searcher;
  }

  get articles(): readonly Article[] {
    return this.searcher.index.articles;
  }

  /**
   * Reads again the files of the folder that were added, changed or removed since the last look,
   * and answers from them from then on. Only those files are analysed; questions asked meanwhile
   * are answered from the articles as they were, and the new version replaces the old one at
   * once. `complete` names files known to be whole however recent (written by a rename), which
   * are read without waiting for them to settle. Throws ArticlesFolderError when the folder can
   * no longer be read, keeping every article.
   */
  refresh(complete: readonly string[] = []): Promise<ArticlesUpdate> {
    const run = this.refreshing.then(() => this.readChanges(new Set(complete)));
    this.refreshing = run.catch(() => undefined);
    return run;
  }

  private async readChanges(complete: ReadonlySet<string>): Promise<ArticlesUpdate> {
    const folder = this.folder;
    if (!folder) throw new Error('This engine does not follow a folder: it was built from articles in memory.');
    const { files } = listArticleFiles(folder.path);
    const stamps = stampFiles(files);
    const diff = diffStamps(folder.stamps, stamps, this.options.settleMs ?? 1000);
    const ready = diff.settling.filter((file) => complete.has(file));
    const settling = diff.settling.filter((file) => !complete.has(file));
    const toRead = [...diff.added, ...diff.changed, ...ready];
    // A settling file keeps its old stamp (or none), so that the next refresh reads it.
    for (const file of settling) {
      const old = folder.stamps.get(file);
      if (old) stamps.set(file, old);
      else stamps.delete(file);
    }
    const nothing = { added: [], updated: [], removed: [], skipped: [], settling: settling.length, futureDated: [] };
    if (toRead.length === 0 && diff.removed.length === 0) return nothing;

    const index = this.searcher.index;
    const bytes = toRead.reduce((sum, file) => sum + (stamps.get(file)?.size ?? 0), 0);
    // A web page's reading grows faster than its size (117 KB of nested blocks: a second): on a worker, whatever its size.
    const background = toRead.length > FOREGROUND_FILES || bytes > FOREGROUND_BYTES || toRead.some(isWebPage);
    const { shards, skipped } = await analyseFiles(toRead, { ...this.options, background });
    const fileArticles = new Map(
      index.shards
        .flatMap((shard) => shard.articles)
        .filter((a) => !index.retired.has(a))
        .map((a) => [a.file, a]),
    );
    const retiring = [...toRead, ...diff.removed].flatMap((file) => fileArticles.get(file) ?? []);
    const next = updatedIndex(index, shards, retiring);
    const before = new Map(index.articles.map((article) => [article.id, article]));
    const after = new Map(next.articles.map((article) => [article.id, article]));
    const read = new Set(toRead);
    this.current = this.versionOf(next);
    folder.stamps = stamps;
    this.snapshotLater();
    return {
      added: next.articles.filter((article) => !before.has(article.id)),
      updated: next.articles.filter((article) => before.has(article.id) && before.get(article.id) !== article),
      removed: index.articles.filter((article) => !after.has(article.id)),
      skipped: [...skipped, ...next.duplicates.filter((duplicate) => read.has(duplicate.file))],
      settling: settling.length,
      futureDated: diff.futureDated,
    };
  }

  private versionOf(index: PassageIndex): Current {
    return { searcher: new Searcher(index, this.options.search), catalog: new ArticleCatalog(index.articles) };
  }

  /** How sure the engine must be before it cites, where a question does not say. */
  get strictness(): Strictness {
    return this.options.answers?.strictness ?? 'balanced';
  }

  get passageCount(): number {
    return this.searcher.index.size;
  }

  detect(question: string, fallback: Language = DEFAULT_LANGUAGE): Detection {
    // A word the bilingual vocabulary knows in one language only says more than the articles
    // that happen to hold it ("rafale record tempete ciaran": "record" is only in English ones).
    const vocabulary = Vocabulary.shared();
    return detectLanguage(
      question,
      fallback,
      (word) => vocabulary.onlyLanguageOf(word) ?? this.searcher.index.languageOfWord(word),
    );
  }

  ask(asked: string, options: AskOptions = {}): Answer {
    // An enormous question is refused by its length before anything reads it.
    const tooLong = asked.length > MAX_QUESTION_LENGTH * 4;
    const question = tooLong ? asked : cleanQuestion(asked);
    const language =
      options.language ??
      (tooLong
        ? (options.fallbackLanguage ?? DEFAULT_LANGUAGE)
        : this.detect(question, options.fallbackLanguage).language);
    // Words are analysed in the question's own language even when the answer is asked in another.
    const questionLanguage = options.language && !tooLong ? this.detect(question, options.language).language : language;
    const policy = {
      ...this.options.answers,
      ...(options.maxCitations ? { maxCitations: options.maxCitations } : {}),
      ...(options.strictness ? { strictness: options.strictness } : {}),
    };
    const answer = answerQuestion(this.searcher, question, questionLanguage, policy);
    return { ...answer, language };
  }

  /**
   * How a question is read and ranked, without the answer policy: its language, its words and its
   * `limit` best passages. For the scripts that evaluate the engine and fit its models.
   */
  rank(asked: string, limit: number): SearchResult & { readonly language: Language } {
    const question = cleanQuestion(asked.slice(0, MAX_QUESTION_LENGTH));
    const language = this.detect(question).language;
    return { language, ...this.searcher.search(question, language, limit) };
  }

  /** The article a typed id or title designates, or the candidates when it could be several. */
  findArticle(query: string): ArticleMatch {
    return this.catalog.resolve(query);
  }

  /** The summary of the one article a typed id or title designates; undefined if none or several do. */
  summary(query: string): Summary | undefined {
    const match = this.findArticle(query);
    return match.kind === 'one' ? this.summaryOf(match.article) : undefined;
  }

  /** An article's summary, made once per version of the article. */
  summaryOf(article: Article): Summary {
    let summary = this.summaries.get(article);
    if (!summary) {
      summary = summarize(article);
      this.summaries.set(article, summary);
    }
    return summary;
  }
}
