import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** A strong validator derived from the bytes, so identical content always has the same ETag. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

/**
 * RFC 9110 §13.1: If-None-Match wins over If-Modified-Since; a weak comparison is used for
 * If-None-Match, so W/"x" matches "x".
 */
export function isNotModified(headers: IncomingHttpHeaders, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (typeof ifNoneMatch === 'string' && ifNoneMatch.trim() !== '') {
    if (ifNoneMatch.trim() === '*') return true;
    const bare = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((candidate) => bare(candidate) === bare(etag));
  }
  const ifModifiedSince = headers['if-modified-since'];
  if (typeof ifModifiedSince === 'string') {
    const since = Date.parse(ifModifiedSince);
    // HTTP dates have one-second precision; lastModified is kept at whole seconds.
    return Number.isFinite(since) && since >= lastModified.getTime();
  }
  return false;
}
