import type Redis from 'ioredis';

/** How one HTTP exchange with a host ended, as counted in the admin view. */
export type FetchResultClass = '2xx' | '3xx' | '4xx' | '429' | '5xx' | 'timeout' | 'network';

export const FETCH_RESULT_CLASSES: readonly FetchResultClass[] = ['2xx', '3xx', '4xx', '429', '5xx', 'timeout', 'network'];

export interface MinuteStats {
  /** Start of the minute, epoch milliseconds. */
  minute: number;
  requests: number;
  counts: Record<FetchResultClass, number>;
}

export interface HostStats {
  host: string;
  lastRequestAt?: Date;
  lastSuccessAt?: Date;
  /** Set while the host is blocked after a 429/503 with Retry-After. */
  backoffUntil?: Date;
  totals: { requests: number; counts: Record<FetchResultClass, number> };
  /** Oldest first; minutes without requests are left out. */
  minutes: MinuteStats[];
}

const MINUTE_MS = 60_000;
// A day of per-minute buckets per host; the admin view reads the last hour by default.
const BUCKET_TTL_SEC = 24 * 3600;

function keys(prefix: string, host: string) {
  return {
    hosts: `${prefix}host-stats:hosts`,
    host: `${prefix}host-stats:${host}`,
    bucket: (minute: number) => `${prefix}host-stats:${host}:${minute}`,
  };
}

/** Counters per host and minute in Redis, written by every fetcher. */
export class HostStatsRecorder {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  async record(host: string, result: FetchResultClass, at: number = Date.now()): Promise<void> {
    const k = keys(this.keyPrefix, host);
    const bucket = k.bucket(Math.floor(at / MINUTE_MS) * MINUTE_MS);
    const p = this.redis.pipeline();
    p.hincrby(bucket, 'requests', 1);
    p.hincrby(bucket, result, 1);
    p.expire(bucket, BUCKET_TTL_SEC);
    p.hset(k.host, 'lastRequestAt', String(at));
    if (result === '2xx' || result === '3xx') p.hset(k.host, 'lastSuccessAt', String(at));
    p.zadd(k.hosts, at, host);
    await p.exec();
  }

  async recordBackoff(host: string, until: number): Promise<void> {
    await this.redis.hset(keys(this.keyPrefix, host).host, 'backoffUntil', String(until));
  }
}

/** The admin view's read: hosts seen most recently first, with the last `minutes` minutes. */
export async function readHostStats(
  redis: Redis,
  keyPrefix: string,
  options: { minutes?: number; limit?: number; now?: number } = {},
): Promise<HostStats[]> {
  const minutes = Math.min(Math.max(options.minutes ?? 60, 1), 24 * 60);
  const now = options.now ?? Date.now();
  const hosts = await redis.zrevrange(`${keyPrefix}host-stats:hosts`, 0, (options.limit ?? 100) - 1);
  const currentMinute = Math.floor(now / MINUTE_MS) * MINUTE_MS;
  const wanted = Array.from({ length: minutes }, (_, i) => currentMinute - (minutes - 1 - i) * MINUTE_MS);
  const out: HostStats[] = [];
  for (const host of hosts) {
    const k = keys(keyPrefix, host);
    const p = redis.pipeline();
    p.hgetall(k.host);
    for (const minute of wanted) p.hgetall(k.bucket(minute));
    const replies = ((await p.exec()) ?? []).map(([, value]) => (value ?? {}) as Record<string, string>);
    const [meta, ...buckets] = replies;
    const totals = { requests: 0, counts: emptyCounts() };
    const perMinute: MinuteStats[] = [];
    buckets.forEach((bucket, i) => {
      if (!bucket.requests) return;
      const counts = emptyCounts();
      for (const c of FETCH_RESULT_CLASSES) counts[c] = Number(bucket[c] ?? 0);
      const requests = Number(bucket.requests);
      perMinute.push({ minute: wanted[i], requests, counts });
      totals.requests += requests;
      for (const c of FETCH_RESULT_CLASSES) totals.counts[c] += counts[c];
    });
    const backoff = dateOf(meta.backoffUntil);
    out.push({
      host,
      lastRequestAt: dateOf(meta.lastRequestAt),
      lastSuccessAt: dateOf(meta.lastSuccessAt),
      backoffUntil: backoff && backoff.getTime() > now ? backoff : undefined,
      totals,
      minutes: perMinute,
    });
  }
  return out;
}

function emptyCounts(): Record<FetchResultClass, number> {
  return { '2xx': 0, '3xx': 0, '4xx': 0, '429': 0, '5xx': 0, timeout: 0, network: 0 };
}

function dateOf(ms: string | undefined): Date | undefined {
  return ms ? new Date(Number(ms)) : undefined;
}
