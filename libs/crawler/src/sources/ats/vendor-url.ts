import { SourceConfigError } from '../../errors';
import type { SourceDefinition } from '../../source-adapter';

/**
 * The URL of a vendor API call. `baseUrl`, when configured, replaces the vendor's scheme and
 * host (and may add a path prefix); the path and query stay the vendor's own, so a local
 * server that mimics the vendor's paths (demo-boards, tests) answers the same requests.
 * For vendors that put the board in the host name (Recruitee, Personio) the override
 * replaces that host too: the base URL then identifies the board on its own.
 */
export function vendorUrl(source: SourceDefinition, vendorOrigin: string, pathAndQuery: string): string {
  const base = source.baseUrl?.trim() ? source.baseUrl.trim().replace(/\/+$/, '') : vendorOrigin;
  return base + pathAndQuery;
}

/** Throws SourceConfigError('baseUrl') unless absent or an absolute http(s) URL without query, hash or credentials. */
export function validateBaseUrl(source: SourceDefinition): void {
  if (source.baseUrl === undefined) return;
  const fail = (why: string): never => {
    throw new SourceConfigError(source.name, 'baseUrl', why);
  };
  if (typeof source.baseUrl !== 'string' || source.baseUrl.trim() === '') fail('must be a non-empty URL');
  let parsed: URL;
  try {
    parsed = new URL(source.baseUrl.trim());
  } catch {
    return fail(`"${source.baseUrl}" is not an absolute URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') fail('must use http or https');
  if (parsed.username || parsed.password) fail('must not carry credentials');
  if (parsed.search || parsed.hash) fail('must not carry a query or fragment: it only replaces scheme, host and path prefix');
}
