/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the local console over the
 * same engine (`start.ts`).
 *
 * Stop signals are listened to before the rest is loaded: loading it takes a few hundred
 * milliseconds, and a signal meanwhile would meet Node's default (status 143).
 */
import { StopSignals } from './cli/stop-signals.js';

const stopSignals = new StopSignals(() => process.exit(0));
const { start } = await import('./start.js');
await start(stopSignals);
