import type Redis from 'ioredis';
import robotsParser from 'robots-parser';
import { TransientFetchError } from '../errors';

export interface RobotsVerdict {
  allowed: boolean;
  /** Seconds between requests the site asks of us (robots.txt Crawl-delay). */
  crawlDelaySec?: number;
}

/** What fetching /robots.txt gave: rules, "no robots.txt" (4xx) or "unreachable" (5xx, network). */
export type RobotsFile = { state: 'rules'; body: string } | { state: 'allow-all' } | { state: 'unavailable'; reason: string };

/** Fetches an origin's robots.txt; the fetcher provides it so the same guards apply. */
export type RobotsLoader = (robotsUrl: URL) => Promise<RobotsFile>;

type Robot = ReturnType<typeof robotsParser>;
type Parsed = { file: RobotsFile; robot?: Robot };

const RULES_TTL_SEC = 3600;
// An unreachable robots.txt means "disallow for now" (RFC 9309 §2.3.1.4); ask again soon.
const UNAVAILABLE_TTL_SEC = 60;
const MEMORY_TTL_MS = 60_000;
const MEMORY_MAX_ORIGINS = 1000;
// A site can ask for any Crawl-delay; beyond an hour a crawl could never finish, so cap it.
const MAX_CRAWL_DELAY_SEC = 3600;

/**
 * robots.txt per origin, cached in Redis for every worker (so a site sees one robots.txt fetch
 * an hour, not one per process) and briefly in memory (so a busy crawl does not read Redis
 * and re-parse the file for every page).
 */
export class RobotsPolicy {
  private readonly memory = new Map<string, { expiresAt: number; parsed: Parsed }>();
  private readonly inflight = new Map<string, Promise<Parsed>>();

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    /** The product token robots.txt groups are matched against ("FrontlineBot"). */
    private readonly agentToken: string,
    private readonly load: RobotsLoader,
  ) {}

  /** Throws TransientFetchError while the origin's robots.txt is unreachable. */
  async check(url: URL): Promise<RobotsVerdict> {
    const parsed = await this.parsedFor(url.origin);
    if (parsed.file.state === 'unavailable') {
      throw new TransientFetchError(`robots.txt of ${url.origin} unavailable (${parsed.file.reason})`, url.href);
    }
    if (!parsed.robot) return { allowed: true };
    const allowed = parsed.robot.isAllowed(url.href, this.agentToken) !== false;
    const delay = parsed.robot.getCrawlDelay(this.agentToken);
    const crawlDelaySec =
      typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? Math.min(delay, MAX_CRAWL_DELAY_SEC) : undefined;
    return { allowed, crawlDelaySec };
  }

  private async parsedFor(origin: string): Promise<Parsed> {
    const hit = this.memory.get(origin);
    if (hit && hit.expiresAt > Date.now()) return hit.parsed;
    let pending = this.inflight.get(origin);
    if (!pending) {
      pending = this.readOrLoad(origin).finally(() => this.inflight.delete(origin));
      this.inflight.set(origin, pending);
    }
    const parsed = await pending;
    this.remember(origin, parsed);
    return parsed;
  }

  private async readOrLoad(origin: string): Promise<Parsed> {
    const key = `${this.keyPrefix}robots:${origin}`;
    const cached = await this.redis.get(key);
    let file = cached ? decode(cached) : undefined;
    if (!file) {
      file = await this.load(new URL('/robots.txt', origin));
      const ttl = file.state === 'unavailable' ? UNAVAILABLE_TTL_SEC : RULES_TTL_SEC;
      await this.redis.set(key, JSON.stringify(file), 'EX', ttl);
    }
    const robot = file.state === 'rules' ? robotsParser(`${origin}/robots.txt`, file.body) : undefined;
    return { file, robot };
  }

  private remember(origin: string, parsed: Parsed): void {
    if (parsed.file.state === 'unavailable') return;
    if (this.memory.size >= MEMORY_MAX_ORIGINS) {
      const oldest = this.memory.keys().next().value;
      if (oldest !== undefined) this.memory.delete(oldest);
    }
    this.memory.set(origin, { expiresAt: Date.now() + MEMORY_TTL_MS, parsed });
  }
}

function decode(raw: string): RobotsFile | undefined {
  try {
    const value = JSON.parse(raw) as RobotsFile;
    return value && typeof value === 'object' && 'state' in value ? value : undefined;
  } catch {
    return undefined;
  }
}
