import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { adapterFor, readHostStats, type HtmlSelectors, type SourceKindName } from '@app/crawler';
import { SourceRepository } from '@app/db';
import { ioredisOf, QueueName, QueueProducer } from '@app/queue';
import { fetchKeyPrefix } from '@app/crawler';
import { judgeHost, type HostHealth } from './host-health';
import { mostTelling, robotsStateOf } from './robots-status';

/** The per-minute counters cover a day; the view shows the last hour. */
const VIEW_MINUTES = 60;
const MAX_HOSTS = 100;
const READ_TIMEOUT_MS = 3000;

function hostOf(url: string | null | undefined): { host: string; origin: string } | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return { host: u.hostname, origin: u.origin };
  } catch {
    return null;
  }
}

/**
 * Health of every host the fetchers talked to recently: request rate, shares of 429/5xx/timeouts,
 * backoff, politeness delay, robots.txt status, last success, and a verdict.
 */
@Injectable()
export class HostHealthService {
  private readonly agentToken: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly producer: QueueProducer,
    private readonly sources: SourceRepository,
  ) {
    this.agentToken = config.CRAWL_USER_AGENT.split(/[\s/]/)[0] || config.CRAWL_USER_AGENT;
  }

  async report(now: number = Date.now()): Promise<HostHealth[]> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer in ${READ_TIMEOUT_MS / 1000} s`)), READ_TIMEOUT_MS);
    });
    try {
      return await Promise.race([this.read(now), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async read(now: number): Promise<HostHealth[]> {
    const redis = await ioredisOf(this.producer.queue(QueueName.Crawl));
    if (redis.status !== 'ready') throw new Error(`Redis connection is ${redis.status}`);
    const prefix = fetchKeyPrefix(this.config);
    const stats = await readHostStats(redis, prefix, { minutes: VIEW_MINUTES, limit: MAX_HOSTS, now });
    if (stats.length === 0) return [];
    const origins = await this.originsByHost(stats.map((s) => s.host));
    const keys = [...origins.values()].flat();
    const cached = keys.length ? await redis.mget(...keys.map((o) => `${prefix}robots:${o}`)) : [];
    const robotsOf = new Map(keys.map((origin, i) => [origin, robotsStateOf(origin, cached[i], this.agentToken)]));
    return stats.map((s) => {
      const robots = mostTelling((origins.get(s.host) ?? []).map((o) => robotsOf.get(o)!));
      const unthrottled = this.config.CRAWL_UNTHROTTLED_HOSTS.includes(s.host);
      const crawlDelay = robots.state === 'rules' ? (robots.crawlDelaySeconds ?? 0) : 0;
      const politenessDelaySeconds = unthrottled ? 0 : Math.max(1 / this.config.CRAWL_HOST_RPS, crawlDelay);
      return judgeHost({ stats: s, robots, politenessDelaySeconds, now });
    });
  }

  /**
   * robots.txt is cached per origin (scheme, host, port) and host statistics per host name: the
   * origins of a host are those its sources start from, else its default http(s) ports.
   */
  private async originsByHost(hosts: string[]): Promise<Map<string, string[]>> {
    const wanted = new Set(hosts);
    const found = new Map<string, Set<string>>(hosts.map((h) => [h, new Set<string>()]));
    for (const source of await this.sources.findAll()) {
      if (source.kind === 'recruiter' || !source.enabled) continue;
      const urls = [source.url, source.baseUrl];
      try {
        const definition = { name: source.name, kind: source.kind as SourceKindName, url: source.url ?? undefined, board: source.board ?? undefined, baseUrl: source.baseUrl ?? undefined, selectors: (source.selectors ?? undefined) as HtmlSelectors | undefined };
        urls.push(...adapterFor(definition.kind).start(definition).map((r) => r.url));
      } catch {
        // A source its adapter refuses starts nowhere; its own URLs still count.
      }
      for (const parsed of urls.map(hostOf)) if (parsed && wanted.has(parsed.host)) found.get(parsed.host)!.add(parsed.origin);
    }
    const out = new Map<string, string[]>();
    for (const [host, origins] of found) {
      const name = host.includes(':') ? `[${host}]` : host;
      out.set(host, origins.size ? [...origins] : [`https://${name}`, `http://${name}`]);
    }
    return out;
  }
}
