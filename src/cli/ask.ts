import v8 from 'node:v8';
import { DEFAULT_LANGUAGE } from '../language/registry.js';
import { runInNewContext } from 'node:vm';
import { translator } from '../i18n/i18n.js';
import { parseArgs, UsageError, type CliArgs } from './args.js';
import { linesOf, writeWithBackpressure } from './lines.js';
import { BOLD_MARKS, mayStyle, onTerminal, printable } from './printable.js';
import { CliReplies } from './replies.js';
import { engineOrExit, loggerFor, settingsOrExit } from './startup.js';

/**
 * `npm run ask -- "question"`: one answer for a person.
 * `npm run ask -- --json`: one JSON line per question read from standard input, in order; with a
 * question as argument, that question's JSON line.
 * `--summary ARTICLE` and `--articles` print a summary or the list of articles (as JSON with `--json`).
 */
async function main(): Promise<void> {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const t = translator(DEFAULT_LANGUAGE);
    usage(t(`errors.usageProblem.${error.problem}`, { option: error.option, value: error.value }));
  }
  const settings = settingsOrExit(args.corpus ? { ARTICLES_DIR: args.corpus } : {});
  const logger = loggerFor(settings, 'person');
  const engine = await engineOrExit(settings.articlesDir, logger, settings);
  const replies = new CliReplies(engine);

  if (args.articles)
    return args.json ? print(jsonLine(replies.articlesJson())) : print(printable(replies.articles(args.language)));
  if (args.summary !== undefined)
    return args.json
      ? print(jsonLine(replies.summaryJson(args.summary)))
      : print(printable(replies.summary(args.summary, args.language)));
  if (args.json) {
    if (args.question.trim()) return print(jsonLine(replies.json(args.question, args.language)));
    const collect = garbageCollector();
    let answered = 0;
    for await (const line of linesOf(process.stdin)) {
      await writeWithBackpressure(process.stdout, `${jsonLine(replies.json(line, args.language))}\n`);
      if (++answered % COLLECT_EVERY === 0) collect();
    }
    return;
  }
  if (!args.question.trim()) usage();
  print(onTerminal(replies.ask(args.question, args.language, BOLD_MARKS).text, mayStyle(process.stdout)));
}

/**
 * One JSON line. Control characters are escaped by JSON itself; the bidirectional controls are
 * escaped too, so that the line shows in a terminal as it is.
 */
function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/**
 * Answers between two garbage collections in a stream of questions. V8 lets the garbage of
 * answers (their text, rendered twice) pile up to some 200 MB before it collects it; collecting
 * it every few thousand answers keeps memory flat (under 300 MB for 50,000 questions over wikiqa,
 * against 360 MB) for about 1% of the time.
 */
const COLLECT_EVERY = 2500;

/** A full garbage collection, reached without the --expose-gc flag the command is not started with. */
function garbageCollector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Prints what is wrong (if anything is named) and how to call the command, then exits with status 2. */
function usage(problem?: string): never {
  const t = translator(DEFAULT_LANGUAGE);
  process.stderr.write(`${problem ? `${printable(problem)}\n` : ''}${t('errors.usage')}\n`);
  process.exit(2);
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

// A reader that goes away (`| head`) ends the command quietly, with status 0: nobody is left to tell.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => error.code === 'EPIPE' && process.exit(0));
await main();
