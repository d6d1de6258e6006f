import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { open } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { Article } from '../articles/article.js';
import type { FileStamps } from '../articles/folder-stamps.js';
import type { SkippedFile } from '../articles/loader.js';
import { projectFolder } from '../config/project-folder.js';
import type { IndexShard } from './index-shard.js';
import { PassageIndex } from './passage-index.js';

/**
 * An index snapshot on disk: the index's articles and flat arrays, written after a build and
 * read at the next start instead of analysing every file again.
 *
 *   "QASNAP01" | header length (uint32 LE) | header (JSON) | sections, each 8-byte aligned
 *
 * The header says which files (relative names, sizes, modification times) and which build of the
 * analysis made it, and where each section lies; a CRC-32 of the sections catches a corrupt or
 * truncated file. Any difference means a rebuild, with the reason: never a stale or broken index.
 */
const MAGIC = Buffer.from('QASNAP01');
const FORMAT = 4;

/** The shard's typed arrays, in the order they are written. */
const ARRAYS = ['surfaceTerms', 'titleTerms', 'titleStart', 'passages', 'sentenceSpans', 'tokenTerms', 'tokenPositions', 'tokenSurfaces', 'tokenSentences'] as const;

interface Header {
  readonly format: number;
  readonly build: string;
  readonly folder: string;
  /** [name relative to the folder, size, modification time] of each file the index was read from. */
  readonly files: readonly (readonly [string, number, number])[];
  readonly sections: readonly { readonly name: string; readonly offset: number; readonly bytes: number }[];
  /** CRC-32 of the sections, one after the other. */
  readonly crc32: number;
  /** Files of the folder that are not articles, and why: the start-up warns of them again. */
  readonly skipped: readonly SkippedFile[];
}

/**
 * The words and articles of a snapshot, as JSON; the paragraphs' text is apart, in UTF-8, read
 * paragraph by paragraph (a JSON string of 50 MB is slow to decode and to hold).
 */
interface Structure {
  readonly stems: string[];
  readonly surfaces: string[];
  readonly articles: { id: string; title: string; language: Article['language']; source?: string; file: string; paragraphs: number }[];
}

export type SnapshotRead =
  | { readonly kind: 'loaded'; readonly index: PassageIndex; readonly skipped: readonly SkippedFile[] }
  | { readonly kind: 'rebuild'; readonly reason: string };

/**
 * Writes the snapshot of an index built from `folder`'s files as `stamps` describe them. Written
 * under a temporary name, flushed, then renamed: a crash leaves the old snapshot or the new one.
 */
