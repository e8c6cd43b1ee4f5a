import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { benchRoutes } from './bench/bench.routes';
import { ashbyRoutes } from './boards/ashby.routes';
import { careerSiteRoutes } from './boards/career-site.routes';
import { feedRoutes } from './boards/feeds.routes';
import { greenhouseRoutes } from './boards/greenhouse.routes';
import { hostedJobRoutes } from './boards/hosted-job.routes';
import { htmlBoardRoutes } from './boards/html-board.routes';
import { leverRoutes } from './boards/lever.routes';
import { personioRoutes } from './boards/personio.routes';
import { recruiteeRoutes } from './boards/recruitee.routes';
import { siteRootRoutes } from './boards/site-root.routes';
import { smartRecruitersRoutes } from './boards/smartrecruiters.routes';
import { workableRoutes } from './boards/workable.routes';
import { BoardContext, FlakyPages } from './http/board-context';
import { etagOf, isNotModified } from './http/conditional-get';
import type { DemoRequest, DemoResponse, Route } from './http/route.types';

export interface DemoBoardsOptions {
  /** The clock posting dates hang off (default: when the server is created). */
  now?: Date;
  /** How many times each flaky page answers 500 before it works (default 2). */
  flakyFailures?: number;
}

export interface DemoBoardsServer {
  listen(port?: number, host?: string): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
  /** The routes' shared state, for tests that want to look at the flaky counters. */
  readonly context: BoardContext;
}

// A Host header is echoed into absolute URLs, so only a plain host[:port] is trusted.
const SAFE_HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

export function createDemoBoardsServer(options: DemoBoardsOptions = {}): DemoBoardsServer {
  const now = options.now ?? new Date();
  const context: BoardContext = {
    now,
    lastModified: new Date(Math.floor(Date.now() / 1000) * 1000),
    flaky: new FlakyPages(options.flakyFailures ?? 2),
  };
  const routes: Route[] = [
    ...siteRootRoutes(),
    ...careerSiteRoutes(context),
    ...greenhouseRoutes(context),
    ...leverRoutes(context),
    ...smartRecruitersRoutes(context),
    ...personioRoutes(context),
    ...recruiteeRoutes(context),
    ...workableRoutes(context),
    ...ashbyRoutes(context),
    ...feedRoutes(context),
    ...htmlBoardRoutes(context),
    ...hostedJobRoutes(context),
    ...benchRoutes(context),
  ];
  let server: Server | undefined;
  let fallbackHost = '127.0.0.1';

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Method Not Allowed');
      return;
    }
    const host = req.headers.host && SAFE_HOST.test(req.headers.host) ? req.headers.host : fallbackHost;
    let url: URL;
    let path: string;
    try {
      url = new URL(req.url ?? '/', `http://${host}`);
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad Request');
      return;
    }
    const demoReq: DemoRequest = { method, url, origin: `http://${host}`, headers: req.headers };
    let response: DemoResponse | undefined;
    try {
      for (const route of routes) {
        const match = route.pattern.exec(path);
        if (match) {
          response = route.handle(demoReq, { ...match.groups });
          break;
        }
      }
    } catch (err) {
      response = {
        status: 500,
        contentType: 'text/plain; charset=utf-8',
        body: `Internal Server Error: ${(err as Error).message}`,
      };
    }
    send(req, res, method, response ?? notFound(), context.lastModified);
  };

  return {
    context,
    listen(port = 0, host = '127.0.0.1') {
      fallbackHost = host;
      return new Promise((resolve, reject) => {
        const s = createServer(handle);
        s.keepAliveTimeout = 5_000;
        s.once('error', reject);
        s.listen(port, host, () => {
          server = s;
          const actual = (s.address() as AddressInfo).port;
          fallbackHost = host.includes(':') ? `[${host}]:${actual}` : `${host}:${actual}`;
          resolve({ port: actual, url: `http://${fallbackHost}` });
        });
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        if (!server) return resolve();
        const s = server;
        server = undefined;
        s.close((err) => (err ? reject(err) : resolve()));
        s.closeAllConnections();
      });
    },
  };
}

function notFound(): DemoResponse {
  return { status: 404, contentType: 'text/plain; charset=utf-8', body: 'Not Found' };
}

function send(req: IncomingMessage, res: ServerResponse, method: string, r: DemoResponse, lastModified: Date): void {
  const headers: Record<string, string | number> = { 'content-type': r.contentType, ...r.headers };
  if (r.cacheable) {
    const etag = r.etag ?? etagOf(r.body);
    headers.etag = etag;
    headers['last-modified'] = lastModified.toUTCString();
    headers['cache-control'] = 'public, max-age=0, must-revalidate';
    if (isNotModified(req.headers, etag, lastModified)) {
      res.writeHead(304, headers).end();
      return;
    }
  } else {
    headers['cache-control'] = 'no-store';
  }
  headers['content-length'] = Buffer.byteLength(r.body);
  res.writeHead(r.status, headers);
  res.end(method === 'HEAD' ? undefined : r.body);
}
