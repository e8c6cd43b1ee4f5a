import { load } from 'cheerio';
import { jobPostingsIn, linksIn, startBoards, type RunningBoards } from '../spec-helpers';
import { BenchPageCache } from './bench.routes';

describe('bench pages', () => {
  let boards: RunningBoards;
  beforeAll(async () => {
    boards = await startBoards({ now: new Date('2026-06-01T00:00:00Z') });
  });
  afterAll(() => boards.server.close());

  it('paginates n jobs in listing pages of 50 links joined by rel=next', async () => {
    const seen: string[] = [];
    let next: string | undefined = '/bench/120/';
    let pages = 0;
    while (next) {
      const html = await boards.text(next);
      pages += 1;
      seen.push(...linksIn(html, 'a.job-link'));
      next = linksIn(html, 'a[rel=next]')[0];
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect(seen[0]).toBe('/bench/120/jobs/1/');
    expect(seen[119]).toBe('/bench/120/jobs/120/');
    const firstPage = await boards.text('/bench/120/');
    expect(linksIn(firstPage, 'a.job-link')).toHaveLength(50);
  });

  it('serves job pages of about 25 KB with one JobPosting each', async () => {
    const sizes: number[] = [];
    for (let i = 1; i <= 40; i++) {
      const res = await boards.get(`/bench/2000/jobs/${i * 50}/`);
      expect(res.status).toBe(200);
      const body = Buffer.from(await res.arrayBuffer());
      sizes.push(body.length);
      const html = body.toString('utf8');
      const postings = jobPostingsIn(html);
      expect(postings).toHaveLength(1);
      expect(postings[0].title).toContain(`#${i * 50}`);
      expect(load(html)('header nav, footer').length).toBeGreaterThanOrEqual(2);
    }
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(22_000);
    expect(mean).toBeLessThan(28_000);
    expect(Math.min(...sizes)).toBeGreaterThan(20_000);
    expect(Math.max(...sizes)).toBeLessThan(32_000);
  });

  it('generates the same bytes for the same index on another server', async () => {
    const other = await startBoards({ now: new Date('2026-06-01T00:00:00Z') });
    try {
      // Absolute URLs differ by port, so compare with the origin normalised away.
      const strip = (html: string, origin: string) => html.split(origin).join('ORIGIN');
      const [a, b] = await Promise.all([boards.text('/bench/500/jobs/321/'), other.text('/bench/500/jobs/321/')]);
      expect(strip(a, boards.url)).toBe(strip(b, other.url));
    } finally {
      await other.server.close();
    }
  });

  it('varies languages across the generated postings', async () => {
    const langs = new Set<string>();
    for (let i = 1; i <= 5; i++) langs.add(jobPostingsIn(await boards.text(`/bench/10/jobs/${i}/`))[0].inLanguage);
    expect([...langs].sort()).toEqual(['el', 'en', 'et', 'nb', 'pl']);
  });

  it('accepts n up to 10 000 and refuses anything outside the range', async () => {
    const big = await boards.text('/bench/10000/page/200/');
    expect(linksIn(big, 'a.job-link')).toHaveLength(50);
    expect(linksIn(big, 'a[rel=next]')).toEqual([]);
    expect((await boards.get('/bench/10000/jobs/10000/')).status).toBe(200);
    for (const path of ['/bench/10001/', '/bench/0/', '/bench/100/jobs/101/', '/bench/100/jobs/0/', '/bench/100/page/3/']) {
      expect({ path, status: (await boards.get(path)).status }).toEqual({ path, status: 404 });
    }
  });

  it('keeps at most its capacity of rendered pages, evicting the oldest', () => {
    const cache = new BenchPageCache(2);
    let renders = 0;
    const render = () => `page ${++renders}`;
    cache.get('a', render);
    cache.get('b', render);
    expect(cache.get('a', render).body.toString()).toBe('page 1');
    cache.get('c', render);
    expect(cache.size).toBe(2);
    expect(cache.get('a', render).body.toString()).toBe('page 4');
  });
});
