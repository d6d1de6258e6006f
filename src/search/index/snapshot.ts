import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { Article } from '../../articles/article.js';
import type { FileStamps } from '../../articles/folder-stamps.js';
import type { SkippedFile } from '../../articles/loader.js';
import { projectFolder } from '../../config/project-folder.js';
import { TOKEN_ARRAYS, type IndexShard } from './index-shard.js';
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
const FORMAT = 5;

/** The shard's typed arrays, in the order they are written. */
const SHARD_ARRAYS = ['surfaceTerms', 'titleTerms', 'titleStart', 'passages', 'sentenceSpans'] as const;
const ARRAYS = [...SHARD_ARRAYS, ...TOKEN_ARRAYS] as const;

interface Header {
  readonly format: number;
  readonly build: string;
  readonly folder: string;
  /** [name relative to the folder, size, modification time] of each file the index was read from. */
  readonly files: readonly (readonly [string, number, number])[];
  readonly sections: readonly { readonly name: string; readonly offset: number; readonly bytes: number }[];
  /** CRC-32 of everything after the header, as 8 hexadecimal digits: a fixed length, since the header is written last. */
  readonly crc32: string;
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
  readonly articles: {
    id: string;
    title: string;
    language: Article['language'];
    source?: string;
    file: string;
    paragraphs: number;
  }[];
}

export type SnapshotRead =
  | { readonly kind: 'loaded'; readonly index: PassageIndex; readonly skipped: readonly SkippedFile[] }
  | { readonly kind: 'rebuild'; readonly reason: string };

/** Bytes the writer copies into before each write: it never holds a second copy of the index. */
const WRITE_CHUNK = 4 * 1024 * 1024;

/** A section of the file: its name, its length, and how to put its bytes into the file. */
interface SectionWriter {
  readonly name: string;
  readonly bytes: number;
  put(file: ChunkedFile): Promise<void>;
}

/**
 * The body of a snapshot file, written a chunk at a time through one buffer from `position` on,
 * with the CRC-32 of everything written (padding included).
 */
class ChunkedFile {
  private readonly buffer = Buffer.allocUnsafe(WRITE_CHUNK);
  private used = 0;
  crc = 0;

  constructor(
    private readonly handle: FileHandle,
    private position: number,
  ) {}

