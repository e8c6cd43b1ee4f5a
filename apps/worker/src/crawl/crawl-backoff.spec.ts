import { TransientFetchError } from '@app/crawler';
import { crawlBackoff, crawlBackoffWith } from './crawl-backoff';

describe('crawlBackoff', () => {
  it('obeys Retry-After, capped at ten minutes', () => {
    expect(crawlBackoff(1, 'custom', new TransientFetchError('429', 'https://a.test', 30_000))).toBe(30_000);
    expect(crawlBackoff(1, 'custom', new TransientFetchError('429', 'https://a.test', 3_600_000))).toBe(600_000);
  });

  it('grows exponentially with jitter otherwise', () => {
    expect(crawlBackoffWith(() => 0, 1, new Error('x'))).toBe(500);
    expect(crawlBackoffWith(() => 1, 1, new Error('x'))).toBe(1000);
    expect(crawlBackoffWith(() => 0, 4, new Error('x'))).toBe(4000);
    expect(crawlBackoffWith(() => 1, 4, new Error('x'))).toBe(8000);
  });
});
