import type { FetchOptions } from '../articles/fetch-page.js';
import type { Engine } from '../engine.js';
import type { SharedArticles } from '../storage/shared-articles.js';
import type { Recorder } from '../storage/recorder.js';
import type { Logger } from '../logging/logger.js';
import type { RateLimiter } from './rate-limit.js';

/** What every Discord handler works with. */
export interface BotContext {
  readonly engine: Engine;
  readonly rateLimiter: RateLimiter;
  readonly logger: Logger;
  /** Channels whose missing permissions were already logged: once each is enough. */
  readonly channelsWithoutPermission: Set<string>;
  /** How pages and attached files are fetched for /article add. */
  readonly fetch: FetchOptions;
  /** Each server's settings, its questions and votes. */
  readonly recorder: Recorder;
  /** Answer channels of every server, from ANSWER_CHANNEL_IDS; a server adds its own with /settings. */
  readonly answerChannels: ReadonlySet<string>;
  /** Whether the bot reads messages' content (the Message Content intent), which answer channels need. */
  readonly readsMessages: boolean;
  /** Other bot processes on the same database, told of the articles added or removed here. */
  readonly sharedArticles?: Pick<SharedArticles, 'publish'>;
}
