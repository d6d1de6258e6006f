import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { Article } from './article.js';
import { parseArticle } from './parse.js';

/** Files larger than this are not articles (a dump, a video renamed .txt, ...). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

export type SkipReason = 'empty' | 'binary' | 'encoding' | 'unreadable' | 'too-large' | 'duplicate-id';

export interface SkippedFile {
  readonly file: string;
  readonly reason: SkipReason;
  readonly detail?: string;
}

export interface LoadedArticles {
  readonly folder: string;
  readonly articles: Article[];
  readonly skipped: SkippedFile[];
}

export class ArticlesFolderError extends Error {
  constructor(
    readonly folder: string,
    readonly kind: 'missing' | 'no-articles',
    detail?: string,
  ) {
    super(kind === 'missing'
      ? `Cannot read the articles folder ${folder}${detail ? `: ${detail}` : ''}`
      : `No usable article in ${folder}`);
    this.name = 'ArticlesFolderError';
  }
}

/** The article id: the file name without its extension, e.g. "000_8fec0fb06416156b". */
export function articleIdFromFile(file: string): string {
  return basename(file, extname(file));
}

/**
 * Loads every .txt and .md file of a folder as an article. A file that is empty, binary,
 * not UTF-8, unreadable or too large is reported in `skipped` and the others still load.
 * Throws ArticlesFolderError when the folder cannot be read or holds no usable article.
 */
export async function loadArticles(folderPath: string): Promise<LoadedArticles> {
  const folder = resolve(folderPath);
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()));
  } catch (error) {
    throw new ArticlesFolderError(folder, 'missing', (error as NodeJS.ErrnoException).code);
  }
  names.sort();

  const results = await Promise.all(names.map((name) => readArticleFile(join(folder, name))));
  const articles: Article[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  for (const result of results) {
    if ('reason' in result) skipped.push(result);
    else if (seen.has(result.id)) skipped.push({ file: result.file, reason: 'duplicate-id', detail: result.id });
    else {
      seen.add(result.id);
      articles.push(result);
    }
  }
  if (articles.length === 0) throw new ArticlesFolderError(folder, 'no-articles');
  return { folder, articles, skipped };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

async function readArticleFile(file: string): Promise<Article | SkippedFile> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) return { file, reason: 'unreadable', detail: 'not a regular file' };
    if (info.size > MAX_ARTICLE_BYTES) return { file, reason: 'too-large', detail: `${info.size} bytes` };
    bytes = await readFile(file);
  } catch (error) {
    return { file, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  if (bytes.includes(0)) return { file, reason: 'binary' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { file, reason: 'encoding', detail: 'not valid UTF-8' };
  }
  return parseArticle(articleIdFromFile(file), file, text) ?? { file, reason: 'empty' };
}
