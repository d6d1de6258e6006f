import { randomBytes } from 'node:crypto';
import { readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { ArticlesUpdate } from './articles-update.js';
import { fold } from '../text/normalize.js';
import type { Article } from './article.js';
import type { ArticleCatalog } from './catalog.js';
import { ARTICLE_EXTENSIONS, articleIdFromFile, MAX_ARTICLE_BYTES } from './loader.js';
import { readArticleText } from './read-article-text.js';

/** What adding or removing article files needs of the engine. */
export interface ArticleFolderEngine {
  readonly folderPath: string | undefined;
  readonly catalog: ArticleCatalog;
  refresh(complete?: readonly string[]): Promise<ArticlesUpdate>;
}

/** Why an article was not added or removed. */
export type ArticleFileRefusal =
  | { readonly reason: 'no-folder' }
  | { readonly reason: 'bad-name'; readonly name: string }
  | { readonly reason: 'wrong-type'; readonly extension: string }
  | { readonly reason: 'too-large'; readonly bytes: number }
  | { readonly reason: 'binary' }
  | { readonly reason: 'too-deep'; readonly levels: number }
  | { readonly reason: 'too-slow'; readonly seconds: number }
  | { readonly reason: 'empty' }
  | { readonly reason: 'duplicate-id'; readonly id: string }
  | { readonly reason: 'unknown-article'; readonly id: string }
  | { readonly reason: 'write-failed'; readonly code: string };

export type ArticleFileResult =
  | { readonly ok: true; readonly article: Article; readonly update: ArticlesUpdate }
  | ({ readonly ok: false } & ArticleFileRefusal);

/** A new article: the text of a file (or page) and the name it is saved under. */
export interface NewArticle {
  /** The article id wanted, or a file name or page address to make one from. */
  readonly name: string;
  readonly extension: string;
  readonly bytes: Buffer;
}

/** Longest id made from a name. */
const MAX_ID = 80;

/** Names Windows keeps for devices, whatever the extension ("nul.txt" is the device NUL there). */
const RESERVED_NAMES = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * An id safe as a file name on any system, from a name, a file name or a page's address:
 * lower case letters, digits, "-" and "_" ("Le Maroc & la France.txt" is "le-maroc-la-france");
 * empty when none can be made, or when it would be a device name ("CON", "nul.txt").
 */
export function idFromName(name: string): string {
  const last =
    name
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split(/[\\/]/)
      .pop() ?? '';
  const bare = ARTICLE_EXTENSIONS.has(extname(last).toLowerCase()) ? last.slice(0, -extname(last).length) : last;
  const id = fold(bare)
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID);
  return RESERVED_NAMES.test(id) ? '' : id;
}

/**
 * Writes an article file whole: under a temporary name the loader ignores (`.name.random.partial`,
 * removed at the next start if a crash leaves it), then renamed, so that the folder holds the
 * whole file or none. Throws what the file system says.
 */
export function writeArticleWhole(file: string, content: string | Buffer): void {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.partial`);
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Saves a new article in the folder and reads it at once. The text is checked first, as the
 * loader would (size, binary, UTF-8, a title and some text); the id must be new. The file is
 * written under a temporary name (which the loader ignores) and renamed: a crash leaves either
 * no file or the whole one.
 */
export async function addArticleFile(engine: ArticleFolderEngine, article: NewArticle): Promise<ArticleFileResult> {
  const folder = engine.folderPath;
  if (!folder) return { ok: false, reason: 'no-folder' };
  const extension = article.extension.toLowerCase();
  if (!ARTICLE_EXTENSIONS.has(extension)) return { ok: false, reason: 'wrong-type', extension };
  const id = idFromName(article.name);
  if (!id) return { ok: false, reason: 'bad-name', name: article.name };
  if (article.bytes.length > MAX_ARTICLE_BYTES) return { ok: false, reason: 'too-large', bytes: article.bytes.length };
  if (article.bytes.includes(0)) return { ok: false, reason: 'binary' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(article.bytes);
  } catch {
    return { ok: false, reason: 'binary' };
  }
  const file = join(folder, `${id}${extension}`);
  const read = await readArticleText(id, file, text);
  if ('reason' in read) return { ok: false, ...read };
  if (engine.catalog.get(id) || filesWithId(folder, id).length > 0) return { ok: false, reason: 'duplicate-id', id };
  try {
    writeArticleWhole(file, text);
  } catch (error) {
    return { ok: false, reason: 'write-failed', code: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
  const update = await engine.refresh([file]);
  const added = engine.catalog.get(id);
  return added ? { ok: true, article: added, update } : { ok: false, reason: 'empty' };
}

/** Deletes an article's file and forgets the article at once. */
export async function removeArticleFile(engine: ArticleFolderEngine, id: string): Promise<ArticleFileResult> {
  const article = engine.catalog.get(id);
  if (!article || !engine.folderPath) return { ok: false, reason: 'unknown-article', id };
  try {
    unlinkSync(article.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code !== 'ENOENT') return { ok: false, reason: 'write-failed', code };
  }
  return { ok: true, article, update: await engine.refresh() };
}

/** Article files of the folder whose id is `id`, whatever their extension. */
function filesWithId(folder: string, id: string): string[] {
  return readdirSync(folder).filter(
    (name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && articleIdFromFile(name).toLowerCase() === id,
  );
}
