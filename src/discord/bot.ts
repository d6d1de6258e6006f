import { Client, Events, GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { DiscordSettings } from '../config/settings.js';
import type { Engine } from '../engine.js';
import type { Logger } from '../logging/logger.js';
import type { BotContext } from './context.js';
import { handleInteraction } from './interactions.js';
import { handleMessage } from './messages.js';
import { Recorder } from '../storage/recorder.js';
import type { SharedArticles } from '../storage/shared-articles.js';
import { RateLimiter } from './rate-limit.js';
import { fatalClose, loginFailure, StartupFailure } from './startup-failure.js';

/**
 * Gateway intents: Guilds (slash commands, channels) and GuildMessages (mentions). Message
 * Content is privileged and only needed to read messages that do not mention the bot, so it
 * is asked for only when answer channels are configured, or MESSAGE_CONTENT_INTENT says so (for
 * answer channels that servers set with /settings).
 */
export function intentsFor(settings: DiscordSettings): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (settings.messageContent) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

export function createClient(settings: DiscordSettings): Client {
  const options: ClientOptions = {
    intents: intentsFor(settings),
    // Nobody is ever pinged by what the bot writes, whatever the question or article says.
    allowedMentions: { parse: [], repliedUser: false },
    // A question deleted before its answer is sent still gets the answer, without a reference.
    failIfNotExists: false,
    // As many shards as Discord recommends (one shard stops at 2,500 servers, close 4011), or
    // this process's share of them when the bot runs as several.
    ...(settings.shards
      ? { shards: [...settings.shards.ids], shardCount: settings.shards.count }
      : { shards: 'auto' as const }),
    rest: { api: settings.apiBase },
  };
  return new Client(options);
}

export interface RunningBot {
  readonly client: Client;
  stop(): Promise<void>;
}

/** How long stopping waits for the gateway connection to close. */
const STOP_WAIT_MS = 2000;

/** After this long without "ready", start-up says once that it is still waiting for Discord. */
const WAITING_NOTICE_MS = 5000;

/**
 * Logs in and answers until stopped. Resolves once the client is ready; rejects with a
 * StartupFailure (one line naming the cause and what to do) when Discord refuses the bot, cannot
 * be reached, or does not make it ready within the settings' time. A gateway close after which
 * Discord will not take the bot back, later on, is logged as fatal and ends the process with
 * status 1, so that a supervisor restarts it or shows the failure.
 */
export async function startBot(
  engine: Engine,
  settings: DiscordSettings,
  logger: Logger,
  /** The process's stop signals, which from now on stop the bot; none in tests, which stop it themselves. */
  stopSignals?: { set(stop: (signal: NodeJS.Signals) => void): void },
  recorder = new Recorder(undefined, logger),
  /** Where articles added or removed through Discord are told to other bot processes, if any. */
  sharedArticles?: Pick<SharedArticles, 'publish'>,
): Promise<RunningBot> {
  const client = createClient(settings);
  const context: BotContext = {
    engine,
    rateLimiter: new RateLimiter(
      settings.rateLimitCount,
      settings.rateLimitWindowSeconds * 1000,
      settings.rateLimitBurst,
    ),
    logger,
    channelsWithoutPermission: new Set(),
    fetch: { allowedHosts: settings.fetchAllowedHosts },
    recorder,
    answerChannels: new Set(settings.answerChannelIds),
    readsMessages: settings.messageContent,
    ...(sharedArticles ? { sharedArticles } : {}),
  };
  let stopping = false;
  let isReady = false;
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, context));
  client.on(Events.MessageCreate, (message) => void handleMessage(message, context));
  // A server that removes the bot takes what was kept about it along.
  // (discord.js reports a server's outage as GuildUnavailable, not as this.)
  client.on(Events.GuildDelete, (guild) => {
    void recorder.forgetServer(guild.id);
    logger.info({ guildId: guild.id }, 'Left a server: its settings, questions and votes are deleted');
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord client error'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'Gateway session resumed'));

  // A client still connecting can take long to close its gateway: stopping waits a bounded time.
  const stop = async () => {
    stopping = true;
    await Promise.race([client.destroy(), new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref())]);
  };
  const failed = new Promise<never>((_, reject) => {
    client.on(Events.ShardDisconnect, (event, shard) => {
      if (stopping) return;
      const failure =
        fatalClose(event.code) ??
        new StartupFailure(`Discord closed the gateway for good (close ${event.code})`, event.code);
      if (!isReady) return reject(failure);
      logger.fatal({ shard, code: event.code }, failure.message);
      void stop().finally(() => process.exit(1));
    });
  });
  failed.catch(() => undefined);
  let stopRequested = false;
  stopSignals?.set((signal) => {
    // A second signal while the gateway closes changes nothing: the first stop ends the process.
    if (stopRequested) return;
    stopRequested = true;
    logger.info({ signal }, 'Stopping');
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    void stop().finally(() => process.exit(0));
  });

  const ready = new Promise<void>((resolve) =>
    client.once(Events.ClientReady, (c) => {
      isReady = true;
      logger.info({ user: c.user.tag, guilds: c.guilds.cache.size }, `Discord ready in ${c.guilds.cache.size} guilds`);
      resolve();
    }),
  );
  const waiting = setTimeout(
    () =>
      logger.info({ timeoutSeconds: settings.readyTimeoutSeconds }, 'Still waiting for Discord to make the bot ready'),
    WAITING_NOTICE_MS,
  );
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new StartupFailure(
            `Discord did not make the bot ready within ${settings.readyTimeoutSeconds} s: check the network, DISCORD_API_BASE, or raise DISCORD_READY_TIMEOUT_SECONDS`,
            'ready-timeout',
          ),
        ),
      settings.readyTimeoutSeconds * 1000,
    );
  });
  try {
    await Promise.race([client.login(settings.token).then(() => ready), failed, timeout]);
  } catch (error) {
    await stop().catch(() => undefined);
    throw loginFailure(error, settings.apiBase);
  } finally {
    clearTimeout(waiting);
    clearTimeout(timer);
  }
  return { client, stop };
}
