import type { Article } from './article.js';
import type { SkippedFile } from './loader.js';

/** What a refresh of the articles folder changed. Articles are told apart by id. */
export interface ArticlesUpdate {
  readonly added: readonly Article[];
  readonly updated: readonly Article[];
  readonly removed: readonly Article[];
  /** Files read that are not usable articles (or whose id another file holds), and why. */
  readonly skipped: readonly SkippedFile[];
  /** Files modified too recently to read yet: a later refresh reads them. */
  readonly settling: number;
  /** Files dated in the future, read all the same (see `FolderDiff.futureDated`). */
  readonly futureDated: readonly string[];
}
