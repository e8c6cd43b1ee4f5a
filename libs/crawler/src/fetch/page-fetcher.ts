import type { IncomingMessage } from 'node:http';
import type Redis from 'ioredis';
import { PermanentFetchError, RobotsDisallowedError, TransientFetchError } from '../errors';
import type { FetchedPage, PageRequest } from '../source-adapter';
import { AddressGuard, type LookupAll, type ResolvedAddress } from './address-guard';
import { decodeBody } from './decode-body';
import { HostPoliteness } from './host-politeness';
import { HostStatsRecorder, type FetchResultClass } from './host-stats';
import { HttpTransport, readBody, transportError } from './http-transport';
import { parseRetryAfter } from './retry-after';
import { RobotsPolicy, type RobotsFile } from './robots-policy';
import { conditionalHeaders, ValidatorStore } from './validator-store';

export interface PageFetcherOptions {
  /** Product token and version, e.g. "FrontlineBot/0.1"; robots.txt groups match its token. */
  userAgent: string;
  /** Where site owners learn who we are; sent in the User-Agent. */
  contactUrl: string;
  maxBytes: number;
  /** Whole fetch, redirects and body included. */
  timeoutMs: number;
  maxRedirects: number;
  /** Host names or IPs that may be private or loopback (CRAWL_ALLOWED_HOSTS). */
  allowedHosts: string[];
  /** Requests per second per host, across all processes sharing `redis`. */
  hostRps: number;
  redis: Redis;
  /**
   * Prefix of every Redis key the fetcher writes, e.g. "{frontline}:fetch:". With a hash tag in
   * it, all keys share one slot, which the multi-key pipelines need on a Redis Cluster.
   */
  keyPrefix: string;
  /** Replaces DNS (tests); the default is the system resolver, all addresses. */
  lookup?: LookupAll;
}

export interface FetchPageOptions {
  /** false skips the per-host rate (benchmarks against our own servers). Default true. */
  politeness?: boolean;
  /** false skips If-None-Match / If-Modified-Since, forcing a full page. Default true. */
  conditional?: boolean;
}

export type FetchOutcome =
  | { kind: 'page'; page: FetchedPage }
  | { kind: 'not-modified' }
  /** The host may not be asked yet: re-schedule the job this much later. */
  | { kind: 'delay'; ms: number };

const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// Crawlers read at least the first 500 KiB of robots.txt (RFC 9309 §2.5); the rest is ignored.
const ROBOTS_MAX_BYTES = 512 * 1024;
const ROBOTS_MAX_REDIRECTS = 5;
const BINARY_TYPES = /^(image|audio|video|font)\//i;

/**
 * Fetches one page the polite and safe way: only http(s) to public addresses (or allowed ones),
 * robots.txt obeyed, a shared per-host rate, conditional GET, bounded size and time. The error
 * class thrown decides whether the job is retried (see errors.ts).
 *
 * Politeness is per host name, whatever the port or scheme (one machine, one budget); robots.txt
 * is per origin, as RFC 9309 says. A host blocked by Retry-After is waited for even with
 * `politeness: false`: the server asked.
 */
export class PageFetcher {
  private readonly transport = new HttpTransport();
  private readonly guard: AddressGuard;
  private readonly robots: RobotsPolicy;
  private readonly politeness: HostPoliteness;
  private readonly validators: ValidatorStore;
  private readonly stats: HostStatsRecorder;
  private readonly baseHeaders: Record<string, string>;

  constructor(private readonly options: PageFetcherOptions) {
    const { redis, keyPrefix } = options;
    this.guard = new AddressGuard(options.allowedHosts, options.lookup);
    const agentToken = options.userAgent.split(/[\s/]/)[0] || options.userAgent;
    this.robots = new RobotsPolicy(redis, keyPrefix, agentToken, (url) => this.loadRobots(url));
    this.politeness = new HostPoliteness(redis, keyPrefix);
    this.validators = new ValidatorStore(redis, keyPrefix);
    this.stats = new HostStatsRecorder(redis, keyPrefix);
    this.baseHeaders = {
      'user-agent': `${options.userAgent} (+${options.contactUrl})`,
      'accept-encoding': 'gzip, deflate, br',
    };
  }