  /** Bytes that fit (see `fits`), copied into the buffer now. */
  putNow(bytes: Uint8Array): void {
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  /** Bytes, copied into the buffer (written out each time it fills): `bytes` may be reused at once. */
  async put(bytes: Uint8Array): Promise<void> {
    for (let from = 0; from < bytes.length;) {
      const taken = Math.min(bytes.length - from, WRITE_CHUNK - this.used);
      this.putNow(bytes.subarray(from, from + taken));
      from += taken;
      if (this.used === WRITE_CHUNK) await this.flush();
    }
  }

  /** Whether `bytes` bytes can be put now, without writing first: a loop of small pieces awaits only when not. */
  fits(bytes: number): boolean {
    return bytes <= WRITE_CHUNK - this.used;
  }

  /** A string's UTF-8 bytes encoded straight into the buffer if they surely fit (3 bytes a UTF-16 unit at most); false if not. */
  putTextNow(text: string): boolean {
    if (!this.fits(text.length * 3)) return false;
    this.used += this.buffer.write(text, this.used, 'utf8');
    return true;
  }

  /** A string's UTF-8 bytes, after writing out the buffer if they may not fit; a string bigger than a chunk through a copy. */
  async putText(text: string): Promise<void> {
    if (this.putTextNow(text)) return;
    await this.flush();
    if (!this.putTextNow(text)) await this.put(Buffer.from(text, 'utf8'));
  }

  /** Zeros up to the next 8-byte boundary: sections start aligned, so that arrays are read in place. */
  async pad(): Promise<void> {
    const length = this.position + this.used;
    await this.put(Buffer.alloc(align(length) - length));
  }

  /** Writes out what the buffer holds. Answers go on meanwhile: the write runs on the thread pool. */
  async flush(): Promise<void> {
    this.crc = crc32(this.buffer.subarray(0, this.used), this.crc);
    for (let from = 0; from < this.used;) {
      const { bytesWritten } = await this.handle.write(this.buffer, from, this.used - from, this.position);
      from += bytesWritten;
      this.position += bytesWritten;
    }
    this.used = 0;
  }
}

const asBytes = (array: Int32Array | Uint16Array | Uint8Array) =>
  new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

/** A section of one typed array, put as it is. */
function arraySection(name: string, array: Int32Array | Uint16Array | Uint8Array): SectionWriter {
  return { name, bytes: array.byteLength, put: (file) => file.put(asBytes(array)) };
}

/**
 * Writes the snapshot of an index built from `folder`'s files as `stamps` describe them. Written
 * under a temporary name, flushed, then renamed: a crash leaves the old snapshot or the new one.
 *
 * The paragraphs and token arrays, most of the file, go through one buffer of WRITE_CHUNK bytes
 * (at 100,000 passages a second copy of them cost 220 MB of peak memory at a first start), and
 * the thread answers questions between two writes. What a later update may change (the vocabulary
 * an extending index takes over) is read before the first wait.
 */
export async function writeSnapshot(
  file: string,
  index: PassageIndex,
  folder: string,
  stamps: FileStamps,
  skipped: readonly SkippedFile[],
): Promise<void> {
  const shard = index.asShard();
  // Each step below is tens of milliseconds at 100,000 passages: questions are answered between them.
  const answersMeanwhile = () => new Promise((resolve) => setImmediate(resolve));
  await answersMeanwhile();
  const structure: Structure = {
    stems: shard.stems,
    surfaces: shard.surfaces,
    articles: shard.articles.map((article) => ({
      id: article.id,
      title: article.title,
      language: article.language,
      file: relative(folder, article.file),
      ...(article.source ? { source: article.source } : {}),
      paragraphs: article.paragraphs.length,
    })),
  };
  const structureBytes = Buffer.from(JSON.stringify(structure), 'utf8');
  await answersMeanwhile();
  const paragraphs = shard.articles.flatMap((article) => article.paragraphs);
  const paragraphEnds = new Int32Array(paragraphs.length);
  paragraphs.reduce((end, paragraph, i) => (paragraphEnds[i] = end + Buffer.byteLength(paragraph.text, 'utf8')), 0);
  await answersMeanwhile();
  const sections: SectionWriter[] = [
    arraySection('structure', structureBytes),
    {
      name: 'paragraphText',
      bytes: paragraphEnds.at(-1) ?? 0,
      put: async (out) => {
        for (const paragraph of paragraphs) if (!out.putTextNow(paragraph.text)) await out.putText(paragraph.text);
      },
    },
    arraySection('paragraphEnds', paragraphEnds),
    ...SHARD_ARRAYS.map((name) => arraySection(name, shard[name])),
    ...TOKEN_ARRAYS.map((name): SectionWriter => ({
      name,
      bytes: shard.tokens * 4,
      put: async (out) => {
        for (const run of shard.tokenRuns(name)) {
          if (out.fits(run.byteLength)) out.putNow(asBytes(run));
          else await out.put(asBytes(run));
        }
      },
    })),
    arraySection('postingStart', index.postingStart),
    arraySection('postingPassages', index.postingPassages),
    arraySection('postingFrequencies', index.postingFrequencies),
  ];
  let offset = 0;
  const placed = sections.map(({ name, bytes }) => {
    const section = { name, offset, bytes };
    offset += align(bytes);
    return section;
  });
  // The CRC is known only at the end, when the header is written: its length does not depend on it.
  const start = (crc: number) => {
    const header = Buffer.from(
      JSON.stringify({
        format: FORMAT,
        build: analysisBuild(),
        folder,
        files: [...stamps].map(([path, stamp]) => [relative(folder, path), stamp.size, stamp.mtimeMs] as const),
        sections: placed,
        crc32: crc.toString(16).padStart(8, '0'),
        skipped: skipped.map((entry) => ({ ...entry, file: relative(folder, entry.file) })),
      } satisfies Header),
      'utf8',
    );
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    return Buffer.concat([MAGIC, length, header]);
  };
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.partial`;
  const handle = await open(temporary, 'w');
  // A process that exits meanwhile (a stop signal: the write spans many turns of the event loop)
  // leaves no temporary file behind.
  const removeTemporary = () => rmSync(temporary, { force: true });
  process.once('exit', removeTemporary);
  let isOpen = true;
  try {
    const out = new ChunkedFile(handle, align(start(0).length));
    for (const section of sections) {
      await section.put(out);
      await out.pad();
    }
    await out.flush();
    const header = start(out.crc);
    await handle.write(Buffer.concat([header, Buffer.alloc(align(header.length) - header.length)]), 0, undefined, 0);
    await handle.sync();
    isOpen = false;
    await handle.close();
    await rename(temporary, file);
  } catch (error) {
    if (isOpen) await handle.close();
    await rm(temporary, { force: true });
    throw error;
  } finally {
    process.off('exit', removeTemporary);
  }
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
    await Promise.all(
      Array.from({ length: PARALLEL_READS }, async (_, i) => {
        const end = Math.min(size, (i + 1) * part);
        for (let at = i * part; at < end;) {
          const { bytesRead } = await handle.read(bytes, at, Math.min(end - at, READ_CHUNK), at);
          if (bytesRead === 0) throw new Error('the file ended early');
          at += bytesRead;
        }
      }),
    );
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
    if (!bytes.subarray(0, MAGIC.length).equals(MAGIC))
      return { kind: 'rebuild', reason: 'the snapshot is not one (or of an older format)' };
    const headerLength = bytes.readUInt32LE(MAGIC.length);
    header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as Header;
    bodyStart = align(MAGIC.length + 4 + headerLength);
  } catch {
    return { kind: 'rebuild', reason: 'the snapshot is corrupt (its header cannot be read)' };
  }
  if (header.format !== FORMAT)
    return { kind: 'rebuild', reason: `the snapshot is of format ${header.format}, not ${FORMAT}` };
  if (header.build !== analysisBuild())
    return { kind: 'rebuild', reason: 'the snapshot was made by another version of the analysis' };
  if (header.folder !== folder)
    return { kind: 'rebuild', reason: `the snapshot is of another folder (${header.folder})` };
  const changed = differences(header.files, folder, stamps);
  if (changed) return { kind: 'rebuild', reason: changed };
  const last = header.sections.at(-1);
  if (!last || bodyStart + last.offset + last.bytes > bytes.length)
    return { kind: 'rebuild', reason: 'the snapshot is truncated' };
  // The whole body, token arrays included: one flipped byte anywhere can change answers. Over the
  // 130 MB of token arrays at 100,000 passages it costs what the range check it replaced did.
  const checksum = crc32(bytes.subarray(bodyStart));
  if (checksum.toString(16).padStart(8, '0') !== header.crc32)
    return { kind: 'rebuild', reason: 'the snapshot is corrupt (its checksum differs)' };
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
    id: article.id,
    title: article.title,
    language: article.language,
    file: join(folder, article.file),
    ...(article.source ? { source: article.source } : {}),
    paragraphs: Array.from({ length: article.paragraphs }, (_, i) => {
      const start = paragraph ? ends[paragraph - 1]! : 0;
      return new LazyParagraph(i + 1, text, start, ends[paragraph++]!);
    }),
  }));
  const arrays = Object.fromEntries(ARRAYS.map((name) => [name, int32(name)])) as Record<
    (typeof ARRAYS)[number],
    Int32Array
  >;
  const frequencies = sectionOf('postingFrequencies');
  const postings = {
    start: int32('postingStart'),
    passages: int32('postingPassages'),
    frequencies:
      frequencies.byteOffset % 2 === 0
        ? new Uint16Array(frequencies.buffer, frequencies.byteOffset, frequencies.length / 2)
        : new Uint16Array(new Uint8Array(frequencies).buffer),
  };
  if (!tokenArraysAgree(arrays))
    return { kind: 'rebuild', reason: 'the snapshot is corrupt (token arrays of different lengths)' };
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

  constructor(
    readonly number: number,
    private readonly bytes: Buffer,
    private readonly from: number,
    private readonly to: number,
  ) {}

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

/**
 * What shapes the index, from this module's folder: the code that reads articles and analyses
 * their text (every file below these folders, however deep), and the project's dependencies as
 * installed (the stemmers and stopwords come from them).
 */
const ANALYSIS_FOLDERS = ['../../text', '../../articles', '../../language', '..'];
const ANALYSIS_FILES = ['package.json', 'package-lock.json'];

/**
 * A hash of the source files below `folders` (their paths relative to `root` and their bytes:
 * a file moved into a subfolder counts as a change) and of `files`, when they exist.
 */
export function buildIdentity(root: string, folders: readonly string[], files: readonly string[]): string {
  const hash = createHash('sha256');
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(js|ts|json)$/.test(entry.name))
        hash.update(relative(root, path)).update('\0').update(readFileSync(path));
    }
  };
  for (const folder of folders) walk(resolve(root, folder));
  for (const file of files) {
    const path = resolve(root, file);
    if (existsSync(path)) hash.update(file).update('\0').update(readFileSync(path));
  }
  return hash.digest('hex').slice(0, 16);
}

let build: string | undefined;
/**
 * Which build of the analysis this is (see ANALYSIS_FOLDERS), so that a snapshot made by other
 * code is never read: it is rebuilt, and the log says why.
 */
export function analysisBuild(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const project = resolve(projectFolder('locales'), '..');
  build ??= buildIdentity(
    here,
    ANALYSIS_FOLDERS,
    ANALYSIS_FILES.map((file) => relative(here, join(project, file))),
  );
  return build;
}
