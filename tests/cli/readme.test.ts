import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { runNode } from './run.js';

/** The README's example console session: what is typed (after the prompt "> ") and what is printed. */
function exampleSession(): { typed: string[]; printed: string } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /### Example session \(console\)[\s\S]*?```text\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('The README has no example console session');
  const lines = block.trimEnd().split('\n');
  // npm's own banner comes before the program's first line.
  const session = lines.slice(lines.findIndex((line) => line.startsWith('Discord is not configured')));
  const typed = session.filter((line) => line.startsWith('> ')).map((line) => line.slice(2));
  const printed = session.filter((line) => !line.startsWith('> ')).join('\n');
  return { typed, printed };
}

describe('the README', () => {
  it('shows the console session the program prints today', async () => {
    const { typed, printed } = exampleSession();
    expect(typed.length).toBeGreaterThan(2);
    const run = await runNode('src/main.js', [], `${typed.join('\n')}\n`);
    expect(run.stdout.trimEnd()).toBe(printed);
  });
});