  async fetchPage(request: PageRequest, opts: FetchPageOptions = {}): Promise<FetchOutcome> {
    const url = httpUrl(request.url, request.url);
    const host = hostOf(url);
    const blockedMs = await this.politeness.blockedForMs(host);
    if (blockedMs > 0) return { kind: 'delay', ms: blockedMs };
    // Resolve before robots.txt: a refused host gets no request at all, not even for robots.txt.
    const address = await this.guard.resolve(url);
    const verdict = await this.robots.check(url);
    if (!verdict.allowed) throw new RobotsDisallowedError(url.href);
    if (opts.politeness !== false) {
      const rps = verdict.crawlDelaySec ? Math.min(this.options.hostRps, 1 / verdict.crawlDelaySec) : this.options.hostRps;
      const waitMs = await this.politeness.acquire(host, rps);
      if (waitMs > 0) return { kind: 'delay', ms: waitMs };
    }
    const known = opts.conditional === false ? undefined : await this.validators.get(url.href);
    const headers = { ...this.baseHeaders, accept: request.accept ?? DEFAULT_ACCEPT, ...conditionalHeaders(known) };
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    const { res, finalUrl } = await this.follow(url, address, headers, signal, this.options.maxRedirects, true);
    const status = res.statusCode ?? 0;
    const finalHost = hostOf(finalUrl);

    if (status >= 200 && status < 300) {
      const contentType = String(res.headers['content-type'] ?? '');
      if (BINARY_TYPES.test(contentType)) {
        res.destroy();
        await this.stats.record(finalHost, '2xx');
        throw new PermanentFetchError(`unsupported content type ${contentType}`, url.href, status);
      }
      const body = await this.readFinalBody(res, finalUrl, finalHost, signal);
      const validators = { etag: headerValue(res, 'etag'), lastModified: headerValue(res, 'last-modified') };
      if (validators.etag || validators.lastModified) await this.validators.save(url.href, validators);
      else if (known) await this.validators.forget(url.href);
      const page: FetchedPage = { url: request.url, finalUrl: finalUrl.href, status, contentType, body: decodeBody(body, contentType) };
      return { kind: 'page', page };
    }

    res.destroy();
    await this.stats.record(finalHost, classOf(status));
    if (status === 304) {
      if (known) return { kind: 'not-modified' };
      throw new PermanentFetchError('HTTP 304 to an unconditional request', url.href, status);
    }
    const retryAfterMs = parseRetryAfter(headerValue(res, 'retry-after'));
    if (status === 408 || status === 429 || status >= 500) {
      if ((status === 429 || status === 503) && retryAfterMs) {
        const blockedFor = await this.politeness.block(finalHost, retryAfterMs);
        await this.stats.recordBackoff(finalHost, Date.now() + blockedFor);
      }
      throw new TransientFetchError(`HTTP ${status} from ${finalUrl.href}`, url.href, retryAfterMs);
    }
    throw new PermanentFetchError(`HTTP ${status} from ${finalUrl.href}`, url.href, status);
  }

  /** Forget a URL's ETag / Last-Modified, e.g. when what was fetched could not be stored. */
  forgetValidators(url: string): Promise<void> {
    return this.validators.forget(httpUrl(url, url).href);
  }

  /** Closes idle keep-alive sockets. The Redis connection belongs to the caller. */
  close(): void {
    this.transport.close();
  }

