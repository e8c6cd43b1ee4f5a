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

/**
 * Signs access tokens outside production only: a production API refuses to start with it (see
 * the refinement below), so a forgotten secret cannot go live.
 */
export const DEV_AUTH_JWT_SECRET = 'frontline-development-only-secret-do-not-use-in-production';

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
  // Express 'trust proxy' (e.g. `loopback`, `1`, `10.0.0.0/8`): set it behind a reverse proxy.
  API_TRUST_PROXY: z.string().min(1).optional(),
  WORKER_HEALTH_PORT: port.default(3001),
  DEMO_BOARDS_PORT: port.default(4000),
  DEMO_BOARDS_HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_BASE_URL: z.string().url().default('http://127.0.0.1:3000'),

  SOURCES_FILE: z.string().min(1).optional(),
  SCHEDULER_ENABLED: bool.default(true),
  SCHEDULER_TICK_MS: positiveInt.default(10_000),

  CRAWL_USER_AGENT: z.string().min(1).default('FrontlineBot/0.1'),
  CRAWL_CONTACT_URL: z.string().url().default('https://github.com/frontline-jobs/frontline'),
  CRAWL_HOST_RPS: z.coerce.number().positive().default(1),
  CRAWL_ALLOWED_HOSTS: list.default([]),
  // Hosts crawled without the per-host rate: only your own (the benchmark's demo-boards).
  CRAWL_UNTHROTTLED_HOSTS: list.default([]),
  CRAWL_MAX_PAGE_BYTES: positiveInt.default(5 * 1024 * 1024),
  CRAWL_TIMEOUT_MS: positiveInt.default(20_000),
  CRAWL_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
  CRAWL_MAX_PAGES_PER_RUN: positiveInt.default(5000),
  CRAWL_CONCURRENCY: positiveInt.default(16),
  CRAWL_ATTEMPTS: positiveInt.default(5),
  // High on purpose: normalize jobs mostly wait for their batch to be written.
  NORMALIZE_CONCURRENCY: positiveInt.default(64),

  SALARY_BASE_CURRENCY: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code').default('EUR'),
  SALARY_RATES: rates.prefault(
    'EUR=1,USD=0.92,GBP=1.17,PLN=0.23,NOK=0.086,SEK=0.088,DKK=0.134,CAD=0.68,CHF=1.05,CZK=0.04,HUF=0.0025,RON=0.2',
  ),

  // Accounts (recruiters and admins). Required in production: AUTH_JWT_SECRET.
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_AUTH_JWT_SECRET),
  AUTH_ACCESS_TOKEN_TTL_SECONDS: positiveInt.default(900),
  AUTH_REFRESH_TOKEN_TTL_SECONDS: positiveInt.default(30 * 24 * 3600),
  AUTH_WEB_SESSION_TTL_SECONDS: positiveInt.default(12 * 3600),
  AUTH_INVITATION_TTL_HOURS: positiveInt.default(72),
  // Sign-in attempts allowed per client address and account within the window.
  AUTH_SIGN_IN_LIMIT: positiveInt.default(10),
  AUTH_SIGN_IN_WINDOW_SECONDS: positiveInt.default(300),
  // The first admin, created at API start-up when no account has this e-mail (never overwritten).
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(256).optional(),
  // Postings a recruiter may create, edit or close per window.
  RECRUITER_POSTING_LIMIT: positiveInt.default(60),
  RECRUITER_POSTING_WINDOW_SECONDS: positiveInt.default(60),
  // How long a create or edit waits for normalisation to answer with tags before answering 202.
  RECRUITER_NORMALIZE_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(10_000),
}).superRefine((env, ctx) => {
  if (env.NODE_ENV === 'production' && env.AUTH_JWT_SECRET === DEV_AUTH_JWT_SECRET) {
    ctx.addIssue({ code: 'custom', path: ['AUTH_JWT_SECRET'], message: 'must be set to a secret of your own in production' });
  }
  if ((env.ADMIN_EMAIL === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
    ctx.addIssue({ code: 'custom', path: [env.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'], message: 'ADMIN_EMAIL and ADMIN_PASSWORD go together' });
  }
});

export type AppConfig = Readonly<z.output<typeof envSchema>>;
