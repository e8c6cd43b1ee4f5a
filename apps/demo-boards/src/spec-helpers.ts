import { load } from 'cheerio';
import { request } from 'node:http';
import { createDemoBoardsServer, type DemoBoardsOptions, type DemoBoardsServer } from './demo-boards.server';

export interface RunningBoards {
  server: DemoBoardsServer;
  url: string;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  text(path: string): Promise<string>;
  json<T = unknown>(path: string): Promise<T>;
}

/** Starts a server on a free loopback port for one spec file. */
export async function startBoards(options: DemoBoardsOptions = {}): Promise<RunningBoards> {
  const server = createDemoBoardsServer(options);
  const { url } = await server.listen(0, '127.0.0.1');
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${url}${path}`, { headers, redirect: 'manual' });
  const ok = async (path: string) => {
    const res = await get(path);
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
    return res;
  };
  return {
    server,
    url,
    get,
    text: async (path) => (await ok(path)).text(),
    json: async (path) => (await ok(path)).json(),
  };
}

/** Every JobPosting in a page's JSON-LD, whether top-level, in an array or in an @graph. */
export function jobPostingsIn(html: string): Array<Record<string, any>> {
  const $ = load(html);
  const found: Array<Record<string, any>> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, any>;
    if (obj['@type'] === 'JobPosting') found.push(obj);
    if (obj['@graph']) visit(obj['@graph']);
  };
  $('script[type="application/ld+json"]').each((_, el) => visit(JSON.parse($(el).text())));
  return found;
}

export function linksIn(html: string, selector: string): string[] {
  const $ = load(html);
  return $(selector)
    .map((_, el) => $(el).attr('href') ?? '')
    .get();
}

/** Decodes the five entities that escapeHtml produces, as a consumer of Greenhouse must. */
export function unescapeEntities(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A GET through node:http, which (unlike fetch) lets a test set the Host header. */
export function rawGet(baseUrl: string, path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}
