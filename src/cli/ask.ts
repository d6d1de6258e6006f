import { createInterface } from 'node:readline';
import { translator } from '../i18n/i18n.js';
import { parseArgs, UsageError, type CliArgs } from './args.js';
import { CliReplies } from './replies.js';
import { engineOrExit, loggerFor, settingsOrExit } from './startup.js';

/**
 * `npm run ask -- "question"`: one answer for a person.
 * `npm run ask -- --json`: one JSON line per question read from standard input, in order.
 * `--summary ARTICLE` and `--articles` print a summary or the list of articles.
 */
async function main(): Promise<void> {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${translator('en')('errors.usage')}\n`);
    process.exit(2);
  }
  const settings = settingsOrExit(args.corpus ? { ARTICLES_DIR: args.corpus } : {});
  const logger = loggerFor(settings, 'person');
  const engine = await engineOrExit(settings.articlesDir, logger);
  const replies = new CliReplies(engine);

  if (args.articles) return print(replies.articles(args.language));
  if (args.summary !== undefined) return print(replies.summary(args.summary, args.language));
  if (args.json) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) process.stdout.write(`${JSON.stringify(replies.json(line, args.language))}\n`);
    return;
  }
  if (!args.question.trim()) {
    process.stderr.write(`${translator('en')('errors.usage')}\n`);
    process.exit(2);
  }
  print(replies.ask(args.question, args.language).text);
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

await main();
