import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { compiledScript } from '../../config/project-folder.js';
import { stampFiles, type FileStamps } from '../../articles/folder-stamps.js';
import { ArticlesFolderError, listArticleFiles, readArticleFiles, type SkippedFile } from '../../articles/loader.js';
import { buildShard, type IndexShard } from './index-shard.js';
import { PassageIndex } from './passage-index.js';

export interface IndexFolderOptions {
  /**
   * Threads that read and analyse the files. Default: the machine's cores, but one per
   * 250 files at most, since a worker costs some 100 ms to start.
   */
  readonly threads?: number;
  /**
   * Read and analyse on worker threads only, leaving this thread free (to answer questions
   * during a live update). Default false: at start-up this thread takes a share too.
   */
  readonly background?: boolean;
}

export interface FolderIndex {
  readonly folder: string;
  readonly index: PassageIndex;
  /** Files that are not usable articles, and why. */
  readonly skipped: SkippedFile[];
  /** Size and modification time of each file read, to tell later which ones changed. */
  readonly stamps: FileStamps;
}

/** Shards of some files, and the files that are not usable articles. */
export interface AnalysedFiles {
  readonly shards: IndexShard[];
  readonly skipped: SkippedFile[];
}

const FILES_PER_THREAD = 250;
const MAIN_THREAD_WEIGHT = 1.25;

/**
 * Loads and indexes every article of a folder (see `analyseFiles`). Throws ArticlesFolderError
 * when the folder cannot be read or holds no usable article.
 */
export async function indexFolder(folderPath: string, options: IndexFolderOptions = {}): Promise<FolderIndex> {
  const { folder, files } = listArticleFiles(folderPath);
  // Stamped before reading: a file written meanwhile differs from its stamp and is read again later.
  return indexFiles(folder, files, stampFiles(files), options);
}

/** `indexFolder` for files already listed and stamped (a start that found its snapshot stale). */
export async function indexFiles(
  folder: string,
  files: readonly string[],
  stamps: FileStamps,
  options: IndexFolderOptions = {},
): Promise<FolderIndex> {
  const { shards, skipped } = await analyseFiles(files, options);
  const index = new PassageIndex(shards);
  if (index.articles.length === 0) throw new ArticlesFolderError(folder, 'no-articles');
  return { folder, index, skipped: [...skipped, ...index.duplicates], stamps };
}

/**
 * Reads and analyses article files. They are shared out, in order, between this thread and
 * worker threads, each building a shard; joined, the shards make the same index as a single
 * thread would build.
 */
export async function analyseFiles(files: readonly string[], options: IndexFolderOptions = {}): Promise<AnalysedFiles> {
  const wanted = options.threads ?? Math.min(availableParallelism(), Math.ceil(files.length / FILES_PER_THREAD));
  const threads = Math.max(1, Math.min(wanted, files.length));
  const background = options.background === true;
  const parts = shareOut(
    files,
    Array.from({ length: threads }, (_, t) => (t === 0 && !background ? MAIN_THREAD_WEIGHT : 1)),
  );
  // Workers start first, so that they run while this thread analyses the first share.
  const workers = parts.slice(background ? 0 : 1).map((part) => new ShardWorker(part));
  let results: ShardResult[];
  try {
    const first = background
      ? []
      : [readArticleFiles(parts[0] ?? [])].map((read) => ({ shard: buildShard(read.articles), skipped: read.skipped }));
    results = [...first, ...(await Promise.all(workers.map((w) => w.result)))];
  } catch (error) {
    for (const worker of workers) worker.stop();
    throw error;
  }
  return { shards: results.map((result) => result.shard), skipped: results.flatMap((result) => result.skipped) };
}

/**
 * Splits the files, in order, into one part per thread, in proportion to the weights. This
 * thread's part, when it takes one, is a little larger: a worker first spends time starting and
 * then handing its shard over.
 */
function shareOut(files: readonly string[], weights: readonly number[]): string[][] {
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
    this.worker = new Worker(compiledScript('./shard-worker.js', import.meta.url), { workerData: files });
    this.result = new Promise((resolve, reject) => {
      this.worker.once('message', (result: ShardResult) => resolve(result));
      this.worker.once('error', reject);
      this.worker.once('exit', (code) =>
        reject(new Error(`The indexing worker stopped (exit code ${code}) before it finished.`)),
      );
    });
    // Awaited later; until then a failure must not count as unhandled.
    this.result.catch(() => undefined);
  }

  /** Stops the worker when the indexing failed elsewhere. */
  stop(): void {
    void this.worker.terminate();
  }
}