  /**
   * Sends the request, following redirects by hand so that every hop's scheme, address and
   * robots.txt are checked again. Returns the first non-redirect response, body unread.
   */
  private async follow(
    start: URL,
    startAddress: ResolvedAddress,
    headers: Record<string, string>,
    signal: AbortSignal,
    maxRedirects: number,
    checkRobots: boolean,
  ): Promise<{ res: IncomingMessage; finalUrl: URL }> {
    const seen = new Set([start.href]);
    let url = start;
    let address = startAddress;
    for (let hop = 0; ; hop++) {
      const res = await this.sendHop(url, address, headers, signal);
      const location = headerValue(res, 'location');
      if (!REDIRECT_STATUSES.has(res.statusCode ?? 0) || !location) return { res, finalUrl: url };
      res.destroy();
      await this.stats.record(hostOf(url), '3xx');
      if (hop >= maxRedirects) throw new PermanentFetchError(`more than ${maxRedirects} redirects`, start.href);
      const next = httpUrl(safeResolve(location, url, start.href), start.href);
      if (seen.has(next.href)) throw new PermanentFetchError(`redirect loop at ${next.href}`, start.href);
      seen.add(next.href);
      address = await this.guard.resolve(next);
      if (checkRobots && !(await this.robots.check(next)).allowed) throw new RobotsDisallowedError(next.href);
      url = next;
    }
  }

  private async sendHop(url: URL, address: ResolvedAddress, headers: Record<string, string>, signal: AbortSignal) {
    try {
      return await this.transport.send({ url, address, headers, signal });
    } catch (err) {
      const error = transportError(err, url.href, signal, this.options.timeoutMs);
      await this.stats.record(hostOf(url), signal.aborted ? 'timeout' : 'network');
      throw error;
    }
  }

  private async readFinalBody(res: IncomingMessage, url: URL, host: string, signal: AbortSignal): Promise<Buffer> {
    try {
      const body = await readBody(res, url.href, { maxBytes: this.options.maxBytes });
      await this.stats.record(host, '2xx');
      return body;
    } catch (err) {
      const error = transportError(err, url.href, signal, this.options.timeoutMs);
      const result: FetchResultClass = error instanceof TransientFetchError ? (signal.aborted ? 'timeout' : 'network') : '2xx';
      await this.stats.record(host, result);
      throw error;
    }
  }

  private async loadRobots(robotsUrl: URL): Promise<RobotsFile> {
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    const headers = { ...this.baseHeaders, accept: 'text/plain,*/*;q=0.5' };
    try {
      const address = await this.guard.resolve(robotsUrl);
      const { res, finalUrl } = await this.follow(robotsUrl, address, headers, signal, ROBOTS_MAX_REDIRECTS, false);
      const status = res.statusCode ?? 0;
      if (status >= 200 && status < 300) {
        const body = await readBody(res, finalUrl.href, { maxBytes: ROBOTS_MAX_BYTES, truncate: true });
        await this.stats.record(hostOf(finalUrl), '2xx');
        return { state: 'rules', body: decodeBody(body, String(res.headers['content-type'] ?? '')) };
      }
      res.destroy();
      await this.stats.record(hostOf(finalUrl), classOf(status));
      // RFC 9309 §2.3.1: a 4xx means there are no rules; 5xx (and 429) mean "unreachable".
      if (status === 429 || status >= 500) return { state: 'unavailable', reason: `HTTP ${status}` };
      return { state: 'allow-all' };
    } catch (err) {
      const error = transportError(err, robotsUrl.href, signal, this.options.timeoutMs);
      if (error instanceof TransientFetchError) return { state: 'unavailable', reason: error.message };
      // Too many redirects, a loop, a refused target: treated like a missing robots.txt.
      // The page itself still goes through every check.
      return { state: 'allow-all' };
    }
  }
}

function httpUrl(raw: string, requested: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PermanentFetchError(`invalid URL "${raw.slice(0, 200)}"`, requested);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PermanentFetchError(`only http and https URLs are fetched, not ${url.protocol}`, requested);
  }
  url.hash = '';
  return url;
}

function safeResolve(location: string, base: URL, requested: string): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new PermanentFetchError(`invalid redirect Location "${location.slice(0, 200)}"`, requested);
  }
}

function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
}

function headerValue(res: IncomingMessage, name: string): string | undefined {
  const value = res.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function classOf(status: number): FetchResultClass {
  if (status === 429) return '429';
  if (status >= 500) return '5xx';
  if (status >= 400) return '4xx';
  if (status >= 300) return '3xx';
  return '2xx';
}
