import { z } from 'zod';

// The whole environment of every Frontline process. This lib is the only place that reads
// process.env (STYLE.md); everything else receives a parsed `AppConfig`.

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const list = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// or postgresql:// URL');
const redisUrl = z
  .string()
  .url()
  .refine((v) => /^rediss?:\/\//.test(v), 'must be a redis:// or rediss:// URL');

/** Exchange rates to the base currency, written `USD=0.92,PLN=0.23`. */
const rates = z.string().transform((v, ctx) => {
  const out: Record<string, number> = {};
  for (const pair of v.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([A-Z]{3})=(\d+(?:\.\d+)?)$/.exec(pair);
    if (!m) {
      ctx.addIssue({ code: 'custom', message: `"${pair}" is not CUR=rate (e.g. USD=0.92)` });
      return z.NEVER;
    }
    out[m[1]] = Number(m[2]);
  }
  return out;
});

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  DATABASE_URL: postgresUrl.default('postgresql://postgres@127.0.0.1:5432/frontline'),
  DATABASE_POOL_SIZE: positiveInt.default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: positiveInt.default(5000),

  REDIS_URL: redisUrl.default('redis://127.0.0.1:6379'),
  // The braces are a Redis Cluster hash tag: every key of every queue lands in one slot,
  // which BullMQ needs for its multi-key scripts on a cluster.
  QUEUE_PREFIX: z
    .string()
    .regex(/^\{[a-z0-9-]+\}$/, 'must be a hash tag such as {frontline}')
    .default('{frontline}'),

  API_PORT: port.default(3000),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  WORKER_HEALTH_PORT: port.default(3001),
  DEMO_BOARDS_PORT: port.default(4000),
  PUBLIC_BASE_URL: z.string().url().default('http://127.0.0.1:3000'),

  SOURCES_FILE: z.string().min(1).optional(),
  SCHEDULER_ENABLED: bool.default(true),
  SCHEDULER_TICK_MS: positiveInt.default(10_000),

  CRAWL_USER_AGENT: z.string().min(1).default('FrontlineBot/0.1'),
  CRAWL_CONTACT_URL: z.string().url().default('https://github.com/frontline-jobs/frontline'),
  CRAWL_HOST_RPS: z.coerce.number().positive().default(1),
  CRAWL_ALLOWED_HOSTS: list.default([]),
  CRAWL_MAX_PAGE_BYTES: positiveInt.default(5 * 1024 * 1024),
  CRAWL_TIMEOUT_MS: positiveInt.default(20_000),
  CRAWL_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
  CRAWL_MAX_PAGES_PER_RUN: positiveInt.default(5000),
  CRAWL_CONCURRENCY: positiveInt.default(8),
  CRAWL_ATTEMPTS: positiveInt.default(5),
  NORMALIZE_CONCURRENCY: positiveInt.default(16),

  SALARY_BASE_CURRENCY: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code').default('EUR'),
  SALARY_RATES: rates.prefault(
    'EUR=1,USD=0.92,GBP=1.17,PLN=0.23,NOK=0.086,SEK=0.088,DKK=0.134,CAD=0.68,CHF=1.05,CZK=0.04,HUF=0.0025,RON=0.2',
  ),
});

export type AppConfig = Readonly<z.output<typeof envSchema>>;
