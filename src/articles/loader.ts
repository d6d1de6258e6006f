import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Article } from './article.js';
import { articleFromHtml, htmlDepth, MAX_HTML_DEPTH } from './html.js';
import { parseArticle } from './parse.js';

/** Files larger than this are not articles (a dump, a video renamed .txt, ...). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** Extensions read as articles: text (the first line is the title) and saved web pages. */
export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md', '.html', '.htm']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);

/** Whether a file is read as a web page (by its extension). */
export function isWebPage(file: string): boolean {
  return HTML_EXTENSIONS.has(extname(file).toLowerCase());
}

export type SkipReason =
  'empty' | 'binary' | 'encoding' | 'unreadable' | 'not-a-file' | 'too-large' | 'too-deep' | 'duplicate-id';

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
    super(
      kind === 'missing'
        ? `Cannot read the articles folder ${folder}${detail ? `: ${detail}` : ''}`
        : `No usable article in ${folder}`,
    );
    this.name = 'ArticlesFolderError';
  }
}

/** The article id: the file name without its extension, e.g. "000_8fec0fb06416156b". */
export function articleIdFromFile(file: string): string {
  return basename(file, extname(file));
}

/**
 * Loads every .txt, .md and .html file of a folder as an article. A file that is empty, binary,
 * not UTF-8, unreadable or too large is reported in `skipped` and the others still load.
 * Throws ArticlesFolderError when the folder cannot be read or holds no usable article.
 */
export async function loadArticles(folderPath: string): Promise<LoadedArticles> {
  const { folder, files } = listArticleFiles(folderPath);
  const read = readArticleFiles(files);
  const { kept, duplicates } = keepFirstOfEachId(read.articles);
  if (kept.length === 0) throw new ArticlesFolderError(folder, 'no-articles');
  return { folder, articles: kept, skipped: [...read.skipped, ...duplicates] };
}

/**
 * The article files of a folder (.txt, .md, .html), sorted by name, and the names of the
 * temporary files of writes in progress or killed (`.partial`), from one reading of the folder.
 * Throws ArticlesFolderError if it cannot be read.
 */
export function listArticleFiles(folderPath: string): { folder: string; files: string[]; partials: string[] } {
  const folder = resolve(folderPath);
  try {
    const all = readdirSync(folder);
    const names = all.filter((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()));
    return { folder, files: names.sort().map((name) => join(folder, name)), partials: all.filter(isPartial) };
  } catch (error) {
    throw new ArticlesFolderError(folder, 'missing', (error as NodeJS.ErrnoException).code);
  }
}

/**
 * Reads files as articles, in order; the ones that are not usable articles go to `skipped`.
 * Files are read synchronously: at start-up nothing else waits, and ten thousand small files
 * load several times faster than through the thread pool.
 */
export function readArticleFiles(files: readonly string[]): { articles: Article[]; skipped: SkippedFile[] } {
  const articles: Article[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    const result = readArticleFile(file);
    if ('reason' in result) skipped.push(result);
    else articles.push(result);
  }
  return { articles, skipped };
}

/**
 * Two files with one id ("a.txt" and "a.md"): the first keeps it, the other is skipped, as is an
 * article whose id is already `taken`.
 */
export function keepFirstOfEachId(
  articles: readonly Article[],
  taken: ReadonlySet<string> = new Set(),
): { kept: Article[]; duplicates: SkippedFile[] } {
  const kept: Article[] = [];
  const duplicates: SkippedFile[] = [];
  const seen = new Set<string>(taken);
  for (const article of articles) {
    if (seen.has(article.id)) duplicates.push({ file: article.file, reason: 'duplicate-id', detail: article.id });
    else {
      seen.add(article.id);
      kept.push(article);
    }
  }
  return { kept, duplicates };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Opened without following a symbolic link (`passwd.txt -> /etc/passwd` would quote the system's
 * accounts to any member) and without waiting on a pipe, then read only if it is a regular file:
 * what is checked is what is read, even if the name is swapped meanwhile.
 */
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

function readArticleFile(file: string): Article | SkippedFile {
  let bytes: Buffer;
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // O_NOFOLLOW opens a link as ELOOP (EMLINK on some BSDs).
    if (code === 'ELOOP' || code === 'EMLINK') return { file, reason: 'not-a-file', detail: 'a symbolic link' };
    return { file, reason: 'unreadable', detail: code ?? String(error) };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile())
      return { file, reason: 'not-a-file', detail: info.isDirectory() ? 'a folder' : 'a device, pipe or socket' };
    if (info.size > MAX_ARTICLE_BYTES) return { file, reason: 'too-large', detail: `${info.size} bytes` };
    bytes = readFileSync(fd);
  } catch (error) {
    return { file, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    closeSync(fd);
  }
  if (bytes.includes(0)) return { file, reason: 'binary' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { file, reason: 'encoding', detail: 'not valid UTF-8' };
  }
  const read = articleFromText(articleIdFromFile(file), file, text);
  if (!('reason' in read)) return read;
  return read.reason === 'too-deep'
    ? { file, reason: read.reason, detail: String(read.levels) }
    : { file, reason: read.reason };
}

/** A temporary file, written whole under this name and then renamed. */
export function isPartial(name: string): boolean {
  return name.endsWith('.partial');
}

/** Why a file's text is no article: no title and text in it, or a page nested too deep to parse in time. */
export type TextRefusal = { readonly reason: 'empty' } | { readonly reason: 'too-deep'; readonly levels: number };

const EMPTY: TextRefusal = { reason: 'empty' };

/**
 * An article from a file's text, read as a web page or as plain text by its extension. A page
 * nested deeper than MAX_HTML_DEPTH is refused before it is parsed: parsing it would hold the
 * thread for seconds.
 */
export function articleFromText(id: string, file: string, text: string): Article | TextRefusal {
  if (!isWebPage(file)) return parseArticle(id, file, text) ?? EMPTY;
  if (htmlDepth(text) > MAX_HTML_DEPTH) return { reason: 'too-deep', levels: MAX_HTML_DEPTH };
  return articleFromHtml(id, file, text) ?? EMPTY;
}
