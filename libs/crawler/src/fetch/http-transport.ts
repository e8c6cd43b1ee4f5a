import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { PermanentFetchError, TransientFetchError } from '../errors';
import type { ResolvedAddress } from './address-guard';

export interface HopRequest {
  url: URL;
  /** The address the guard approved: the connection goes there, whatever DNS says now. */
  address: ResolvedAddress;
  headers: Record<string, string>;
  signal: AbortSignal;
}

/**
 * One GET over node:http(s), never following redirects. Keep-alive agents are per transport so
 * that a fetcher can be closed without touching other fetchers' sockets.
 */
export class HttpTransport {
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 64 });

  send({ url, address, headers, signal }: HopRequest): Promise<http.IncomingMessage> {
    const secure = url.protocol === 'https:';
    const client = secure ? https : http;
    return new Promise((resolve, reject) => {
      const req = client.request(
        {
          protocol: url.protocol,
          hostname: url.hostname.replace(/^\[|\]$/g, ''),
          port: url.port || undefined,
          path: `${url.pathname}${url.search}`,
          method: 'GET',
          headers,
          agent: secure ? this.httpsAgent : this.httpAgent,
          signal,
          lookup: pinnedLookup(address),
        },
        resolve,
      );
      req.on('error', reject);
      req.end();
    });
  }

  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}

function pinnedLookup({ address, family }: ResolvedAddress): LookupFunction {
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as unknown as LookupFunction;
}

export interface BodyLimit {
  maxBytes: number;
  /** Keep the first maxBytes instead of failing (robots.txt: only its head is read). */
  truncate?: boolean;
}

/**
 * The response body, decompressed, holding at most maxBytes in memory: a larger page is
 * refused as soon as its Content-Length says so, or once the stream passes the limit.
 * Counting decompressed bytes is what bounds gzip bombs too.
 */
export async function readBody(res: http.IncomingMessage, url: string, limit: BodyLimit): Promise<Buffer> {
  const encoding = String(res.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const declared = Number(res.headers['content-length']);
  if (!limit.truncate && encoding === 'identity' && declared > limit.maxBytes) {
    res.destroy();
    throw tooLarge(url, limit.maxBytes);
  }
  const source = decoded(res, encoding, url);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      const room = limit.maxBytes - total;
      if (chunk.length > room) {
        if (!limit.truncate) throw tooLarge(url, limit.maxBytes);
        chunks.push(chunk.subarray(0, room));
        total += room;
        break;
      }
      chunks.push(chunk);
      total += chunk.length;
    }
  } finally {
    if (!res.complete) res.destroy();
  }
  return Buffer.concat(chunks, total);
}

function decoded(res: http.IncomingMessage, encoding: string, url: string): Readable {
  const noop = () => undefined;
  switch (encoding) {
    case 'identity':
    case '':
      return res;
    case 'gzip':
    case 'x-gzip':
      return pipeline(res, zlib.createGunzip(), noop);
    case 'deflate':
      return pipeline(res, zlib.createInflate(), noop);
    case 'br':
      return pipeline(res, zlib.createBrotliDecompress(), noop);
    default:
      res.destroy();
      throw new PermanentFetchError(`unsupported Content-Encoding "${encoding}"`, url);
  }
}

function tooLarge(url: string, maxBytes: number): PermanentFetchError {
  return new PermanentFetchError(`page larger than ${maxBytes} bytes`, url);
}

/** Maps a socket, TLS, DNS or abort failure to the error class that decides retrying. */
export function transportError(err: unknown, url: string, signal: AbortSignal, timeoutMs: number): Error {
  if (err instanceof PermanentFetchError || err instanceof TransientFetchError) return err;
  if (signal.aborted) return new TransientFetchError(`timed out after ${timeoutMs} ms`, url);
  const e = err as NodeJS.ErrnoException;
  return new TransientFetchError(`network error: ${e.code ?? e.message}`, url);
}
