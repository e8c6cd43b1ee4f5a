import robotsParser from 'robots-parser';
import type { RobotsState } from './host-health';

/**
 * What the fetchers cached of an origin's robots.txt (JSON written by the crawler's
 * RobotsPolicy), as the admin view shows it. Unknown shapes read as "unknown", never throw.
 */
export function robotsStateOf(origin: string, cached: string | null, agentToken: string): RobotsState {
  if (!cached) return { state: 'unknown' };
  let file: { state?: unknown; body?: unknown; reason?: unknown };
  try {
    file = JSON.parse(cached) as typeof file;
  } catch {
    return { state: 'unknown' };
  }
  if (file?.state === 'allow-all') return { state: 'allow-all' };
  if (file?.state === 'unavailable') return { state: 'unavailable', reason: String(file.reason ?? 'unreachable') };
  if (file?.state === 'rules' && typeof file.body === 'string') {
    const delay = robotsParser(`${origin}/robots.txt`, file.body).getCrawlDelay(agentToken);
    return { state: 'rules', crawlDelaySeconds: typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? delay : null };
  }
  return { state: 'unknown' };
}

/** Of several origins of one host (ports, schemes), the state that matters most. */
export function mostTelling(states: RobotsState[]): RobotsState {
  const rank = { unavailable: 3, rules: 2, 'allow-all': 1, unknown: 0 } as const;
  return states.reduce<RobotsState>((best, s) => (rank[s.state] > rank[best.state] ? s : best), { state: 'unknown' });
}
