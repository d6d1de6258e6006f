import { detectLanguage } from '../language/detect.js';
import type { Article, Paragraph } from './article.js';

/**
 * A closing agency byline ("LR/MAP", "AFP", "Source : Reuters") names the article's source:
 * short, in capitals or introduced by "Source", with no sentence in it.
 */
const BYLINE =
  /^(?:(?:source|sources)\s*:\s*(?<named>[^.!?]{2,60})|(?<caps>[\p{Lu}\d][\p{Lu}\d .&/-]{0,38}[\p{Lu}\d]))$/iu;
/** Runs of white space that are not already one plain space (replacing every space is slow on big folders). */
const SPACES = /\s{2,}|[^\S ]/g;

/** Characters read to tell an article's language: a few hundred words settle it. */
const LANGUAGE_SAMPLE = 1000;

const CAPS_ONLY = /^[\p{Lu}\d .&/-]+$/u;

/**
 * A copy of a string that holds only its own characters. A title or paragraph cut from the
 * file's text would otherwise keep the whole text alive (V8 shares it), and stay in two bytes a
 * character if any character of the file needs them: at 100,000 paragraphs this halves the heap.
 */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/** The title and the first paragraphs, up to LANGUAGE_SAMPLE characters, without joining the whole article. */
function languageSample(title: string, blocks: readonly string[]): string {
  let sample = title;
  for (const block of blocks) {
    if (sample.length >= LANGUAGE_SAMPLE) break;
    sample += `\n${block}`;
  }
  return sample.slice(0, LANGUAGE_SAMPLE);
}

/**
 * Reads an article's text: the first non-empty line is the title; the rest are paragraphs,
 * separated by blank lines when there are any (lines inside one are joined), otherwise one a line.
 */
export function parseArticle(id: string, file: string, text: string): Article | undefined {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const titleAt = lines.findIndex((line) => line.trim() !== '');
  if (titleAt < 0) return undefined;
  const title = lines[titleAt]!.trim().replace(/^#+\s*/, '');
  const body = lines
    .slice(titleAt + 1)
    .join('\n')
    .trim();
  let blocks = /\n\s*\n/.test(body)
    ? body.split(/\n\s*\n/).map((block) =>
        block
          .split('\n')
          .map((l) => l.trim())
          .join(' '),
      )
    : body.split('\n');
  blocks = blocks.map((block) => block.replace(SPACES, ' ').trim()).filter(Boolean);

  let source: string | undefined;
  const last = blocks.at(-1);
  const byline = last === undefined ? null : BYLINE.exec(last);
  if (byline && (byline.groups?.named || CAPS_ONLY.test(last!))) {
    source = (byline.groups?.named ?? byline.groups?.caps ?? last!).trim();
    blocks = blocks.slice(0, -1);
  }
  return articleFromParts(id, file, title, blocks, source);
}

/**
 * Paragraphs an article keeps at most; past it, neighbouring ones are joined in even groups. A
 * 5 MB file of one-letter lines is 2.6 million paragraphs, whose objects alone stopped answers
 * for seconds while the collector went over them; a long real article has a few hundred.
 */
export const MAX_PARAGRAPHS = 10_000;

/** Blocks joined in even groups of neighbours, so that there are at most MAX_PARAGRAPHS. */
function atMostMaxParagraphs(blocks: readonly string[]): readonly string[] {
  if (blocks.length <= MAX_PARAGRAPHS) return blocks;
  const size = Math.ceil(blocks.length / MAX_PARAGRAPHS);
  return Array.from({ length: Math.ceil(blocks.length / size) }, (_, i) =>
    blocks.slice(i * size, (i + 1) * size).join(' '),
  );
}

/** An article from its title, its paragraphs' text and its source; its language is read from them. */
export function articleFromParts(
  id: string,
  file: string,
  title: string,
  blocks: readonly string[],
  source?: string,
): Article | undefined {
  if (blocks.length === 0) return undefined;
  const paragraphs: Paragraph[] = atMostMaxParagraphs(blocks).map((block, i) => ({
    number: i + 1,
    text: detached(block),
  }));
  const language = detectLanguage(languageSample(title, blocks)).language;
  return { id, title: detached(title), language, paragraphs, file, ...(source ? { source: detached(source) } : {}) };
}
