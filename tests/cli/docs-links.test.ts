import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { DOCS } from './docs.js';

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

describe('the documentation', () => {
  it('has a README a newcomer can read through: at most 170 lines', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(170);
  });

  it.each(DOCS)('%s: every relative link leads to a file, and every anchor to a heading of it', (doc) => {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      const [path, anchor] = target!.split('#');
      const file = path ? join(ROOT, dirname(doc), path) : join(ROOT, doc);
      expect(existsSync(file), `${doc}: ${target}`).toBe(true);
      if (anchor) {
        const headings = [...readFileSync(file, 'utf8').matchAll(/^#+ (.+)$/gm)].map(([, heading]) =>
          anchorOf(heading!),
        );
        expect(headings, `${doc}: ${target}`).toContain(anchor);
      }
    }
  });
});
