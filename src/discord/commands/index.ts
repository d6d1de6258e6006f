import { articles } from './articles.js';
import { ask } from './ask.js';
import type { SlashCommand } from './command.js';
import { summary } from './summary.js';

export const COMMANDS: readonly SlashCommand[] = [ask, summary, articles];

export function commandNamed(name: string): SlashCommand | undefined {
  return COMMANDS.find((command) => command.data.name === name);
}
