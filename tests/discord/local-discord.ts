/**
 * A small local Discord for the end-to-end tests: the REST routes the bot uses and a gateway
 * speaking API v10 (HELLO, IDENTIFY, READY, heartbeats and acks, GUILD_CREATE, dispatches,
 * RESUME), on 127.0.0.1. The real discord.js client of the bot runs against it through
 * DISCORD_API_BASE. Every payload the bot sends is checked against Discord's limits; breaches
 * are collected in `violations` for the tests to assert on.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  method: string;
  path: string;
  body: any;
  authorization?: string;
}

const GUILD_ID = '111111111111111111';
const CHANNEL_ID = '222222222222222222';
const ANSWER_CHANNEL_ID = '333333333333333333';
const BOT_ID = '444444444444444444';
const APP_ID = '555555555555555555';
/** A second server, on the other shard when the bot runs as two ((id >> 22) % 2: this one 0, GUILD_ID 1). */
const OTHER_GUILD_ID = '777777777777777770';
const OTHER_CHANNEL_ID = '777777777777777771';
export const IDS = { GUILD_ID, CHANNEL_ID, ANSWER_CHANNEL_ID, BOT_ID, APP_ID, OTHER_GUILD_ID, OTHER_CHANNEL_ID };

/** The shard of `count` that Discord sends a server's events to. */
function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** One gateway session: a shard of the bot, its connection, and the frames sent on it (for RESUME). */
interface Session {
  ws: WebSocket;
  readonly shard: readonly [number, number];
  readonly id: string;
  sequence: number;
  readonly sent: any[];
}

let snowflakeCounter = 0n;
export function snowflake(): string {
  return (1_200_000_000_000_000_000n + ++snowflakeCounter).toString();
}

export interface InteractionOptions {
  locale?: string;
  userId?: string;
  message?: unknown;
  ageMs?: number;
  /** The member's permissions bit set, as a decimal string. Default: every permission. */
  permissions?: string;
  /** The server it happens in. Default: IDS.GUILD_ID. */
  guildId?: string;
}

