// A worker thread of `readArticleText`: reads one article's text (a web page's above all) away
// from the thread that answers questions.
import { parentPort, workerData } from 'node:worker_threads';
import { articleFromText } from './loader.js';

const { id, file, text } = workerData as { id: string; file: string; text: string };
parentPort!.postMessage(articleFromText(id, file, text));
