import robotsParser from 'robots-parser';
import { rawGet, startBoards, type RunningBoards } from './spec-helpers';

describe('demo-boards server', () => {
  let boards: RunningBoards;
  beforeAll(async () => {
    boards = await startBoards();
  });
  afterAll(() => boards.server.close());

  it('listens on a free port and reports its URL', () => {
    expect(boards.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Number(new URL(boards.url).port)).toBeGreaterThan(0);
  });

  it('serves robots.txt that disallows the internal area and allows the rest', async () => {
    const res = await boards.get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const robots = robotsParser(`${boards.url}/robots.txt`, await res.text());
    expect(robots.isAllowed(`${boards.url}/careers/nordic-care/internal/team-leader-referral/`, 'FrontlineBot')).toBe(false);
    expect(robots.isAllowed(`${boards.url}/careers/nordic-care/`, 'FrontlineBot')).toBe(true);
    expect(robots.isAllowed(`${boards.url}/bench/2000/jobs/1/`, 'FrontlineBot')).toBe(true);
    expect(robots.isAllowed(`${boards.url}/greenhouse/v1/boards/americanexpress/jobs`, 'FrontlineBot')).toBe(true);
  });

  it.each([
    '/careers/nordic-care/',
    '/careers/hilton/jobs/hot0b519-manager-guest-relationship-management-crm/',
    '/greenhouse/v1/boards/americanexpress/jobs?content=true',
    '/personio/kundenwerk/xml',
    '/feeds/amazon/jobs.atom',
    '/bench/100/jobs/7/',
    '/robots.txt',
  ])('answers 304 to a conditional GET of %s', async (path) => {
    const first = await boards.get(path);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    const lastModified = first.headers.get('last-modified');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(Date.parse(lastModified ?? '')).not.toBeNaN();

    const byEtag = await boards.get(path, { 'if-none-match': etag as string });
    expect(byEtag.status).toBe(304);
    expect(byEtag.headers.get('etag')).toBe(etag);
    expect(await byEtag.text()).toBe('');

    const byWeakEtag = await boards.get(path, { 'if-none-match': `"nope", W/${etag}` });
    expect(byWeakEtag.status).toBe(304);

    const byDate = await boards.get(path, { 'if-modified-since': lastModified as string });
    expect(byDate.status).toBe(304);

    const stale = await boards.get(path, { 'if-none-match': '"something-else"' });
    expect(stale.status).toBe(200);
    const older = await boards.get(path, { 'if-modified-since': new Date(Date.parse(lastModified as string) - 60_000).toUTCString() });
    expect(older.status).toBe(200);
  });

  it('gives the same ETag for the same bytes from another server instance', async () => {
    const now = new Date('2026-05-04T08:00:00Z');
    const a = await startBoards({ now });
    const b = await startBoards({ now });
    try {
      // Absolute URLs follow the Host header, so both are asked under the same host name.
      const host = { host: 'boards.test' };
      const path = '/careers/hilton/jobs/hot0b502-customer-care-specialist-hilton-honors/';
      const [ra, rb] = await Promise.all([rawGet(a.url, path, host), rawGet(b.url, path, host)]);
      expect(ra.body).toContain('"url":"http://boards.test/careers/hilton/');
      expect(ra.headers.etag).toBe(rb.headers.etag);
    } finally {
      await Promise.all([a.server.close(), b.server.close()]);
    }
  });

  it('fails twice with 500 and then succeeds, counted per server instance', async () => {
    const path = '/careers/hilton/jobs/hot0b544-guest-relations-coordinator/';
    const fresh = await startBoards();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await fresh.get(path)).status);
      expect(statuses).toEqual([500, 500, 200, 200]);
      expect(fresh.server.context.flaky.failuresSoFar('hi-car-guest-coordinator')).toBe(2);
      const recovered = await fresh.get(path);
      expect(recovered.headers.get('etag')).toBeTruthy();
    } finally {
      await fresh.server.close();
    }
    const other = await startBoards({ flakyFailures: 0 });
    try {
      expect((await other.get(path)).status).toBe(200);
    } finally {
      await other.server.close();
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await fetch(`${boards.url}/careers/nordic-care/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(1000);
    expect(await head.text()).toBe('');
    const post = await fetch(`${boards.url}/careers/nordic-care/`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('answers 404 for unknown paths and 400 for undecodable ones', async () => {
    expect((await boards.get('/nowhere')).status).toBe(404);
    expect((await boards.get('/careers/%E0%A4%A/')).status).toBe(400);
  });

  it('builds absolute URLs from a plain Host header only', async () => {
    const good = await rawGet(boards.url, '/robots.txt', { host: 'jobs.example.test:8080' });
    expect(good.body).toContain('Sitemap: http://jobs.example.test:8080/sitemap.xml');
    const hostile = await rawGet(boards.url, '/robots.txt', { host: 'evil.test"><script>' });
    expect(hostile.body).toContain(`Sitemap: ${boards.url}/sitemap.xml`);
  });

  it('closes cleanly, twice', async () => {
    const temp = await startBoards();
    await temp.server.close();
    await expect(temp.server.close()).resolves.toBeUndefined();
    await expect(fetch(`${temp.url}/robots.txt`)).rejects.toThrow();
  });
});
