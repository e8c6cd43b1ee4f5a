import { PermanentPageError } from '../../errors';
import type { FetchedPage } from '../../source-adapter';

/**
 * The page body as JSON. Invalid JSON (an HTML error page served with 200, a truncated body)
 * can never parse on retry, so it is a PermanentPageError naming the vendor and URL.
 */
export function parseJsonPayload(page: FetchedPage, vendor: string): unknown {
  const body = page.body.charCodeAt(0) === 0xfeff ? page.body.slice(1) : page.body;
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PermanentPageError(`${vendor}: ${page.url} did not answer JSON (${reason}); first bytes: ${preview(body)}`);
  }
}

/**
 * A payload of the wrong shape is an error, not "zero postings": an empty result from a
 * complete run would close every posting of the source.
 */
export function wrongShape(vendor: string, page: FetchedPage, expected: string): PermanentPageError {
  return new PermanentPageError(`${vendor}: ${page.url} answered JSON without ${expected}: ${preview(page.body)}`);
}

export function preview(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 120 ? `${flat.slice(0, 120)}…` : flat);
}
