import { readFileSync } from 'fs';
import { join } from 'path';
import type { FetchedPage, PageRequest } from '../../source-adapter';

// Test support for adapter specs: a fetched page as the crawler would hand it over.

/** The fixtures written for the adapters' unit specs (libs/crawler/test/fixtures/<kind>/). */
export const ADAPTER_FIXTURES_DIR = join(__dirname, '..', '..', '..', 'test', 'fixtures');

export function readAdapterFixture(kind: string, file: string): string {
  return readFileSync(join(ADAPTER_FIXTURES_DIR, kind, file), 'utf8');
}

/** The page answered for `request`, 200 and not redirected unless `finalUrl` says so. */
export function answeredPage(request: PageRequest, body: string, contentType = 'application/json', finalUrl = request.url): FetchedPage {
  return { url: request.url, finalUrl, status: 200, contentType, body };
}