export function writeSnapshot(file: string, index: PassageIndex, folder: string, stamps: FileStamps, skipped: readonly SkippedFile[]): void {
  const shard = index.asShard();
  const structure: Structure = {
    stems: shard.stems,
    surfaces: shard.surfaces,
    articles: shard.articles.map((article) => ({
      id: article.id, title: article.title, language: article.language, file: relative(folder, article.file),
      ...(article.source ? { source: article.source } : {}), paragraphs: article.paragraphs.length,
    })),
  };
  const paragraphs = shard.articles.flatMap((article) => article.paragraphs.map((paragraph) => Buffer.from(paragraph.text, 'utf8')));
  const paragraphEnds = new Int32Array(paragraphs.length);
  paragraphs.reduce((end, bytes, i) => (paragraphEnds[i] = end + bytes.length), 0);
  const asBytes = (array: Int32Array | Uint16Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  const bodies: [string, Buffer][] = [
    ['structure', Buffer.from(JSON.stringify(structure), 'utf8')],
    ['paragraphText', Buffer.concat(paragraphs)],
    ['paragraphEnds', asBytes(paragraphEnds)],
    ...ARRAYS.map((name) => [name, asBytes(shard[name])] as [string, Buffer]),
    ['postingStart', asBytes(index.postingStart)],
    ['postingPassages', asBytes(index.postingPassages)],
    ['postingFrequencies', asBytes(index.postingFrequencies)],
  ];
  const sections: { name: string; offset: number; bytes: number }[] = [];
  let offset = 0;
  let checksum = 0;
  for (const [name, body] of bodies) {
    sections.push({ name, offset, bytes: body.length });
    checksum = crc32(body, checksum);
    offset += align(body.length);
  }
  const header: Header = {
    format: FORMAT, build: analysisBuild(), folder,
    files: [...stamps].map(([path, stamp]) => [relative(folder, path), stamp.size, stamp.mtimeMs] as const),
    sections, crc32: checksum,
    skipped: skipped.map((entry) => ({ ...entry, file: relative(folder, entry.file) })),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.partial`;
  const fd = openSync(temporary, 'w');
  try {
    const start = [MAGIC, length, headerBytes];
    const startLength = start.reduce((sum, part) => sum + part.length, 0);
    for (const part of [...start, Buffer.alloc(align(startLength) - startLength)]) writeSync(fd, part);
    for (const [, body] of bodies) {
      writeSync(fd, body);
      writeSync(fd, Buffer.alloc(align(body.length) - body.length));
    }
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temporary, file);
}

/** Reads of a snapshot in flight at once: copying 150 MB from the page cache goes faster on several threads. */
const PARALLEL_READS = 4;
const READ_CHUNK = 16 * 1024 * 1024;

/**
 * A snapshot file's bytes, read on the thread pool in a few parts at once, so that this thread
 * can stamp the articles folder meanwhile. Undefined when there is no snapshot; an error when it
 * cannot be read.
 */
export async function snapshotBytes(file: string): Promise<Buffer | undefined | Error> {
  let handle;
  try {
    handle = await open(file);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : (error as Error);
  }
  try {
    const { size } = await handle.stat();
    const bytes = Buffer.allocUnsafeSlow(size);
    const part = Math.ceil(size / PARALLEL_READS);
    await Promise.all(Array.from({ length: PARALLEL_READS }, async (_, i) => {
      const end = Math.min(size, (i + 1) * part);
      for (let at = i * part; at < end;) {
        const { bytesRead } = await handle.read(bytes, at, Math.min(end - at, READ_CHUNK), at);
        if (bytesRead === 0) throw new Error('the file ended early');
        at += bytesRead;
      }
    }));
    return bytes;
  } catch (error) {
    return error as Error;
  } finally {
    await handle.close();
  }
}

/** The index a snapshot's bytes hold, if made by this build from the files `stamps` describe; else why not. */
export function parseSnapshot(bytes: Buffer, folder: string, stamps: FileStamps): SnapshotRead {
  let header: Header;
  let bodyStart: number;
  try {
    if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return { kind: 'rebuild', reason: 'the snapshot is not one (or of an older format)' };
    const headerLength = bytes.readUInt32LE(MAGIC.length);
    header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as Header;
    bodyStart = align(MAGIC.length + 4 + headerLength);
  } catch {
    return { kind: 'rebuild', reason: 'the snapshot is corrupt (its header cannot be read)' };
  }
  if (header.format !== FORMAT) return { kind: 'rebuild', reason: `the snapshot is of format ${header.format}, not ${FORMAT}` };
  if (header.build !== analysisBuild()) return { kind: 'rebuild', reason: 'the snapshot was made by another version of the analysis' };
  if (header.folder !== folder) return { kind: 'rebuild', reason: `the snapshot is of another folder (${header.folder})` };
  const changed = differences(header.files, folder, stamps);
  if (changed) return { kind: 'rebuild', reason: changed };
  const last = header.sections.at(-1);
  if (!last || bodyStart + last.offset + last.bytes > bytes.length) return { kind: 'rebuild', reason: 'the snapshot is truncated' };
  let checksum = 0;
  // Every section, token arrays included: one flipped byte anywhere can change answers. Over the
  // 130 MB of token arrays at 100,000 passages it costs what the range check it replaced did.
  for (const section of header.sections) checksum = crc32(bytes.subarray(bodyStart + section.offset, bodyStart + section.offset + section.bytes), checksum);
  if (checksum !== header.crc32) return { kind: 'rebuild', reason: 'the snapshot is corrupt (its checksum differs)' };
  const sectionOf = (name: string) => {
    const section = header.sections.find((s) => s.name === name);
    if (!section) throw new Error(`no ${name} section`);
    return bytes.subarray(bodyStart + section.offset, bodyStart + section.offset + section.bytes);
  };
  // Views of the file's bytes where they are aligned (a file read whole is): nothing is copied.
  const int32 = (name: string) => {
    const body = sectionOf(name);
    if (body.byteOffset % 4 === 0) return new Int32Array(body.buffer, body.byteOffset, body.length / 4);
    const array = new Int32Array(body.length / 4);
    new Uint8Array(array.buffer).set(body);
    return array;
  };
  const structure = JSON.parse(sectionOf('structure').toString('utf8')) as Structure;
  const text = sectionOf('paragraphText');
  const ends = int32('paragraphEnds');
  let paragraph = 0;
  const articles: Article[] = structure.articles.map((article) => ({
    id: article.id, title: article.title, language: article.language, file: join(folder, article.file),
    ...(article.source ? { source: article.source } : {}),
    paragraphs: Array.from({ length: article.paragraphs }, (_, i) => {
      const start = paragraph ? ends[paragraph - 1]! : 0;
      return new LazyParagraph(i + 1, text, start, ends[paragraph++]!);
    }),
  }));
  const arrays = Object.fromEntries(ARRAYS.map((name) => [name, int32(name)])) as Record<(typeof ARRAYS)[number], Int32Array>;
  const frequencies = sectionOf('postingFrequencies');
  const postings = {
    start: int32('postingStart'),
    passages: int32('postingPassages'),
    frequencies: frequencies.byteOffset % 2 === 0 ? new Uint16Array(frequencies.buffer, frequencies.byteOffset, frequencies.length / 2) : new Uint16Array(new Uint8Array(frequencies).buffer),
  };
  if (!tokenArraysAgree(arrays)) return { kind: 'rebuild', reason: 'the snapshot is corrupt (token arrays of different lengths)' };
  const shard: IndexShard = { articles, stems: structure.stems, surfaces: structure.surfaces, ...arrays };
  const skipped = (header.skipped ?? []).map((entry) => ({ ...entry, file: join(folder, entry.file) }));
  return { kind: 'loaded', index: new PassageIndex([shard], new Set(), undefined, postings), skipped };
}

/**
 * A paragraph whose text is decoded from the snapshot's bytes when first read: a question reads a
 * few paragraphs, and decoding all of them (50 MB at 100,000 passages) would double the start.
 */
class LazyParagraph {
  private decoded: string | undefined;

  constructor(readonly number: number, private readonly bytes: Buffer, private readonly from: number, private readonly to: number) {}

  get text(): string {
    this.decoded ??= this.bytes.toString('utf8', this.from, this.to);
    return this.decoded;
  }
}

/** How the files differ from the snapshot's, in words, or undefined when they are the same. */
function differences(files: Header['files'], folder: string, stamps: FileStamps): string | undefined {
  const current = new Map([...stamps].map(([path, stamp]) => [relative(folder, path), stamp]));
  for (const [name, size, mtimeMs] of files) {
    const stamp = current.get(name);
    if (!stamp) return `${name} was removed`;
    if (stamp.size !== size || stamp.mtimeMs !== mtimeMs) return `${name} changed`;
  }
  if (current.size !== files.length) {
    const known = new Set(files.map(([name]) => name));
    return `${[...current.keys()].find((name) => !known.has(name)) ?? 'a file'} was added`;
  }
  return undefined;
}

/** Whether the token arrays, read apart, have one entry per token each. */
function tokenArraysAgree(arrays: Record<(typeof ARRAYS)[number], Int32Array>): boolean {
  const tokens = arrays.tokenTerms.length;
  return [arrays.tokenPositions, arrays.tokenSurfaces, arrays.tokenSentences].every((array) => array.length === tokens);
}

function align(length: number): number {
  return Math.ceil(length / 8) * 8;
}

let build: string | undefined;
/**
 * Which build of the analysis this is: a hash of the code that reads articles and turns them
 * into the index (and of the project's version), so that a snapshot made by other code is never read.
 */
export function analysisBuild(): string {
  if (build) return build;
  const here = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const folder of ['../text', '../articles', '../language', '.']) {
    const path = join(here, folder);
    for (const name of readdirSync(path).sort()) {
      if (/\.(js|ts)$/.test(name)) hash.update(name).update(readFileSync(join(path, name)));
    }
  }
  hash.update(readFileSync(join(projectFolder('locales'), '..', 'package.json')));
  build = hash.digest('hex').slice(0, 16);
  return build;
}
