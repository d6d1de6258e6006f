import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { DiscordSettings } from '../config/settings.js';
import type { Engine } from '../engine.js';
import type { Logger } from '../logging/logger.js';
import type { BotContext } from './context.js';
import { Conversations } from './conversations.js';
import { handleInteraction } from './interactions.js';
import { handleMessage } from './messages.js';
import { RateLimiter } from './rate-limit.js';

/**
 * Gateway intents: Guilds (slash commands, channels) and GuildMessages (mentions). Message
 * Content is privileged and only needed to read messages that do not mention the bot, so it
 * is asked for only when answer channels are configured.
 */
export function intentsFor(settings: DiscordSettings): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (settings.answerChannelIds.length) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

export function createClient(settings: DiscordSettings): Client {
  const options: ClientOptions = {
    intents: intentsFor(settings),
    // Nobody is ever pinged by what the bot writes, whatever the question or article says.
    allowedMentions: { parse: [], repliedUser: false },
    rest: { api: settings.apiBase },
  };
  return new Client(options);
}

export interface RunningBot {
  readonly client: Client;
  stop(): Promise<void>;
}

/** Logs in, answers until stopped. Resolves once the client is ready. */
export async function startBot(engine: Engine, settings: DiscordSettings, logger: Logger, handleSignals = true): Promise<RunningBot> {
  const client = createClient(settings);
  const context: BotContext = {
    engine,
    conversations: new Conversations(),
    rateLimiter: new RateLimiter(settings.rateLimitCount, settings.rateLimitWindowSeconds * 1000),
    logger,
  };
  const answerChannels = new Set(settings.answerChannelIds);
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, context));
  client.on(Events.MessageCreate, (message) => void handleMessage(message, context, answerChannels));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord client error'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'Gateway session resumed'));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, (c) => {
    logger.info({ user: c.user.tag, guilds: c.guilds.cache.size }, `Discord ready in ${c.guilds.cache.size} guilds`);
    resolve();
  }));
  const stop = async () => {
    await client.destroy();
  };
  if (handleSignals) {
    const onSignal = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'Stopping');
      const force = setTimeout(() => process.exit(1), 5000);
      force.unref();
      void stop().finally(() => process.exit(0));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  await client.login(settings.token);
  await ready;
  return { client, stop };
}
