import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ArticlesFolderError, listArticleFiles, readArticleFiles, type SkippedFile } from '../articles/loader.js';
import { buildShard, type IndexShard } from './index-shard.js';
import { PassageIndex } from './passage-index.js';

export interface IndexFolderOptions {
  /**
   * Threads that read and analyse the files. Default: the machine's cores, but one per
   * 250 files at most, since a worker costs some 100 ms to start.
   */
  readonly threads?: number;
}

export interface FolderIndex {
  readonly folder: string;
  readonly index: PassageIndex;
  /** Files that are not usable articles, and why. */
  readonly skipped: SkippedFile[];
}

const FILES_PER_THREAD = 250;
const MAIN_THREAD_WEIGHT = 1.25;

/**
 * Loads and indexes every article of a folder. The files are shared out, in order, between this
 * thread and worker threads, each building a shard; the shards are joined into one index, the
 * same as a single thread would build. Throws ArticlesFolderError when the folder cannot be read
 * or holds no usable article.
 */
export async function indexFolder(folderPath: string, options: IndexFolderOptions = {}): Promise<FolderIndex> {
  const { folder, files } = listArticleFiles(folderPath);
  const wanted = options.threads ?? Math.min(availableParallelism(), Math.ceil(files.length / FILES_PER_THREAD));
  const threads = Math.max(1, Math.min(wanted, files.length));
  const parts = shareOut(files, threads);
  // Workers start first, so that they run while this thread analyses the first share.
  const workers = parts.slice(1).map((part) => new ShardWorker(part));
  let results: ShardResult[];
  try {
    const first = readArticleFiles(parts[0] ?? []);
    results = [{ shard: buildShard(first.articles), skipped: first.skipped }, ...(await Promise.all(workers.map((w) => w.result)))];
  } catch (error) {
    for (const worker of workers) worker.stop();
    throw error;
  }
  const index = new PassageIndex(results.map((result) => result.shard));
  if (index.articles.length === 0) throw new ArticlesFolderError(folder, 'no-articles');
  return { folder, index, skipped: [...results.flatMap((result) => result.skipped), ...index.duplicates] };
}

/**
 * Splits the files, in order, into one part per thread. This thread's part is a little larger: a
 * worker first spends time starting and then handing its shard over.
 */
function shareOut(files: string[], threads: number): string[][] {
  const weights = Array.from({ length: threads }, (_, t) => (t === 0 ? MAIN_THREAD_WEIGHT : 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const parts: string[][] = [];
  let start = 0;
  let cumulative = 0;
  for (const weight of weights) {
    cumulative += weight;
    const end = Math.round((files.length * cumulative) / total);
    parts.push(files.slice(start, end));
    start = end;
  }
  return parts;
}

interface ShardResult {
  readonly shard: IndexShard;
  readonly skipped: SkippedFile[];
}

/** A worker thread reading and analysing some files. */
class ShardWorker {
  readonly result: Promise<ShardResult>;
  private readonly worker: Worker;

  constructor(files: string[]) {
    this.worker = new Worker(workerScript(), { workerData: files });
    this.result = new Promise((resolve, reject) => {
      this.worker.once('message', (result: ShardResult) => resolve(result));
      this.worker.once('error', reject);
      this.worker.once('exit', (code) => reject(new Error(`The indexing worker stopped (exit code ${code}) before it finished.`)));
    });
    // Awaited later; until then a failure must not count as unhandled.
    this.result.catch(() => undefined);
  }

  /** Stops the worker when the indexing failed elsewhere. */
  stop(): void {
    void this.worker.terminate();
  }
}

/** The worker's compiled script. Under vitest this module runs from its .ts source, and `npm test` has built dist/ first. */
function workerScript(): URL {
  const url = new URL('./shard-worker.js', import.meta.url);
  return import.meta.url.endsWith('.ts') ? new URL(url.href.replace(/\/src\/search\/shard-worker\.js$/, '/dist/src/search/shard-worker.js')) : url;
}
