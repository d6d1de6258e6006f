import type { DiscordSettings } from '../config/settings.js';
import type { Engine } from '../engine.js';
import type { Logger } from '../logging/logger.js';

export async function startBot(engine: Engine, settings: DiscordSettings, logger: Logger): Promise<void> {
  void engine; void settings; void logger;
  throw new Error('not yet');
}
