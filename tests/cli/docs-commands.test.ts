import { existsSync, mkdirSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN_SEED, ROOT, SEEDS, tempFolder } from '../helpers.js';
import { DOCS } from './docs.js';
import { runNode } from './run.js';

interface DocCommand {
  readonly doc: string;
  readonly command: string;
  /** The paragraph (or table) the command stands in: where it says what data it needs. */
  readonly paragraph: string;
  /** The doc's first paragraph after its title, which may say it for every command below. */
  readonly intro: string;
}

const SCRIPTS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

/** The shell commands of a doc: lines of its `sh` blocks and its code spans that run npm or node, split at `&&`. */
function docCommands(doc: string): DocCommand[] {
  const text = readFileSync(join(ROOT, doc), 'utf8');
  const paragraphs = text.split(/\n\s*\n/);
  const intro = paragraphs.find((paragraph) => !paragraph.startsWith('#')) ?? '';
  const found: DocCommand[] = [];
  for (const paragraph of paragraphs) {
    const block = /^```sh\n([\s\S]*?)\n```/.exec(paragraph);
    const lines = block ? block[1]!.split('\n').map((line) => line.replace(/\s+#.*$/, '')) : [];
    const spans = [...paragraph.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`]+)`/g)].map(([, span]) =>
      span!.replace(/\s+/g, ' '),
    );
    for (const command of [...lines, ...spans].flatMap((line) => line.split('&&')).map((part) => part.trim()))
      if (/^(?:npm|node) /.test(command)) found.push({ doc, command, paragraph, intro });
  }
  return found;
}

const COMMANDS = DOCS.flatMap(docCommands);

/**
 * Commands this file does not run, and the test or script that does: each names a file that
 * holds the command's entry point or script name.
 */
const RUN_ELSEWHERE: Readonly<Record<string, readonly [file: string, holds: string]>> = {
  'npm ci': ['.ci/run', 'npm ci'],
  'npm test': ['.ci/run', 'npm test'],
  'npm start': ['tests/cli/live-console.test.ts', 'dist/src/main.js'],
  'npm run build': ['package.json', 'npm run -s build'],
  'npm run format': ['package.json', 'format:check'],
  'npm run test:unit': ['package.json', 'vitest run'],
  'npm run deploy-commands': ['tests/discord/process.e2e.test.ts', 'src/discord/deploy-commands.js'],
};

/** Whether a doc says, beside the command or above every command of the doc, that it reads `../shared`, outside the clone. */
function markedAsOutside({ paragraph, intro }: DocCommand): boolean {
  return paragraph.includes('../shared') || intro.includes('../shared');
}

/** How an example of the one-shot command line begins: this file runs each. */
const CONSOLE_EXAMPLE = 'npm run ask -- ';

/** The one-shot command line, named alone or in an example. */
function isConsoleCommand(command: string): boolean {
  return command === 'npm run ask' || command.startsWith(CONSOLE_EXAMPLE);
}

/** Options of `npm run ask` followed by their value. */
const VALUE_OPTIONS = new Set(['--corpus', '--lang', '--summary']);

/** A command line's words, double quotes kept together, as a shell splits them (no expansions). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map(([, quoted, bare]) => quoted ?? bare!);
}

describe('the commands of the docs', () => {
  it('were found: the README, the operations guide and the measurements each hold some', () => {
    for (const doc of ['README.md', 'docs/operations.md', 'docs/measurements.md'])
      expect(COMMANDS.filter((c) => c.doc === doc).length, doc).toBeGreaterThan(0);
  });

  it.each(COMMANDS.map((c) => [`${c.doc}: ${c.command}`, c] as const))(
    '%s: names a script and files that exist, and is run by a test or marked as reading ../shared',
    (_, command) => {
      const words = shellWords(command.command);
      if (words[0] === 'npm' && words[1] === 'run') expect(SCRIPTS, command.command).toHaveProperty([words[2]!]);
      if (words[0] === 'node') {
        const entry = words.slice(1).find((word) => !word.startsWith('-'))!;
        // A built script is compiled from a source of the clone; a file of ../shared is outside it.
        if (entry.startsWith('dist/'))
          expect(existsSync(join(ROOT, entry.slice('dist/'.length).replace(/\.js$/, '.ts'))), entry).toBe(true);
        else expect(entry.startsWith('../shared/'), entry).toBe(true);
      }
      if (command.command.includes('../shared')) {
        expect(markedAsOutside(command), `${command.doc}: ${command.command} does not say it needs ../shared`).toBe(
          true,
        );
        return;
      }
      const base = words.slice(0, words[1] === 'run' ? 3 : 2).join(' ');
      const elsewhere = RUN_ELSEWHERE[base];
      if (elsewhere) {
        const [file, holds] = elsewhere;
        expect(readFileSync(join(ROOT, file), 'utf8'), `${file} runs ${base}`).toContain(holds);
        return;
      }
      expect(isConsoleCommand(command.command) || markedAsOutside(command), command.command).toBe(true);
    },
  );

  it.each(COMMANDS.filter((c) => c.command.startsWith(CONSOLE_EXAMPLE)).map((c) => [c.command] as const))(
    '%s: runs, and prints an answer, a summary, the list or one JSON line per question',
    async (line) => {
      const folder = tempFolder();
      // The docs' placeholders: a file of questions, another articles folder.
      writeFileSync(join(folder, 'questions.txt'), 'Who is Laftit?\nQui est Laftit ?\n');
      const other = join(folder, 'other');
      mkdirSync(other);
      copyFileSync(join(SEEDS, `${EN_SEED}.txt`), join(other, `${EN_SEED}.txt`));
      const words = shellWords(line.slice(CONSOLE_EXAMPLE.length));
      const redirected = words.indexOf('<');
      const args = (redirected < 0 ? words : words.slice(0, redirected)).map((word) =>
        word === 'other/folder' ? other : word,
      );
      const questions = readFileSync(join(folder, 'questions.txt'), 'utf8');
      // With --json and no question, the questions are read from standard input.
      const asksNothing = args.every((word, i) => word.startsWith('-') || VALUE_OPTIONS.has(args[i - 1] ?? ''));
      const readsInput = redirected >= 0 || (args.includes('--json') && asksNothing && !args.includes('--articles'));
      const input = readsInput ? questions : '';
      const run = await runNode('src/cli/ask.js', args, input);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout.trim().length).toBeGreaterThan(0);
      if (args.includes('--json')) {
        const lines = run.stdout.trimEnd().split('\n');
        for (const output of lines) expect(() => JSON.parse(output) as unknown).not.toThrow();
        if (input) expect(lines).toHaveLength(input.trimEnd().split('\n').length);
      }
    },
  );
});
