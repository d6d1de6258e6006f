import { parseLanguageChoice, type LanguageChoice } from '../articles/article.js';

export interface CliArgs {
  readonly json: boolean;
  readonly corpus?: string;
  readonly language: LanguageChoice;
  readonly summary?: string;
  readonly articles: boolean;
  readonly question: string;
}

/** What is wrong with the command line: an unknown option, a missing value, a value not accepted. */
export type UsageProblem = 'unknown-option' | 'missing-value' | 'bad-language';

export class UsageError extends Error {
  constructor(
    readonly problem: UsageProblem,
    readonly option: string,
    readonly value?: string,
  ) {
    super(`${problem}: ${option}${value === undefined ? '' : ` ${value}`}`);
    this.name = 'UsageError';
  }
}

/** Parses `[--json] [--corpus DIR] [--lang fr|en|both|auto] [--summary ARTICLE] [--articles] [question...]`. */
export function parseArgs(argv: readonly string[]): CliArgs {
  let json = false;
  let corpus: string | undefined;
  let language: LanguageChoice = 'auto';
  let summary: string | undefined;
  let articles = false;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError('missing-value', arg);
      return next;
    };
    if (arg === '--json') json = true;
    else if (arg === '--corpus') corpus = value();
    else if (arg === '--lang') {
      const raw = value();
      const choice = parseLanguageChoice(raw);
      if (!choice) throw new UsageError('bad-language', arg, raw);
      language = choice;
    } else if (arg === '--summary') summary = value();
    else if (arg === '--articles') articles = true;
    else if (arg === '--') continue;
    else if (arg.startsWith('--')) throw new UsageError('unknown-option', arg);
    else rest.push(arg);
  }
  return {
    json,
    ...(corpus ? { corpus } : {}),
    language,
    ...(summary !== undefined ? { summary } : {}),
    articles,
    question: rest.join(' '),
  };
}
