import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

// Block Retry-After requests for at most this long: a hostile or broken header must not park
// a host's jobs for days.
const MAX_BLOCK_MS = 60 * 60 * 1000;

/**
 * Per-host politeness shared by every worker through Redis: a request rate (fixed windows of
 * rate-limiter-flexible) and a "blocked until" set when a host answers 429/503 with Retry-After.
 */
export class HostPoliteness {
  private readonly limiters = new Map<string, RateLimiterRedis>();

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  /** Milliseconds the host is still blocked for; 0 when it is not. */
  async blockedForMs(host: string): Promise<number> {
    const ttl = await this.redis.pttl(this.blockKey(host));
    return ttl > 0 ? ttl : 0;
  }

  /** Blocks the host for every worker; a longer existing block is kept. */
  async block(host: string, ms: number): Promise<number> {
    const duration = Math.min(Math.max(Math.ceil(ms), 1), MAX_BLOCK_MS);
    const key = this.blockKey(host);
    const current = await this.redis.pttl(key);
    if (current >= duration) return current;
    await this.redis.set(key, String(Date.now() + duration), 'PX', duration);
    return duration;
  }

  /**
   * Takes one request slot for the host at `rps` requests per second (fractions allowed:
   * 0.1 = one request every 10 s). Returns 0 when a slot was taken, else the milliseconds
   * until one frees up.
   */
  async acquire(host: string, rps: number): Promise<number> {
    try {
      await this.limiterFor(rps).consume(host, 1);
      return 0;
    } catch (err) {
      if (err instanceof RateLimiterRes) return Math.max(1, err.msBeforeNext);
      throw err;
    }
  }

  private limiterFor(rps: number): RateLimiterRedis {
    const { points, duration } = windowFor(rps);
    const id = `${points}/${duration}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      // One key per host whatever the rate, so a rate change (Crawl-delay found) applies at once.
      limiter = new RateLimiterRedis({ storeClient: this.redis, keyPrefix: `${this.keyPrefix}rate`, points, duration });
      this.limiters.set(id, limiter);
    }
    return limiter;
  }

  private blockKey(host: string): string {
    return `${this.keyPrefix}blocked:${host}`;
  }
}

/**
 * rate-limiter-flexible stores windows in whole seconds, so a rate is expressed as `points`
 * requests per `duration` seconds: 3 rps = 3 per 1 s; 0.25 rps (Crawl-delay 4) = 1 per 4 s.
 */
export function windowFor(rps: number): { points: number; duration: number } {
  if (!(rps > 0) || !Number.isFinite(rps)) return { points: 1, duration: 1 };
  if (rps >= 1) return { points: Math.floor(rps), duration: 1 };
  return { points: 1, duration: Math.ceil(1 / rps) };
}
