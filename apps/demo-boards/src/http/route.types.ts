import type { IncomingHttpHeaders } from 'node:http';

export interface DemoRequest {
  method: string;
  url: URL;
  /** scheme://host[:port] as the client addressed us, so links work on any port. */
  origin: string;
  headers: IncomingHttpHeaders;
}

export interface DemoResponse {
  status: number;
  contentType: string;
  body: string | Buffer;
  /** A precomputed validator, for bodies that are cached (the bench pages). */
  etag?: string;
  headers?: Record<string, string>;
  /** Error responses are not cacheable and get no validators. */
  cacheable?: boolean;
}

export type RouteParams = Record<string, string>;
export type RouteHandler = (req: DemoRequest, params: RouteParams) => DemoResponse;

export interface Route {
  /** Matched against the decoded path; named groups become params. */
  pattern: RegExp;
  handle: RouteHandler;
}

export const html = (body: string, status = 200): DemoResponse => ({
  status,
  contentType: 'text/html; charset=utf-8',
  body,
  cacheable: status === 200,
});

export const json = (value: unknown, status = 200): DemoResponse => ({
  status,
  contentType: 'application/json; charset=utf-8',
  body: JSON.stringify(value),
  cacheable: status === 200,
});

export const xml = (body: string, contentType = 'application/xml; charset=utf-8'): DemoResponse => ({
  status: 200,
  contentType,
  body,
  cacheable: true,
});

export const text = (body: string, status = 200): DemoResponse => ({
  status,
  contentType: 'text/plain; charset=utf-8',
  body,
  cacheable: status === 200,
});

export const notFoundHtml = (): DemoResponse =>
  html('<!doctype html><html lang="en"><head><title>Not found</title></head><body><h1>404 – Page not found</h1></body></html>', 404);