export class LocalDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly gatewayFrames: any[] = [];
  identifiedIntents = 0;
  /** Never send READY (a gateway that does not answer). */
  holdReady = false;
  /** Close with 4014 (disallowed intents) an IDENTIFY that asks for Message Content. */
  refuseIntents = false;
  /** Channels where the bot lacks Send Messages: posting there answers 403, code 50013. */
  readonly forbiddenChannels = new Set<string>();
  /** The next this many REST calls that send something answer 429, as Discord's rate limit does. */
  rateLimitNext = 0;
  /** When each interaction was created: a callback more than 3 s later answers 404, code 10062. */
  private readonly interactionTimes = new Map<string, number>();
  /** Files attached to interactions, by attachment id. */
  private readonly attachmentFiles = new Map<string, { body: Buffer; contentType: string }>();
  connections = 0;
  resumes = 0;
  private server!: Server;
  private wss!: WebSocketServer;
  /** The connection opened last: what closeGateway and dropConnection act on. */
  private socket?: WebSocket;
  /** The sessions identified, by session id (one per shard). */
  private readonly sessions = new Map<string, Session>();
  private waiters: { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) =>
      this.wss.handleUpgrade(req, socket, head, (ws) => this.connect(ws)),
    );
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async stop(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves with the next request (already received or future) that matches. */
  waitFor(match: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const seen = this.requests.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for a request from the bot')), timeoutMs);
      this.waiters.push({
        match,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  /** Closes the gateway connection with a close code, as Discord does when it ends a session. */
  closeGateway(code: number): void {
    this.socket?.close(code, 'Closed by the local Discord');
  }

  /** Closes the gateway connection abruptly, as Discord does on a network fault. */
  dropConnection(): void {
    this.socket?.terminate();
  }

  /** Sends an event on the session of the shard its server belongs to (the last identified, for one without a server). */
  dispatch(t: string, d: unknown): void {
    const guild =
      (d as { guild_id?: string; id?: string } | null)?.guild_id ??
      (t.startsWith('GUILD_') ? (d as { id?: string }).id : undefined);
    const sessions = [...this.sessions.values()];
    const session =
      (guild === undefined ? undefined : sessions.find((s) => shardOf(guild, s.shard[1]) === s.shard[0])) ??
      sessions.at(-1);
    if (!session) return;
    const frame = { op: 0, t, s: ++session.sequence, d };
    session.sent.push(frame);
    session.ws.send(JSON.stringify(frame));
  }

  // --- what users do -------------------------------------------------------------------

  interaction(type: 2 | 3 | 4, data: unknown, options: InteractionOptions = {}): { id: string; token: string } {
    const id = snowflake();
    // `ageMs`: an interaction that reaches the bot late (a slow gateway), so its 3 s are spent.
    this.interactionTimes.set(id, Date.now() - (options.ageMs ?? 0));
    const token = `interaction-token-${id}`;
    const user = {
      id: options.userId ?? '666666666666666666',
      username: 'asker',
      discriminator: '0',
      global_name: 'Asker',
      avatar: null,
    };
    const guild = options.guildId ?? GUILD_ID;
    const channel = guild === OTHER_GUILD_ID ? OTHER_CHANNEL_ID : CHANNEL_ID;
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: APP_ID,
      type,
      token,
      version: 1,
      data,
      locale: options.locale ?? 'en-US',
      guild_locale: 'en-US',
      guild_id: guild,
      app_permissions: '2147483647',
      context: 0,
      attachment_size_limit: 10485760,
      channel: { id: channel, type: 0 },
      channel_id: channel,
      // The member's permissions in the channel, as Discord computes them: all of them unless a test says otherwise.
      member: {
        user,
        roles: [],
        joined_at: new Date(0).toISOString(),
        permissions: options.permissions ?? '2147483647',
        deaf: false,
        mute: false,
        flags: 0,
      },
      entitlements: [],
      authorizing_integration_owners: { '0': guild },
      ...(options.message ? { message: options.message } : {}),
    });
    return { id, token };
  }

  slash(
    name: string,
    options: { name: string; type?: number; value: string; focused?: boolean }[],
    extra: InteractionOptions = {},
  ) {
    return this.interaction(
      2,
      { id: snowflake(), name, type: 1, options: options.map((o) => ({ type: 3, ...o })) },
      extra,
    );
  }

  /**
   * A subcommand (`/article add`), whose options may include attached files: each is stored here,
   * served at its URL as Discord's CDN would, and described in `resolved.attachments`.
   */
  subcommand(
    name: string,
    sub: string,
    options: { name: string; value: string | number; type?: number }[],
    extra: InteractionOptions & {
      files?: Record<string, { name: string; body: Buffer | string; contentType?: string }>;
    } = {},
  ) {
    const attachments: Record<string, unknown> = {};
    const fileOptions = Object.entries(extra.files ?? {}).map(([option, file]) => {
      const id = snowflake();
      const body = Buffer.from(file.body);
      this.attachmentFiles.set(id, { body, contentType: file.contentType ?? 'text/plain; charset=utf-8' });
      const url = `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(file.name)}`;
      attachments[id] = {
        id,
        filename: file.name,
        size: body.length,
        url,
        proxy_url: url,
        content_type: file.contentType ?? 'text/plain; charset=utf-8',
      };
      return { type: 11, name: option, value: id };
    });
    // A channel option (type 7) comes with the channel itself, as Discord resolves it.
    const channels = Object.fromEntries(
      options
        .filter((o) => o.type === 7)
        .map((o) => [
          o.value,
          {
            id: String(o.value),
            type: 0,
            name: `channel-${o.value}`,
            permissions: '2147483647',
            parent_id: null,
          },
        ]),
    );
    const resolved = {
      ...(fileOptions.length ? { attachments } : {}),
      ...(Object.keys(channels).length ? { channels } : {}),
    };
    const data = {
      id: snowflake(),
      name,
      type: 1,
      options: [{ type: 1, name: sub, options: [...options.map((o) => ({ type: 3, ...o })), ...fileOptions] }],
      ...(Object.keys(resolved).length ? { resolved } : {}),
    };
    return this.interaction(2, data, extra);
  }

  autocomplete(name: string, options: { name: string; value: string; focused?: boolean }[]) {
    return this.interaction(4, { id: snowflake(), name, type: 1, options: options.map((o) => ({ type: 3, ...o })) });
  }

  button(customId: string, message: unknown, extra: { locale?: string; userId?: string } = {}) {
    return this.interaction(3, { custom_id: customId, component_type: 2 }, { ...extra, message });
  }

  message(
    content: string,
    options: { channelId?: string; bot?: boolean; mentionBot?: boolean; authorId?: string } = {},
  ): string {
    const id = snowflake();
    const author = {
      id: options.authorId ?? '777777777777777777',
      username: options.bot ? 'otherbot' : 'reader',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: options.bot ?? false,
    };
    const mentionsBot = options.mentionBot ?? content.includes(`<@${BOT_ID}>`);
    // Without the Message Content intent, Discord blanks content except where the bot is mentioned.
    const canRead = (this.identifiedIntents & (1 << 15)) !== 0 || mentionsBot;
    this.dispatch('MESSAGE_CREATE', {
      id,
      channel_id: options.channelId ?? CHANNEL_ID,
      guild_id: GUILD_ID,
      type: 0,
      content: canRead ? content : '',
      author,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags: 0,
      mentions: mentionsBot
        ? [{ id: BOT_ID, username: 'qa-bot', discriminator: '0', global_name: null, avatar: null, bot: true }]
        : [],
      member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 },
    });
    return id;
  }

  // --- gateway -------------------------------------------------------------------------

  private connect(ws: WebSocket): void {
    this.connections++;
    this.socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 1000 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const frame = JSON.parse(String(raw));
      this.gatewayFrames.push(frame);
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11, s: null, t: null, d: null }));
      else if (frame.op === 2) this.identify(ws, frame.d);
      else if (frame.op === 6) this.resume(ws, frame.d);
    });
  }

  private identify(ws: WebSocket, d: { intents: number; token: string; shard?: [number, number] }): void {
    if (d.token !== 'local-test-token') {
      ws.close(4004, 'Authentication failed');
      return;
    }
    if (this.refuseIntents && (d.intents & (1 << 15)) !== 0) {
      ws.close(4014, 'Disallowed intent(s).');
      return;
    }
    if (this.holdReady) return;
    this.identifiedIntents = d.intents;
    const shard = d.shard ?? [0, 1];
    // A shard identifying again starts a new session in place of its old one.
    for (const [id, old] of this.sessions)
      if (old.shard[0] === shard[0] && old.shard[1] === shard[1]) this.sessions.delete(id);
    const session: Session = {
      ws,
      shard,
      id: `local-session-${shard[0]}-${shard[1]}-${this.connections}`,
      sequence: 0,
      sent: [],
    };
    this.sessions.set(session.id, session);
    const guilds = [GUILD_ID, OTHER_GUILD_ID].filter((guild) => shardOf(guild, shard[1]) === shard[0]);
    // With one shard, only the first server: the tests written for one server see one.
    const served = shard[1] === 1 ? [GUILD_ID] : guilds;
    this.dispatch('READY', {
      v: 10,
      user: { id: BOT_ID, username: 'qa-bot', discriminator: '0', bot: true, avatar: null, global_name: 'QA bot' },
      guilds: served.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
      shard,
      application: { id: APP_ID, flags: 0 },
    });
    for (const guild of served) {
      const channels = guild === GUILD_ID ? [CHANNEL_ID, ANSWER_CHANNEL_ID] : [OTHER_CHANNEL_ID];
      this.dispatch('GUILD_CREATE', {
        id: guild,
        name: guild === GUILD_ID ? 'Local guild' : 'Other guild',
        unavailable: false,
        owner_id: '999999999999999999',
        preferred_locale: 'en-US',
        roles: [
          {
            id: guild,
            name: '@everyone',
            permissions: '0',
            position: 0,
            color: 0,
            hoist: false,
            managed: false,
            mentionable: false,
            flags: 0,
          },
        ],
        channels: channels.map((id, position) => ({
          id,
          type: 0,
          name: `channel-${position}`,
          position,
          permission_overwrites: [],
        })),
        members: [],
        member_count: 2,
        threads: [],
        presences: [],
        voice_states: [],
        emojis: [],
        stickers: [],
        features: [],
      });
    }
  }

  private resume(ws: WebSocket, d: { session_id: string; seq: number }): void {
    this.resumes++;
    const session = this.sessions.get(d.session_id);
    if (!session) {
      ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
      return;
    }
    session.ws = ws;
    for (const frame of session.sent.filter((f) => f.s > d.seq)) ws.send(JSON.stringify(frame));
    ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++session.sequence, d: {} }));
  }

  // --- REST ----------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text && String(req.headers['content-type']).includes('json') ? JSON.parse(text) : text;
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      body,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    };
    this.requests.push(recorded);
    this.waiters = this.waiters.filter((w) => (w.match(recorded) ? (w.resolve(recorded), false) : true));

    const json = (status: number, payload: unknown) => {
      res.writeHead(status, {
        'content-type': 'application/json',
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '4',
        'x-ratelimit-reset': String(Date.now() / 1000 + 1),
        'x-ratelimit-reset-after': '1',
        'x-ratelimit-bucket': 'local',
      });
      res.end(JSON.stringify(payload));
    };
    const method = recorded.method;
    const invalid = (message: string) =>
      json(400, {
        code: 50035,
        message: 'Invalid Form Body',
        errors: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message }] },
      });
    if (method !== 'GET' && this.rateLimitNext > 0) {
      this.rateLimitNext--;
      res.writeHead(429, {
        'content-type': 'application/json',
        'retry-after': '1',
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Date.now() / 1000 + 0.2),
        'x-ratelimit-reset-after': '0.2',
        'x-ratelimit-bucket': 'local',
        'x-ratelimit-scope': 'user',
      });
      return void res.end(JSON.stringify({ message: 'You are being rate limited.', retry_after: 0.2, global: false }));
    }
    const attachment = /^\/attachments\/(\d+)\/[^/]+$/.exec(url.pathname);
    if (method === 'GET' && attachment) {
      const file = this.attachmentFiles.get(attachment[1]!);
      if (!file) return json(404, { code: 0, message: '404: Not Found' });
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.body.length) });
      return void res.end(file.body);
    }
    if (method === 'GET' && path === '/gateway/bot') {
      if (recorded.authorization !== 'Bot local-test-token')
        return json(401, { code: 0, message: '401: Unauthorized' });
      return json(200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    const callback = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(path);
    if (method === 'POST' && callback) {
      if (Date.now() - (this.interactionTimes.get(callback[1]!) ?? 0) > 3000)
        return json(404, { code: 10062, message: 'Unknown interaction' });
      const broken = this.checkCallback(body);
      if (broken) return invalid(broken);
      res.writeHead(204);
      return void res.end();
    }
    if (
      (method === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) ||
      (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path))
    ) {
      const broken = this.checkMessage(body, path);
      if (broken) return invalid(broken);
      return json(200, this.messageObject(CHANNEL_ID, body));
    }
    if (method === 'DELETE' && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) {
      res.writeHead(204);
      return void res.end();
    }
    const channel = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && channel) {
      if (!recorded.authorization?.startsWith('Bot ')) return json(401, { code: 0, message: '401: Unauthorized' });
      if (this.forbiddenChannels.has(channel[1]!)) return json(403, { code: 50013, message: 'Missing Permissions' });
      const broken = this.checkMessage(body, path);
      if (broken) return invalid(broken);
      return json(200, this.messageObject(channel[1]!, body));
    }
    if (method === 'PUT' && /^\/channels\/\d+\/messages\/\d+\/reactions\/[^/]+\/@me$/.test(path)) {
      res.writeHead(204);
      return void res.end();
    }
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      if (!recorded.authorization?.startsWith('Bot ')) return json(401, { code: 0, message: '401: Unauthorized' });
      this.checkCommands(body);
      return json(
        200,
        (body as any[]).map((command) => ({
          ...command,
          id: snowflake(),
          application_id: APP_ID,
          version: snowflake(),
        })),
      );
    }
    json(404, { code: 0, message: `404: Not Found ${method} ${path}` });
  }

  /** A message the bot posted, as a button press carries it: its embeds and components, if any. */
  botMessage(body: { embeds?: unknown[]; components?: unknown[] } = {}, channelId = CHANNEL_ID): unknown {
    return this.messageObject(channelId, body);
  }

  private messageObject(channelId: string, body: any): unknown {
    return {
      id: snowflake(),
      channel_id: channelId,
      type: 0,
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      author: { id: BOT_ID, username: 'qa-bot', discriminator: '0', bot: true, avatar: null, global_name: null },
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      flags: body?.flags ?? 0,
    };
  }

  // --- Discord's limits ------------------------------------------------------------------

  private violation(message: string): void {
    this.violations.push(message);
  }

  /** Records what breaks Discord's limits; returns the first breach (Discord then answers 400), if any. */
  private checkCallback(body: any): string | undefined {
    const before = this.violations.length;
    if (body?.type === 8) {
      const choices = body.data?.choices ?? [];
      if (choices.length > 25) this.violation(`autocomplete: ${choices.length} choices`);
      for (const c of choices)
        if (!c.name || c.name.length > 100 || String(c.value).length > 100)
          this.violation(`autocomplete choice ${JSON.stringify(c)}`);
    } else if (body?.type === 4 || body?.type === 7) this.checkMessage(body.data ?? {}, 'callback');
    return this.violations[before];
  }

  private checkMessage(body: any, where: string): string | undefined {
    const before = this.violations.length;
    this.checkMessageLimits(body, where);
    return this.violations[before];
  }

  private checkMessageLimits(body: any, where: string): void {
    const v = (m: string) => this.violation(`${where}: ${m}`);
    if (!body || typeof body !== 'object') return v('no JSON body');
    if (
      !body.allowed_mentions ||
      !Array.isArray(body.allowed_mentions.parse) ||
      body.allowed_mentions.parse.length !== 0
    )
      v(`allowed_mentions not silenced: ${JSON.stringify(body.allowed_mentions)}`);
    if (typeof body.content === 'string' && body.content.length > 2000) v(`content ${body.content.length}`);
    const embeds: any[] = body.embeds ?? [];
    if (embeds.length > 10) v(`${embeds.length} embeds`);
    let total = 0;
    for (const e of embeds) {
      const len = (s: unknown) => (typeof s === 'string' ? s.trim().length : 0);
      if (len(e.title) > 256) v(`title ${len(e.title)}`);
      if (len(e.description) > 4096) v(`description ${len(e.description)}`);
      if ((e.fields ?? []).length > 25) v(`${e.fields.length} fields`);
      for (const f of e.fields ?? []) {
        if (!len(f.name) || len(f.name) > 256) v(`field name ${len(f.name)}`);
        if (!len(f.value) || len(f.value) > 1024) v(`field value ${len(f.value)}`);
        total += len(f.name) + len(f.value);
      }
      if (len(e.footer?.text) > 2048) v(`footer ${len(e.footer?.text)}`);
      total += len(e.title) + len(e.description) + len(e.footer?.text) + len(e.author?.name);
    }
    if (total > 6000) v(`embeds total ${total}`);
    for (const row of body.components ?? []) {
      if ((row.components ?? []).length > 5) v('more than 5 buttons in a row');
      for (const c of row.components ?? []) {
        if (c.custom_id && c.custom_id.length > 100) v(`custom_id ${c.custom_id.length}`);
        if (c.label && c.label.length > 80) v(`label ${c.label.length}`);
      }
    }
  }

  private checkCommands(body: any[]): void {
    const name = /^[-_\p{L}\p{N}]{1,32}$/u;
    const check = (item: any, where: string) => {
      if (!name.test(item.name) || item.name !== item.name.toLowerCase()) this.violation(`${where}: name ${item.name}`);
      if (item.description !== undefined && (!item.description || item.description.length > 100))
        this.violation(`${where}: description`);
      for (const [locale, value] of Object.entries(item.name_localizations ?? {}))
        if (!name.test(String(value)) || String(value) !== String(value).toLowerCase())
          this.violation(`${where}: ${locale} name ${value}`);
      for (const value of Object.values(item.description_localizations ?? {}))
        if (!value || String(value).length > 100) this.violation(`${where}: localized description`);
      if ((item.choices ?? []).length > 25) this.violation(`${where}: choices`);
      if (item.autocomplete && item.choices?.length) this.violation(`${where}: autocomplete with choices`);
      for (const choice of item.choices ?? [])
        if (!choice.name || choice.name.length > 100) this.violation(`${where}: choice name`);
    };
    for (const command of body) {
      check(command, command.name);
      if ((command.options ?? []).length > 25) this.violation(`${command.name}: options`);
      for (const option of command.options ?? []) {
        check(option, `${command.name}.${option.name}`);
        // A subcommand's own options.
        for (const inner of option.options ?? []) check(inner, `${command.name}.${option.name}.${inner.name}`);
      }
    }
  }
}
