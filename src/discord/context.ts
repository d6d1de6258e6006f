import type { Engine } from '../engine.js';
import type { Logger } from '../logging/logger.js';
import type { Conversations } from './conversations.js';
import type { RateLimiter } from './rate-limit.js';

/** What every Discord handler works with. */
export interface BotContext {
  readonly engine: Engine;
  readonly conversations: Conversations;
  readonly rateLimiter: RateLimiter;
  readonly logger: Logger;
}
