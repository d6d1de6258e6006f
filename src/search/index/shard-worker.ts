// A worker thread of `indexFolder`: reads its share of the article files and analyses them.
import { parentPort, workerData } from 'node:worker_threads';
import { readArticleFiles } from '../../articles/loader.js';
import { buildShard, shardBuffers } from './index-shard.js';

const { articles, skipped } = readArticleFiles(workerData as string[]);
const shard = buildShard(articles);
parentPort!.postMessage({ shard, skipped }, shardBuffers(shard));
