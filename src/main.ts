import { ConsoleSession } from './cli/console.js';
import { engineOrExit, loggerFor, settingsOrExit } from './cli/startup.js';
import { translator } from './i18n/i18n.js';

/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the local console
 * over the same engine.
 */
const settings = settingsOrExit();
const logger = loggerFor(settings);
const engine = await engineOrExit(settings.articlesDir, logger);

if (settings.discord) {
  const { startBot } = await import('./discord/bot.js');
  await startBot(engine, settings.discord, logger);
} else {
  process.stdout.write(`${translator('en')('console.noDiscord')}\n`);
  await new ConsoleSession(engine).run();
}
