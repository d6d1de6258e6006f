import { REST, Routes } from 'discord.js';
import { loggerFor, settingsOrExit } from '../cli/startup.js';
import { COMMANDS } from './commands/index.js';

/**
 * `npm run deploy-commands`: registers the slash commands through Discord's REST API, to one
 * guild when DISCORD_GUILD_ID is set (instant, for development), otherwise globally. Run it when
 * the commands change, not on every start.
 */
const settings = settingsOrExit();
const logger = loggerFor(settings);
const discord = settings.discord;
if (!discord?.clientId) {
  process.stderr.write('deploy-commands needs DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example).\n');
  process.exit(2);
}
const rest = new REST({ api: discord.apiBase }).setToken(discord.token);
const body = COMMANDS.map((command) => command.data.toJSON());
const route = discord.guildId
  ? Routes.applicationGuildCommands(discord.clientId, discord.guildId)
  : Routes.applicationCommands(discord.clientId);
try {
  const saved = (await rest.put(route, { body })) as unknown[];
  logger.info(
    { count: saved.length, scope: discord.guildId ? `guild ${discord.guildId}` : 'global' },
    `Registered ${saved.length} commands`,
  );
} catch (error) {
  logger.error({ err: error }, 'Command registration failed');
  process.exit(1);
}
