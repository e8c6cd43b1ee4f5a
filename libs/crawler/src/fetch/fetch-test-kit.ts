import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Redis from 'ioredis';
import { loadConfig } from '@app/config';
import { PageFetcher, type PageFetcherOptions } from './page-fetcher';

// Shared by the fetcher's integration specs: a real HTTP server on 127.0.0.1:0 that records
// what it was asked, and fetchers on the real Redis with a key prefix of their own.

export interface SeenRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
}

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface LocalSite {
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  seen: SeenRequest[];
  paths(): string[];
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

/** Unknown paths answer 404, /robots.txt included unless routed. */
export async function startLocalSite(routes: Record<string, Route> = {}): Promise<LocalSite> {
  const table = new Map(Object.entries(routes));
  const seen: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push({ path, headers: req.headers });
    const handler = table.get(path) ?? table.get(path.split('?')[0]);
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    seen,
    paths: () => seen.map((s) => s.path),
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function html(body: string, headers: http.OutgoingHttpHeaders = {}): Route {
  return (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
}

export function status(code: number, headers: http.OutgoingHttpHeaders = {}): Route {
  return (_req, res) => res.writeHead(code, headers).end();
}

export function robots(text: string): Route {
  return (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(text);
}

/** Builds fetchers that share one Redis connection; each kit gets a fresh key prefix. */
export class FetcherKit {
  readonly redis = new Redis(loadConfig().REDIS_URL, { maxRetriesPerRequest: 1 });
  readonly keyPrefix = `test:fetch:${randomUUID()}:`;
  private readonly fetchers: PageFetcher[] = [];

  options(overrides: Partial<PageFetcherOptions> = {}): PageFetcherOptions {
    return {
      userAgent: 'FrontlineBot/0.1',
      contactUrl: 'https://frontline.example/bot',
      maxBytes: 1024 * 1024,
      timeoutMs: 2000,
      maxRedirects: 5,
      allowedHosts: ['127.0.0.1'],
      hostRps: 1000,
      redis: this.redis,
      keyPrefix: this.keyPrefix,
      ...overrides,
    };
  }

  fetcher(overrides: Partial<PageFetcherOptions> = {}): PageFetcher {
    const fetcher = new PageFetcher(this.options(overrides));
    this.fetchers.push(fetcher);
    return fetcher;
  }

  async close(): Promise<void> {
    for (const f of this.fetchers) f.close();
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.keyPrefix}*`, 'COUNT', 500);
      if (keys.length) await this.redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await this.redis.quit();
  }
}
