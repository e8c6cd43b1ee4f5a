import type { Job } from 'bullmq';
import { loadConfig } from '@app/config';
import type { CrawlPagePayload } from '@app/queue';
import { CrawlPageService } from './crawl-page.service';

const PAGE = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Customer Service Advisor","description":"<p>Help customers.</p>","identifier":"A-1","hiringOrganization":{"@type":"Organization","name":"Acme"},"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Tallinn","addressCountry":"EE"}}}</script></head><body></body></html>`;

function setup(seenOnNotModified: number) {
  const fetches: { conditional?: boolean }[] = [];
  const fetcher = {
    fetchPage: jest.fn(async (_req: unknown, opts: { conditional?: boolean }) => {
      fetches.push(opts);
      if (opts.conditional) return { kind: 'not-modified' as const };
      return { kind: 'page' as const, page: { url: 'https://jobs.example.test/a-1', finalUrl: 'https://jobs.example.test/a-1', status: 200, contentType: 'text/html', body: PAGE } };
    }),
  };
  const added: string[] = [];
  const producer = { addManyToRun: jest.fn(async (_p: unknown, queue: string, jobs: { name: string }[]) => jobs.forEach((j) => added.push(`${queue}:${j.name}`))) };
  const stats = { add: jest.fn(async () => undefined) };
  const postings = { markSeenByUrl: jest.fn(async () => seenOnNotModified) };
  const sources = { get: jest.fn(async () => ({ name: 's', kind: 'jsonld', url: 'https://jobs.example.test/', board: null, baseUrl: null, employerHint: null, selectors: null })) };
  const service = new CrawlPageService(fetcher as never, loadConfig({}), sources as never, {} as never, stats as never, postings as never, producer as never);
  const job = {
    id: 'j1',
    data: { sourceId: 's1', runId: 'r1', url: 'https://jobs.example.test/a-1', role: 'detail', depth: 1 } satisfies CrawlPagePayload,
    parent: { id: 'finish-run-r1', queueKey: '{t}:crawl' },
    opts: { attempts: 5 },
    attemptsMade: 0,
  } as unknown as Job<CrawlPagePayload>;
  return { service, job, fetches, added, stats };
}

describe('CrawlPageService and conditional GET', () => {
  it('takes a 304 as "seen, unchanged" when the postings of the page are stored', async () => {
    const { service, job, fetches, added } = setup(1);
    await expect(service.crawl(job, 'token')).resolves.toEqual({ outcome: 'not-modified', seen: 1 });
    expect(fetches).toEqual([expect.objectContaining({ conditional: true })]);
    expect(added).toEqual([]);
  });

  it('fetches the page whole after a 304 for a page none of whose postings are stored (a worker died after fetching it)', async () => {
    const { service, job, fetches, added } = setup(0);
    await expect(service.crawl(job, 'token')).resolves.toEqual({ outcome: 'fetched', postings: 1, next: 0 });
    expect(fetches.map((f) => f.conditional)).toEqual([true, false]);
    expect(added).toEqual(['normalize:NormalizePosting']);
  });
});
