import { Worker } from 'node:worker_threads';
import { compiledScript } from '../config/project-folder.js';
import type { Article } from './article.js';
import { articleFromText, type TextRefusal } from './loader.js';

/**
 * Texts up to this many characters are read on this thread: a worker takes some 100 ms to start,
 * about what reading 256 KB of HTML takes. A 5 MB page took 2.9 s, during which no question
 * was answered.
 */
const ON_THREAD_CHARACTERS = 256 * 1024;

/** A text that takes longer than this to read is refused rather than waited for. Default 10 s. */
export const READ_TIME_LIMIT_MS = 10_000;

export type SlowRefusal = { readonly reason: 'too-slow'; readonly seconds: number };

/**
 * An article read from its text as `articleFromText` reads it, on a worker thread when the text
 * is long, within a time limit; or why not.
 */
export async function readArticleText(
  id: string,
  file: string,
  text: string,
  limitMs = READ_TIME_LIMIT_MS,
): Promise<Article | TextRefusal | SlowRefusal> {
  if (text.length <= ON_THREAD_CHARACTERS) return articleFromText(id, file, text);
  const worker = new Worker(compiledScript('./text-worker.js', import.meta.url), { workerData: { id, file, text } });
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<Article | TextRefusal | SlowRefusal>((resolve, reject) => {
      timer = setTimeout(() => resolve({ reason: 'too-slow', seconds: limitMs / 1000 }), limitMs);
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) =>
        reject(new Error(`The reading worker stopped (exit code ${code}) before it finished.`)),
      );
    });
  } finally {
    clearTimeout(timer);
    void worker.terminate();
  }
}
