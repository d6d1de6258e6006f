import { DiscordjsErrorCodes, GatewayCloseCodes } from 'discord.js';

/** Why the bot cannot run, in one line an operator can act on. */
export class StartupFailure extends Error {
  constructor(
    message: string,
    readonly code?: string | number,
  ) {
    super(message);
    this.name = 'StartupFailure';
  }
}

/** Gateway close codes after which Discord will not take the bot back, and what to do about each. */
const FATAL_CLOSES: ReadonlyMap<number, string> = new Map([
  [
    GatewayCloseCodes.AuthenticationFailed,
    'Discord rejected the token: reset it in the Developer Portal (Bot > Reset Token) and set DISCORD_TOKEN again',
  ],
  [
    GatewayCloseCodes.DisallowedIntents,
    'Discord refused the Message Content intent: switch it on in the Developer Portal (Bot > Privileged Gateway Intents), or remove ANSWER_CHANNEL_IDS',
  ],
  [GatewayCloseCodes.InvalidIntents, 'Discord refused the gateway intents the bot asked for'],
  [
    GatewayCloseCodes.ShardingRequired,
    'Discord requires more shards for this many servers: restart the bot so that it asks Discord for the shard count',
  ],
  [GatewayCloseCodes.InvalidShard, 'Discord refused the shard the bot asked for: restart the bot'],
  [GatewayCloseCodes.InvalidAPIVersion, 'Discord no longer accepts this gateway version: update discord.js'],
]);

/** The failure a gateway close means, if Discord will not let the bot reconnect after it. */
export function fatalClose(code: number): StartupFailure | undefined {
  const message = FATAL_CLOSES.get(code);
  return message ? new StartupFailure(`${message} (gateway close ${code})`, code) : undefined;
}

/** What went wrong when logging in, in words: the token, the network, or what answered. */
export function loginFailure(error: unknown, apiBase: string): StartupFailure {
  if (error instanceof StartupFailure) return error;
  const code = (error as { code?: unknown }).code;
  const status = (error as { status?: unknown }).status;
  if (code === DiscordjsErrorCodes.TokenInvalid || status === 401)
    return new StartupFailure(`${FATAL_CLOSES.get(GatewayCloseCodes.AuthenticationFailed)!} (401 Unauthorized)`, 401);
  if (error instanceof SyntaxError)
    return new StartupFailure(`Discord's answer at ${apiBase} was not JSON: check DISCORD_API_BASE`, 'not-json');
  const cause = (error as { cause?: { code?: unknown } }).cause?.code ?? code;
  if (
    typeof cause === 'string' &&
    /^(?:ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|UND_ERR)/.test(cause)
  ) {
    return new StartupFailure(
      `Discord cannot be reached at ${apiBase} (${cause}): check the network, or DISCORD_API_BASE`,
      cause,
    );
  }
  return new StartupFailure(
    `Logging in to Discord failed: ${error instanceof Error ? error.message : String(error)}`,
    typeof code === 'string' ? code : undefined,
  );
}
