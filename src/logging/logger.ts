import pino, { type Logger } from 'pino';
import type { LogFormat, LogLevel } from '../config/settings.js';

export type { Logger };

/**
 * Logs go to standard error, never to standard output, which carries answers.
 * Anything that looks like a token is redacted wherever it appears in a log object.
 */
export function createLogger(level: LogLevel = 'info', format: LogFormat = 'json'): Logger {
  const options = {
    level,
    base: undefined,
    redact: { paths: ['token', '*.token', 'discord.token', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
  };
  if (format === 'pretty') {
    return pino(options, pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: true } }));
  }
  return pino(options, pino.destination({ fd: 2, sync: true }));
}
