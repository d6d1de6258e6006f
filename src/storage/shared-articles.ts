import { readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeArticleWhole } from '../articles/article-files.js';
import type { Logger } from '../logging/logger.js';
import type { PgStore, SharedArticleFile } from './pg-store.js';

/** An article file added or removed through this process, to tell the others. */
export type ArticleChange = { readonly kind: 'added' | 'removed'; readonly file: string };

/**
 * The articles added or removed through Discord, shared by every bot process on one PostgreSQL
 * database. The database keeps each such file (or that it was removed); each process writes them
 * into its own articles folder, so that its engine reads them as any other file. A process that
 * starts catches up first; a running one is told of each change (LISTEN/NOTIFY) and reads it at
 * once.
 */
export class SharedArticles {
  constructor(
    private readonly store: PgStore,
    private readonly folder: string,
    private readonly logger: Logger,
  ) {}

  /** Keeps a change made through this process, for the others. */
  async publish(change: ArticleChange): Promise<void> {
    const name = basename(change.file);
    await this.store.saveArticleFile(name, change.kind === 'added' ? readFileSync(change.file) : null);
  }

  /** Brings the folder up to date with the database; resolves to the files it wrote or removed. */
  async catchUp(name?: string): Promise<string[]> {
    const changed: string[] = [];
    for (const file of await this.store.articleFiles(name)) {
      const path = this.apply(file);
      if (path) changed.push(path);
    }
    return changed;
  }

  /** Calls `changed` with the files written or removed each time another process changes an article. */
  follow(changed: (files: string[]) => void): void {
    this.store.onArticlesChanged((name) => {
      this.catchUp(name).then(
        (files) => files.length > 0 && changed(files),
        (error: unknown) =>
          this.logger.error({ err: error }, 'Cannot read the articles another process added or removed'),
      );
    });
  }

  /** Writes or removes one file as the database says; its path when the folder changed. */
  private apply({ name, content }: SharedArticleFile): string | undefined {
    // Names were made safe where the file was added; one that is not is never written.
    if (name !== basename(name) || name.startsWith('.')) return undefined;
    const path = join(this.folder, name);
    const existing = sizeOf(path);
    if (content === null) {
      if (existing === undefined) return undefined;
      rmSync(path, { force: true });
      return path;
    }
    if (existing === content.length && readFileSync(path).equals(content)) return undefined;
    writeArticleWhole(path, content);
    return path;
  }
}

function sizeOf(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}
