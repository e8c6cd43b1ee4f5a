import type { FetchResultClass, HostStats, MinuteStats } from '@app/crawler';
import { judgeHost, type HostHealthInput } from './host-health';

const NOW = Date.UTC(2026, 2, 1, 12, 0, 30);
const MINUTE = 60_000;
const currentMinute = Math.floor(NOW / MINUTE) * MINUTE;

function minute(ago: number, counts: Partial<Record<FetchResultClass, number>>): MinuteStats {
  const full: Record<FetchResultClass, number> = { '2xx': 0, '3xx': 0, '4xx': 0, '429': 0, '5xx': 0, timeout: 0, network: 0, ...counts };
  return { minute: currentMinute - ago * MINUTE, requests: Object.values(full).reduce((a, b) => a + b, 0), counts: full };
}

function input(minutes: MinuteStats[], overrides: Partial<HostStats> = {}, rest: Partial<HostHealthInput> = {}): HostHealthInput {
  const stats: HostStats = {
    host: 'boards.greenhouse.io',
    lastRequestAt: new Date(NOW - 5000),
    lastSuccessAt: new Date(NOW - 5000),
    totals: { requests: 0, counts: minutes[0]?.counts ?? minute(0, {}).counts },
    minutes,
    ...overrides,
  };
  return { stats, robots: { state: 'allow-all' }, politenessDelaySeconds: 1, now: NOW, ...rest };
}

describe('judgeHost', () => {
  it('is ok for a host that answers', () => {
    const h = judgeHost(input([minute(3, { '2xx': 30 }), minute(1, { '2xx': 29, '4xx': 1 })]));
    expect(h).toMatchObject({ verdict: 'ok', reasons: [], requestsInWindow: 60, requestsPerMinute: 4 });
    expect(h.shares).toEqual({ throttled: 0, serverErrors: 0, timeouts: 0 });
  });

  it('says when a host is throttling us', () => {
    const h = judgeHost(input([minute(2, { '2xx': 13, '429': 7 })]));
    expect(h.verdict).toBe('degraded');
    expect(h.reasons).toEqual(['throttling us: 35 % of requests answered 429 over 15 min']);
    expect(h.shares.throttled).toBeCloseTo(0.35);
  });

  it('fails a host that mostly errors, and one with no success at all', () => {
    expect(judgeHost(input([minute(1, { '2xx': 4, '5xx': 6 })])).reasons).toEqual(['60 % of requests answered 5xx over 15 min']);
    const down = judgeHost(input([minute(1, { timeout: 8 })], { lastSuccessAt: new Date(NOW - 3600_000) }));
    expect(down.verdict).toBe('failing');
    expect(down.reasons).toEqual(['100 % of requests timed out or failed to connect over 15 min', 'no successful fetch over 15 min (8 requests)']);
  });

  it('ignores minutes before the window', () => {
    expect(judgeHost(input([minute(40, { '5xx': 50 }), minute(1, { '2xx': 10 })])).verdict).toBe('ok');
  });

  it('does not judge shares from a handful of requests', () => {
    expect(judgeHost(input([minute(1, { '5xx': 2, '2xx': 1 })])).verdict).toBe('ok');
  });

  it('reports a current backoff and an unreachable robots.txt', () => {
    const h = judgeHost(
      input([minute(1, { '2xx': 1 })], { backoffUntil: new Date(NOW + 90_000) }, { robots: { state: 'unavailable', reason: 'HTTP 503' } }),
    );
    expect(h.verdict).toBe('degraded');
    expect(h.backoffUntil).toBe(new Date(NOW + 90_000).toISOString());
    expect(h.reasons).toEqual(['backing off for 90 s as the site asked (Retry-After)', 'robots.txt unreachable (HTTP 503): nothing is fetched until it answers']);
  });
});
