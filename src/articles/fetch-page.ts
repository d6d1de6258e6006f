import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** Why a page was not fetched. */
export type FetchRefusal =
  | 'scheme' // not http or https
  | 'internal' // the address is loopback, private, link-local or otherwise not on the public internet
  | 'too-large'
  | 'type' // not HTML or plain text
  | 'status' // the server answered with an error
  | 'timeout'
  | 'redirects' // too many
  | 'encoding' // not text in its declared character set
  | 'network'; // no such host, connection refused...

export type FetchedPage =
  | { readonly ok: true; readonly url: string; readonly kind: 'html' | 'text'; readonly text: string }
  | { readonly ok: false; readonly reason: FetchRefusal; readonly detail?: string };

export interface FetchOptions {
  /** Host names fetched even when they resolve to an internal address (a local test server, an intranet). Default none. */
  readonly allowedHosts?: readonly string[];
  /** Largest body read, in bytes. Default 5 MB. */
  readonly maxBytes?: number;
  /** Time for the whole fetch, redirects included, in milliseconds. Default 10 s. */
  readonly timeoutMs?: number;
  /** Redirects followed. Default 5. */
  readonly maxRedirects?: number;
  /**
   * Read the body as text whatever type the server gives it (a file attached on Discord, whose
   * extension says what it is). Default false: only HTML or plain text.
   */
  readonly anyType?: boolean;
}

/** Media types read as a page, and how. */
const KINDS: Readonly<Record<string, 'html' | 'text'>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'text',
};

/** Addresses that are not on the public internet (RFC 6890 and friends): a link must not reach them. */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  // IPv4 mapped into IPv6 (::ffff:a.b.c.d) is judged as IPv4, in isInternalAddress.
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv6');

/** Whether an IP address is internal; an IPv4 address mapped into IPv6 is judged as IPv4. */
export function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return INTERNAL.check(mapped[1]!, 'ipv4');
  const family = isIP(address);
  return family === 0 || INTERNAL.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

class Refused extends Error {
  constructor(
    readonly refusal: FetchRefusal,
    readonly detail?: string,
  ) {
    super(`${refusal}${detail ? `: ${detail}` : ''}`);
  }
}

/**
 * Fetches a web page for an article, safely: http and https only; every address (the first and
 * each redirect's) is checked where the connection is made, so a host that resolves to an
 * internal address is refused even if a redirect or a second DNS answer leads there; a size
 * and a time limit; only HTML or plain text. Never throws: a refusal says why.
 */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  const allowed = new Set((options.allowedHosts ?? []).map((host) => host.toLowerCase()));
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, reason: 'scheme', detail: 'not a web address' };
  }
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await get(url, allowed, deadline);
      const location = response.headers.location;
      if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
        response.resume();
        if (redirects >= (options.maxRedirects ?? 5)) throw new Refused('redirects');
        url = new URL(location, url);
        continue;
      }
      return await readPage(
        url,
        response,
        { maxBytes: options.maxBytes ?? 5 * 1024 * 1024, anyType: options.anyType === true },
        deadline,
      );
    }
  } catch (error) {
    if (error instanceof Refused)
      return { ok: false, reason: error.refusal, ...(error.detail ? { detail: error.detail } : {}) };
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: 'network', detail: code ?? String(error) };
  }
}

/** One request, its connection made only to an address that passes the check. */
function get(url: URL, allowed: ReadonlySet<string>, deadline: number): Promise<IncomingMessage> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return Promise.reject(new Refused('scheme', url.protocol.replace(/:$/, '')));
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const trusted = allowed.has(host);
  // An address written as such is never looked up, so it is checked here; names, at connection.
  if (!trusted && isIP(host) && isInternalAddress(host)) return Promise.reject(new Refused('internal', host));
  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const internal = addresses.find((entry) => isInternalAddress(entry.address));
      if (internal && !trusted)
        return callback(new Refused('internal', `${hostname} is ${internal.address}`) as NodeJS.ErrnoException, '', 0);
      if (lookupOptions.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(new Refused('timeout'));
    const req = request(
      url,
      { method: 'GET', lookup, headers: { accept: 'text/html, text/plain;q=0.9', 'user-agent': 'article-qa-bot' } },
      resolve,
    );
    const timer = setTimeout(() => req.destroy(new Refused('timeout')), remaining);
    req.on('close', () => clearTimeout(timer));
    req.on('error', reject);
    req.end();
  });
}

async function readPage(
  url: URL,
  response: IncomingMessage,
  { maxBytes, anyType }: { maxBytes: number; anyType: boolean },
  deadline: number,
): Promise<FetchedPage> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    response.resume();
    throw new Refused('status', String(status));
  }
  const [mediaType = '', ...parameters] = (response.headers['content-type'] ?? '')
    .split(';')
    .map((part) => part.trim().toLowerCase());
  const kind = KINDS[mediaType] ?? (anyType ? 'text' : undefined);
  if (!kind) {
    response.resume();
    throw new Refused('type', mediaType || 'none given');
  }
  const declared = Number(response.headers['content-length']);
  if (declared > maxBytes) {
    response.destroy();
    throw new Refused('too-large', `${declared} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const timer = setTimeout(() => response.destroy(new Refused('timeout')), Math.max(0, deadline - Date.now()));
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        throw new Refused('too-large', `over ${maxBytes} bytes`);
      }
      chunks.push(chunk);
    }
  } finally {
    clearTimeout(timer);
  }
  const charset =
    parameters
      .find((parameter) => parameter.startsWith('charset='))
      ?.slice('charset='.length)
      .replace(/"/g, '') || 'utf-8';
  try {
    return {
      ok: true,
      url: url.href,
      kind,
      text: new TextDecoder(charset, { fatal: true }).decode(Buffer.concat(chunks)),
    };
  } catch {
    throw new Refused('encoding', charset);
  }
}
