import { describe, expect, it } from 'vitest';
import { readArticleText } from '../../src/articles/read-article-text.js';
import { turnsWhile } from '../helpers.js';

/** A long, shallow news page: about 4 MB, three seconds of parsing. */
const LONG_PAGE = `<html><head><title>Harbour log</title></head><body><article><h1>Harbour log</h1>${'<p>The lighthouse keeper counted the boats that came into the harbour every morning, and wrote their names in a book the town still keeps.</p>\n'.repeat(
  28_000,
)}<p>The keeper counted 4,812 boats in his last year.</p></article></body></html>`;

describe('reading an article from its text', () => {
  it('reads a long page on another thread: this one goes on running meanwhile', async () => {
    const reading = readArticleText('harbour-log', '/tmp/harbour-log.html', LONG_PAGE);
    const turns = await turnsWhile(reading);
    const article = await reading;
    expect('reason' in article ? article : article.title).toBe('Harbour log');
    expect('paragraphs' in article && article.paragraphs.at(-1)?.text).toMatch(
      /The keeper counted 4,812 boats in his last year\.$/,
    );
    expect(turns).toBeGreaterThan(1);
  }, 30_000);

  it('gives up on a text that takes longer than its time limit, with the reason', async () => {
    expect(await readArticleText('harbour-log', '/tmp/harbour-log.html', LONG_PAGE, 50)).toEqual({
      reason: 'too-slow',
      seconds: 0.05,
    });
  }, 30_000);

  it('reads a short text on this thread, as the loader does', async () => {
    const article = await readArticleText('note', '/tmp/note.txt', 'A note\n\nThe harbour opens at six.');
    expect('paragraphs' in article && article.paragraphs.map((p) => p.text)).toEqual(['The harbour opens at six.']);
  });
});
