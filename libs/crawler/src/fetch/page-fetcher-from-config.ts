import type Redis from 'ioredis';
import type { AppConfig } from '@app/config';
import { PageFetcher } from './page-fetcher';

/**
 * Where every process keeps the fetcher's shared state (robots.txt, politeness, validators, host
 * statistics) in Redis. The queue prefix's hash tag keeps it in one Redis Cluster slot.
 */
export function fetchKeyPrefix(config: Pick<AppConfig, 'QUEUE_PREFIX'>): string {
  return `${config.QUEUE_PREFIX}:fetch:`;
}

/** A PageFetcher as configured; workers and the admin's sample fetch share its state. */
export function pageFetcherFromConfig(config: AppConfig, redis: Redis): PageFetcher {
  return new PageFetcher({
    userAgent: config.CRAWL_USER_AGENT,
    contactUrl: config.CRAWL_CONTACT_URL,
    maxBytes: config.CRAWL_MAX_PAGE_BYTES,
    timeoutMs: config.CRAWL_TIMEOUT_MS,
    maxRedirects: config.CRAWL_MAX_REDIRECTS,
    allowedHosts: config.CRAWL_ALLOWED_HOSTS,
    hostRps: config.CRAWL_HOST_RPS,
    redis,
    keyPrefix: fetchKeyPrefix(config),
  });
}
