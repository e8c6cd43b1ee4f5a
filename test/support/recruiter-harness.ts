import type { INestApplication } from '@nestjs/common';
import Redis from 'ioredis';
import { Client } from 'pg';
import request from 'supertest';
import type { App } from 'supertest/types';
import { loadConfig, type AppConfig } from '@app/config';
import { createTestDatabase, createTestQueuePrefix, deleteTestQueueKeys, type TestDatabase } from '@app/testing';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { freePort, spawnApp, type RunningApp } from './spawn-app';

export const ADMIN_EMAIL = 'ops@frontline.test';
export const ADMIN_PASSWORD = 'correct horse battery staple';
export const RECRUITER_PASSWORD = 'recruiter password 2026';

/**
 * The real API in this process and, when asked, the real worker as its own process, against a
 * fresh database and queue prefix: recruiter postings travel API → normalize queue → worker →
 * PostgreSQL for real.
 */
export interface RecruiterHarness {
  config: AppConfig;
  app: INestApplication;
  http: App;
  pg: Client;
  /** The base URL when started with `listen`. */
  url: string;
  close(): Promise<void>;
}

export async function startRecruiterHarness(opts: { worker: boolean; listen?: boolean; env?: Record<string, string> }): Promise<RecruiterHarness> {
  const db: TestDatabase = await createTestDatabase();
  const prefix = createTestQueuePrefix();
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: '4',
    QUEUE_PREFIX: prefix,
    SCHEDULER_ENABLED: 'false',
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    RECRUITER_POSTING_LIMIT: '500',
    AUTH_SIGN_IN_LIMIT: '100',
    ...opts.env,
  };
  const config = loadConfig({ ...process.env, ...env });
  let worker: RunningApp | undefined;
  if (opts.worker) {
    worker = spawnApp('worker', { ...env, LOG_LEVEL: 'info', WORKER_HEALTH_PORT: String(await freePort()) });
    await worker.waitForLine(/worker started/);
  }
  const app = await createApiApp(config);
  await app.init();
  let url = '';
  if (opts.listen) {
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
    url = url.replace('[::1]', '127.0.0.1');
  }
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  return {
    config,
    app,
    http: app.getHttpServer(),
    pg,
    url,
    async close() {
      await app.close();
      await worker?.stop();
      await pg.end();
      const redis = new Redis(config.REDIS_URL);
      await deleteTestQueueKeys(redis, prefix);
      redis.disconnect();
      await db.drop();
    },
  };
}

export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  userId: string;
  employerId: string | null;
}

export async function signIn(http: App, email: string, password: string): Promise<SignedIn> {
  const res = await request(http).post('/api/auth/sign-in').send({ email, password });
  if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return { accessToken: res.body.accessToken, refreshToken: res.body.refreshToken, userId: res.body.user.id, employerId: res.body.user.employer?.id ?? null };
}

/** An admin invites a recruiter of this employer, who accepts and signs in: the real path, end to end. */
export async function recruiterOf(http: App, admin: SignedIn, email: string, employerName: string): Promise<SignedIn & { invitationUrl: string }> {
  const invited = await request(http).post('/api/admin/invitations').set('Authorization', `Bearer ${admin.accessToken}`).send({ email, employerName });
  if (invited.status !== 201) throw new Error(`invitation answered ${invited.status}: ${JSON.stringify(invited.body)}`);
  const accepted = await request(http).post('/api/auth/invitations/accept').send({ token: invited.body.token, password: RECRUITER_PASSWORD });
  if (accepted.status !== 201) throw new Error(`accepting answered ${accepted.status}: ${JSON.stringify(accepted.body)}`);
  return { ...(await signIn(http, email, RECRUITER_PASSWORD)), invitationUrl: invited.body.url };
}

export function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/** A valid posting body; override fields per test. */
export function postingBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Customer Service Agent',
    description: '<p>Answer customer calls and chats in English and Estonian. Full-time, day shifts.</p><ul><li>Training provided</li></ul>',
    location: 'Tallinn, Estonia',
    country: 'EE',
    remoteMode: 'hybrid',
    salaryMin: 1400,
    salaryMax: 1800,
    salaryCurrency: 'EUR',
    salaryPeriod: 'month',
    employmentType: 'full_time',
    applyUrl: 'https://jobs.example.com/apply/42',
    validThrough: inDays(30),
    ...overrides,
  };
}
