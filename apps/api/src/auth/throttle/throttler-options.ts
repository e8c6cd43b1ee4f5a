import { createHash } from 'node:crypto';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { AppConfig } from '@app/config';
import { redisOptionsFromUrl } from '@app/queue';
import type { AuthenticatedRequest } from '../principal';

/** Sign-in attempts, counted per client address and account, across the API and web forms. */
export const SIGN_IN_THROTTLER = 'sign-in';
/** Creates, edits and closes of postings, counted per account (API keys included). */
export const POSTING_THROTTLER = 'posting';

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}

function signInTracker(req: AuthenticatedRequest): string {
  const body = req.body as Record<string, unknown> | undefined;
  const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase().slice(0, 254) : '';
  return `${req.ip ?? 'unknown'}|${email}`;
}

function postingTracker(req: AuthenticatedRequest): string {
  return req.principal?.userId ?? `ip|${req.ip ?? 'unknown'}`;
}

/**
 * Counters live in Redis so that the limits hold across every API process. Keys sit under the
 * queue prefix (tests get their own, and it is a Redis Cluster hash tag) and are named by a hash
 * of the tracker: no e-mail address is written to Redis. Keys ignore the route, so the API's and
 * the web page's sign-in share one counter.
 */
export function throttlerOptions(config: AppConfig): ThrottlerModuleOptions {
  const storage = new ThrottlerStorageRedisService({
    ...redisOptionsFromUrl(config.REDIS_URL),
    keyPrefix: `${config.QUEUE_PREFIX}:throttle:`,
    // A request must not hang while Redis is away: fail it (a 500) rather than queue for ever.
    maxRetriesPerRequest: 2,
  });
  return {
    storage,
    throttlers: [
      {
        name: SIGN_IN_THROTTLER,
        limit: config.AUTH_SIGN_IN_LIMIT,
        ttl: config.AUTH_SIGN_IN_WINDOW_SECONDS * 1000,
        getTracker: (req) => signInTracker(req as AuthenticatedRequest),
        generateKey: (_context, tracker, name) => `${name}-${digest(tracker)}`,
      },
      {
        name: POSTING_THROTTLER,
        limit: config.RECRUITER_POSTING_LIMIT,
        ttl: config.RECRUITER_POSTING_WINDOW_SECONDS * 1000,
        getTracker: (req) => postingTracker(req as AuthenticatedRequest),
        generateKey: (_context, tracker, name) => `${name}-${digest(tracker)}`,
      },
    ],
  };
}
