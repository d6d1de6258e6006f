import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import { articleFromParts } from './parse.js';
import type { Article } from './article.js';

/**
 * The DOM and Readability are loaded on the first page only: linkedom alone costs some 200 ms to
 * load, which a folder of text files should not pay at start-up.
 */
const require = createRequire(import.meta.url);
let libraries: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | undefined;
function load() {
  libraries ??= {
    parseHTML: (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML,
    Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
  };
  return libraries;
}

/**
 * Deepest element nesting read. Readability's time grows with the square of the depth (250
 * levels 0.4 s, 500 levels 1.2 s, 1,000 levels 8 s, on the main thread); news pages nest some
 * 20 to 40 deep.
 */
export const MAX_HTML_DEPTH = 200;

/** Elements that never hold others, and those whose end tag may be left out (counting them would count paragraphs as depth). */
const NOT_NESTING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'rb',
  'rt',
  'rp',
  'optgroup',
]);

/**
 * How deep a page's elements nest, in one pass over its tags that never looks back (the skipped
 * page may be 5 MB of anything): comments, scripts and styles are stepped over, and a "<" with no
 * ">" after it ends the reading.
 */
export function htmlDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  let at = 0;
  while ((at = html.indexOf('<', at)) !== -1) {
    if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at + 4);
      if (close === -1) break;
      at = close + 3;
      continue;
    }
    const end = html.indexOf('>', at + 1);
    if (end === -1) break;
    const tag = /^(\/?)([a-zA-Z][\w:-]*)/.exec(html.slice(at + 1, Math.min(end, at + 64)));
    at = end + 1;
    if (!tag) continue;
    const [, closing, name] = tag;
    const element = name!.toLowerCase();
    if (!closing && (element === 'script' || element === 'style')) {
      const close = new RegExp(`</${element}\\s*>`, 'gi');
      close.lastIndex = at;
      if (!close.exec(html)) break;
      at = close.lastIndex;
      continue;
    }
    if (NOT_NESTING.has(element) || html[end - 1] === '/') continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/** Elements whose text is one paragraph of the article. */
const BLOCKS = 'p, li, blockquote, pre, h2, h3, h4, h5, h6, figcaption, td';
/** Less text than this is a menu or an error page, not an article. */
const MIN_ARTICLE_CHARACTERS = 100;
/** What a title often carries besides the headline: "Headline | Site", "Site - Headline". */
const TITLE_SEPARATOR = /\s+[|–—-]\s+|\s+::\s+|\s+»\s+/;

/**
 * Reads a news page as an article: Mozilla's Readability finds the article's body (without
 * navigation, ads, scripts or comments); its headline is the title, its blocks the paragraphs,
 * the byline or the site's name the source. Undefined when the page holds no article text.
 */
export function articleFromHtml(id: string, file: string, html: string): Article | undefined {
  const { parseHTML, Readability } = load();
  const { document } = parseHTML(html);
  const headline = text(document.querySelector('h1')?.textContent);
  const metaTitle = text(document.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  if (!parsed?.content || text(parsed.textContent).length < MIN_ARTICLE_CHARACTERS) return undefined;
  const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const byline = text(parsed.byline);
  const paragraphs: string[] = [];
  for (const element of body.querySelectorAll(BLOCKS)) {
    // A block inside another (a paragraph in a quote) is read with its parent.
    if (element.parentElement?.closest(BLOCKS)) continue;
    const block = text(element.textContent);
    if (block && block !== byline && block !== headline) paragraphs.push(block);
  }
  if (paragraphs.length === 0) {
    const whole = text(parsed.textContent);
    if (whole) paragraphs.push(whole);
  }
  const title = bestTitle(text(parsed.title), headline, metaTitle, text(parsed.siteName));
  const source = (byline || text(parsed.siteName)).replace(/^(by|par)\s+/i, '');
  return articleFromParts(id, file, title || paragraphs[0]!.slice(0, 100), paragraphs, source || undefined);
}

/** The headline: the page's h1 or og:title when the document title is it plus the site's name. */
function bestTitle(documentTitle: string, headline: string, metaTitle: string, siteName: string): string {
  for (const candidate of [headline, metaTitle]) {
    if (candidate && (!documentTitle || documentTitle.includes(candidate))) return candidate;
  }
  const parts = documentTitle.split(TITLE_SEPARATOR).filter((part) => part && part !== siteName);
  return parts.length > 1 ? parts.reduce((a, b) => (b.length > a.length ? b : a)) : documentTitle;
}

function text(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}
