import { createHash } from 'node:crypto';
import type Redis from 'ioredis';

/** What a server said about a page's version, replayed as If-None-Match / If-Modified-Since. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

// Forgotten after a month: an unchanged page is still re-fetched in full now and then.
const TTL_SEC = 30 * 24 * 3600;

/** ETag / Last-Modified per URL in Redis, so any worker can send a conditional GET. */
export class ValidatorStore {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  async get(url: string): Promise<Validators | undefined> {
    const raw = await this.redis.get(this.key(url));
    if (!raw) return undefined;
    try {
      const value = JSON.parse(raw) as Validators;
      return value.etag || value.lastModified ? value : undefined;
    } catch {
      return undefined;
    }
  }

  async save(url: string, validators: Validators): Promise<void> {
    if (!validators.etag && !validators.lastModified) {
      await this.redis.del(this.key(url));
      return;
    }
    await this.redis.set(this.key(url), JSON.stringify(validators), 'EX', TTL_SEC);
  }

  async forget(url: string): Promise<void> {
    await this.redis.del(this.key(url));
  }

  private key(url: string): string {
    // Hashed: URLs can be long and carry characters awkward in keys.
    return `${this.keyPrefix}validators:${createHash('sha1').update(url).digest('hex')}`;
  }
}

/** Request headers for a conditional GET. */
export function conditionalHeaders(v: Validators | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (v?.etag) headers['if-none-match'] = v.etag;
  if (v?.lastModified) headers['if-modified-since'] = v.lastModified;
  return headers;
}
