import { createInterface } from 'node:readline';
import { renderReport, reportText } from '../answers/render-report.js';
import type { Engine } from '../engine.js';
import type { Recorder } from '../storage/recorder.js';
import { helpRequestLanguage } from '../language/help-request.js';
import { translator } from '../i18n/i18n.js';
import { fixedLanguage, parseLanguageChoice, type LanguageChoice } from '../articles/article.js';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../language/registry.js';
import { linesOf, writeWithBackpressure } from './lines.js';
import { BOLD_MARKS, mayStyle, onTerminal } from './printable.js';
import { CliReplies } from './replies.js';

/** The console's questions are kept as those of a server of this id. */
const CONSOLE_SERVER = 'console';

/**
 * The local console: the bot's commands typed on standard input, answers on standard output.
 * It is what `npm start` runs when no Discord token is configured.
 */
export class ConsoleSession {
  private readonly replies: CliReplies;
  private language: LanguageChoice = 'auto';
  /** Questions asked in this session, to key each one. */
  private asked = 0;

  constructor(
    private readonly engine: Engine,
    private readonly recorder?: Recorder,
  ) {
    this.replies = new CliReplies(engine);
  }

  /** The reply to one typed line, or undefined for a blank line or /quit. */
  reply(line: string): string | Promise<string> | undefined {
    const text = line.trim();
    if (!text) return undefined;
    const helpLanguage = helpRequestLanguage(text);
    if (helpLanguage) return translator(fixedLanguage(this.language) ?? helpLanguage)('console.help');
    const [, command = '', rest = ''] = /^\/(\S+)\s*([\s\S]*)$/.exec(text) ?? [];
    if (!text.startsWith('/')) return this.ask(text);
    const t = () => translator(fixedLanguage(this.language) ?? this.engine.detect(rest || text).language);
    switch (command.toLowerCase()) {
      case 'ask':
        return this.ask(rest);
      case 'report':
        return this.report(rest.trim() === '30' ? 30 : 7);
      case 'summary':
        return this.replies.summary(rest, this.language);
      case 'articles':
        return this.replies.articles(this.language === 'auto' ? DEFAULT_LANGUAGE : this.language);
      case 'reload':
        return this.replies.reload(this.language);
      case 'lang': {
        const choice = parseLanguageChoice(rest);
        if (!choice && rest.trim()) return t()('console.unknownLanguage', { value: rest.trim().slice(0, 40) });
        if (choice) this.language = choice;
        const shown =
          this.language === 'auto'
            ? t()('console.auto')
            : this.language === 'both'
              ? LANGUAGES.join(' + ')
              : t()(`language.${this.language}`);
        return t()('console.language', { language: shown });
      }
      case 'help':
        return t()('console.help');
      default:
        return t()('console.unknownCommand', { command: `/${command}` });
    }
  }
  private async report(days: 7 | 30): Promise<string> {
    const found = await this.recorder?.report(CONSOLE_SERVER, days);
    const language = fixedLanguage(this.language) ?? DEFAULT_LANGUAGE;
    if (!found) return translator(language)('report.unavailable');
    return renderReport(reportText(found, days, language, (id) => this.engine.catalog.get(id)?.title ?? id));
  }

  /** The answer to a question, recorded like a server's for /report. */
  private ask(question: string): string {
    const { answer, text } = this.replies.ask(question, this.language, BOLD_MARKS);
    this.recorder?.recordAnswer(CONSOLE_SERVER, `console-${Date.now()}-${++this.asked}`, CONSOLE_SERVER, answer);
    return text;
  }

  /**
   * Reads lines until standard input closes or the user types /quit. At a terminal, readline
   * edits the line and shows the prompt; piped, each line ending in "\n" is one question (a "\r"
   * inside it does not split it), and replies wait for a slow reader.
   */
  async run(
    input: NodeJS.ReadableStream = process.stdin,
    output: NodeJS.WritableStream = process.stdout,
  ): Promise<void> {
    const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
    const style = mayStyle(output);
    const prompt = interactive ? createInterface({ input, output, terminal: true, crlfDelay: Infinity }) : undefined;
    prompt?.setPrompt('> ');
    prompt?.prompt();
    for await (const line of prompt ?? linesOf(input)) {
      if (/^\/(quit|exit)\b/i.test(line.trim())) break;
      const reply = await this.reply(line);
      // Nothing typed in, and no file name, may act on the terminal.
      if (reply !== undefined) await writeWithBackpressure(output, `${onTerminal(reply, style)}\n\n`);
      prompt?.prompt();
    }
    prompt?.close();
  }
}
