import pino, { type Logger } from 'pino';
import type { LogFormat, LogLevel } from '../config/settings.js';

export type { Logger };

/**
 * Logs go to standard error, never to standard output, which carries answers.
 * Anything that looks like a token is redacted wherever it appears in a log object.
 * `destination` takes the JSON lines instead (tests read what the bot logs).
 */
export function createLogger(
  level: LogLevel = 'info',
  format: LogFormat = 'json',
  destination?: { write(line: string): void },
): Logger {
  const options = {
    level,
    base: undefined,
    redact: {
      paths: ['token', '*.token', 'discord.token', 'headers.authorization', '*.headers.authorization'],
      censor: '[redacted]',
    },
  };
  if (destination) return pino(options, destination);
  if (format === 'pretty') {
    return pino(options, pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: true } }));
  }
  return pino(options, pino.destination({ fd: 2, sync: true }));
}
