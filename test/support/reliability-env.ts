import { Client } from 'pg';
import request from 'supertest';
import { createTestDatabase, createTestQueuePrefix, type TestDatabase } from '@app/testing';
import { freePort, spawnApp, type RunningApp } from './spawn-app';

export const ADMIN = { email: 'ops@frontline.test', password: 'correct horse battery staple' };

/**
 * Real api and worker processes for a fault test: their own database (on the shared server or on
 * the test's own cluster), their own queue prefix, the Redis the test says.
 */
export interface ReliabilityEnv {
  db: TestDatabase;
  pg: Client;
  prefix: string;
  env: Record<string, string>;
  apps: RunningApp[];
  startApi(): Promise<{ app: RunningApp; url: string; token: () => Promise<string> }>;
  startWorker(extra?: Record<string, string>): Promise<{ app: RunningApp; url: string }>;
  /** A new test connection, after a database restart cut the old one. */
  reconnect(): Promise<void>;
  /** A crawlable source row, for postings to belong to. */
  addSource(name: string, url?: string): Promise<string>;
  close(): Promise<void>;
}

export async function reliabilityEnv(options: { redisUrl: string; serverUrl?: string; env?: Record<string, string> }): Promise<ReliabilityEnv> {
  const db = await createTestDatabase(options.serverUrl ? { serverUrl: options.serverUrl } : {});
  const connect = async () => {
    const client = new Client({ connectionString: db.url });
    // A restart of the database cuts this connection too: that is the test, not a failure.
    client.on('error', () => undefined);
    await client.connect();
    return client;
  };
  const prefix = createTestQueuePrefix();
  const env: Record<string, string> = {
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: '4',
    REDIS_URL: options.redisUrl,
    QUEUE_PREFIX: prefix,
    SCHEDULER_ENABLED: 'false',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    AUTH_SIGN_IN_LIMIT: '100',
    CRAWL_ALLOWED_HOSTS: '127.0.0.1,localhost',
    CRAWL_HOST_RPS: '100',
    ...options.env,
  };
  const apps: RunningApp[] = [];
  const self: ReliabilityEnv = {
    db,
    pg: await connect(),
    prefix,
    env,
    apps,
    async startApi() {
      const port = await freePort();
      const app = spawnApp('api', { ...env, API_PORT: String(port) });
      apps.push(app);
      await app.waitForLine(/api listening/);
      const url = `http://127.0.0.1:${port}`;
      let token: string | undefined;
      return {
        app,
        url,
        async token() {
          if (!token) {
            const res = await request(url).post('/api/auth/sign-in').send(ADMIN);
            if (res.status !== 200) throw new Error(`admin sign-in answered ${res.status}`);
            token = res.body.accessToken as string;
          }
          return token;
        },
      };
    },
    async startWorker(extra = {}) {
      const port = await freePort();
      const app = spawnApp('worker', { ...env, WORKER_HEALTH_PORT: String(port), ...extra });
      apps.push(app);
      await app.waitForLine(/worker started/);
      return { app, url: `http://127.0.0.1:${port}` };
    },
    async reconnect() {
      await self.pg.end().catch(() => undefined);
      self.pg = await connect();
    },
    async addSource(name, url = 'https://jobs.example.com/') {
      const { rows } = await self.pg.query("INSERT INTO sources (name, kind, url, interval_seconds, origin, updated_at) VALUES ($1, 'jsonld', $2, 86400, 'api', now()) RETURNING id", [name, url]);
      return rows[0].id as string;
    },
    async close() {
      await Promise.all(apps.map((a) => a.stop()));
      await self.pg.end().catch(() => undefined);
      await db.drop().catch(() => undefined);
    },
  };
  return self;
}

/** The value of one Prometheus series in a /metrics text (0 when absent). */
export function metricValue(text: string, name: string, labels: Record<string, string>): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}
