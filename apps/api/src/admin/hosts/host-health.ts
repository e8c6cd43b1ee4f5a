import type { HostStats } from '@app/crawler';
import { worseVerdict, type HealthVerdict } from '@app/queue';

export type RobotsState =
  | { state: 'rules'; crawlDelaySeconds: number | null }
  | { state: 'allow-all' }
  | { state: 'unavailable'; reason: string }
  /** Not fetched in the last hour (robots.txt is cached that long). */
  | { state: 'unknown' };

export interface HostHealthInput {
  stats: HostStats;
  robots: RobotsState;
  /** Seconds between two requests to the host: the configured rate or its Crawl-delay, 0 when unthrottled. */
  politenessDelaySeconds: number;
  now: number;
}

export interface HostHealthThresholds {
  windowMinutes: number;
  minRequests: number;
  degradedShare: number;
  failingShare: number;
  /** 429s are the site telling us to slow down: a smaller share already matters. */
  degradedThrottledShare: number;
}

export const DEFAULT_HOST_HEALTH_THRESHOLDS: HostHealthThresholds = {
  windowMinutes: 15,
  minRequests: 5,
  degradedShare: 0.1,
  failingShare: 0.5,
  degradedThrottledShare: 0.05,
};

export interface HostHealth {
  host: string;
  verdict: HealthVerdict;
  reasons: string[];
  /** Average over the window. */
  requestsPerMinute: number;
  requestsInWindow: number;
  /** Shares of the window's requests, 0..1. */
  shares: { throttled: number; serverErrors: number; timeouts: number };
  backoffUntil: string | null;
  politenessDelaySeconds: number;
  robots: RobotsState;
  lastRequestAt: string | null;
  lastSuccessAt: string | null;
  /** Requests per minute over the stats' span, oldest first (minutes without requests left out). */
  minutes: { minute: string; requests: number }[];
  windowMinutes: number;
}

const pct = (share: number) => `${Math.round(share * 100)} %`;

/**
 * The verdict on one crawled host, so an operator sees "this ATS is throttling us" before job
 * seekers notice missing postings. Pure: judged from the fetchers' per-minute counters.
 */
export function judgeHost(input: HostHealthInput, t: HostHealthThresholds = DEFAULT_HOST_HEALTH_THRESHOLDS): HostHealth {
  const { stats, now } = input;
  const since = now - t.windowMinutes * 60_000;
  const recent = stats.minutes.filter((m) => m.minute + 60_000 > since);
  const sum = (pick: (m: (typeof recent)[number]) => number) => recent.reduce((a, m) => a + pick(m), 0);
  const requests = sum((m) => m.requests);
  const share = (n: number) => (requests > 0 ? n / requests : 0);
  const shares = {
    throttled: share(sum((m) => m.counts['429'])),
    serverErrors: share(sum((m) => m.counts['5xx'])),
    timeouts: share(sum((m) => m.counts.timeout + m.counts.network)),
  };

  const findings: { verdict: HealthVerdict; reason: string }[] = [];
  const window = `over ${t.windowMinutes} min`;
  if (requests >= t.minRequests) {
    const grade = (value: number, degradedAt: number, reason: string) => {
      if (value >= t.failingShare) findings.push({ verdict: 'failing', reason });
      else if (value >= degradedAt) findings.push({ verdict: 'degraded', reason });
    };
    grade(shares.throttled, t.degradedThrottledShare, `throttling us: ${pct(shares.throttled)} of requests answered 429 ${window}`);
    grade(shares.serverErrors, t.degradedShare, `${pct(shares.serverErrors)} of requests answered 5xx ${window}`);
    grade(shares.timeouts, t.degradedShare, `${pct(shares.timeouts)} of requests timed out or failed to connect ${window}`);
    const succeeded = stats.lastSuccessAt && stats.lastSuccessAt.getTime() >= since;
    if (!succeeded) findings.push({ verdict: 'failing', reason: `no successful fetch ${window} (${requests} requests)` });
  }
  if (stats.backoffUntil && stats.backoffUntil.getTime() > now) {
    findings.push({ verdict: 'degraded', reason: `backing off for ${Math.ceil((stats.backoffUntil.getTime() - now) / 1000)} s as the site asked (Retry-After)` });
  }
  if (input.robots.state === 'unavailable') {
    findings.push({ verdict: 'degraded', reason: `robots.txt unreachable (${input.robots.reason}): nothing is fetched until it answers` });
  }
  findings.sort((a, b) => (a.verdict === b.verdict ? 0 : a.verdict === 'failing' ? -1 : 1));

  return {
    host: stats.host,
    verdict: findings.reduce<HealthVerdict>((v, f) => worseVerdict(v, f.verdict), 'ok'),
    reasons: findings.map((f) => f.reason),
    requestsPerMinute: Math.round((requests / t.windowMinutes) * 10) / 10,
    requestsInWindow: requests,
    shares,
    backoffUntil: stats.backoffUntil && stats.backoffUntil.getTime() > now ? stats.backoffUntil.toISOString() : null,
    politenessDelaySeconds: input.politenessDelaySeconds,
    robots: input.robots,
    lastRequestAt: stats.lastRequestAt?.toISOString() ?? null,
    lastSuccessAt: stats.lastSuccessAt?.toISOString() ?? null,
    minutes: stats.minutes.map((m) => ({ minute: new Date(m.minute).toISOString(), requests: m.requests })),
    windowMinutes: t.windowMinutes,
  };
}
