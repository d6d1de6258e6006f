import type { Article } from '../../articles/article.js';
import { buildShard, type IndexShard } from './index-shard.js';
import { PassageIndex } from './passage-index.js';

/**
 * A shard whose retired articles are at least this share of its articles is analysed again from
 * its current ones, so that months of edits do not leave the index full of dead words.
 */
const REBUILD_RETIRED_SHARE = 0.5;
/** A shard of fewer articles than this counts as small: most live updates make one. */
const SMALL_SHARD = 200;
/** More small shards than this are merged into one: each shard costs a little at every join. */
const MAX_SMALL_SHARDS = 8;

/**
 * The index after a live update: `added` shards (new and changed files) are joined to the
 * current ones, and `retiring` articles (earlier versions of changed files, removed files) are
 * left out. The other shards are not analysed again, which makes an update cost a join (about a
 * second at 100,000 passages) rather than a rebuild, and an update that only adds files, the
 * cost of the new ones. Shards that hold mostly retired articles, and runs of small shards, are
 * rebuilt from their current articles as part of it.
 */
export function updatedIndex(
  index: PassageIndex,
  added: readonly IndexShard[],
  retiring: readonly Article[],
): PassageIndex {
  const smallShards = [...index.shards, ...added].filter((shard) => shard.articles.length < SMALL_SHARD).length;
  // Only new files, and no merge due: the new shards are joined after the others, which stay as joined.
  if (retiring.length === 0 && smallShards <= MAX_SMALL_SHARDS) return PassageIndex.extending(index, added);
  const retired = new Set(index.retired);
  for (const article of retiring) retired.add(article);
  const shards: IndexShard[] = [];
  for (const shard of [...index.shards, ...added]) {
    const current = shard.articles.filter((article) => !retired.has(article));
    // Few retired articles: the shard stays as it is, and the join leaves them out.
    if (shard.articles.length - current.length < shard.articles.length * REBUILD_RETIRED_SHARE) {
      shards.push(shard);
      continue;
    }
    for (const article of shard.articles) retired.delete(article);
    if (current.length > 0) shards.push(buildShard(current));
  }
  return new PassageIndex(mergeSmallShards(shards, retired), retired);
}

/** Runs of small shards merged into one, in order, once there are too many of them. */
function mergeSmallShards(shards: IndexShard[], retired: Set<Article>): IndexShard[] {
  const small = shards.filter((shard) => shard.articles.length < SMALL_SHARD);
  if (small.length <= MAX_SMALL_SHARDS) return shards;
  const articles = small.flatMap((shard) => shard.articles).filter((article) => !retired.delete(article));
  const merged = buildShard(articles);
  const at = shards.indexOf(small[0]!);
  const rest = shards.filter((shard) => !small.includes(shard));
  return [...rest.slice(0, at), merged, ...rest.slice(at)];
}
