import { PermanentFetchError, RobotsDisallowedError, TransientFetchError } from '../errors';
import type { LookupAll } from './address-guard';
import { FetcherKit, html, robots, startLocalSite, status, type LocalSite } from './fetch-test-kit';

/** A resolver that knows a few invented names, so that tests never touch real DNS. */
function fakeDns(table: Record<string, string[]>): LookupAll {
  return async (host) => {
    const addresses = table[host];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

describe('PageFetcher: robots.txt, politeness and address checks', () => {
  let kit: FetcherKit;
  let site: LocalSite;

  beforeEach(async () => {
    kit = new FetcherKit();
    site = await startLocalSite();
  });

  afterEach(async () => {
    await site.close();
    await kit.close();
  });

  describe('robots.txt', () => {
    it('never requests a disallowed path, and fetches robots.txt once for every worker', async () => {
      site.route('/robots.txt', robots('User-agent: *\nDisallow: /admin\n\nUser-agent: FrontlineBot\nDisallow: /private/\n'));
      site.route('/private/job-1', html('secret'));
      site.route('/admin', html('only other bots are kept out'));
      const first = kit.fetcher();
      const second = kit.fetcher();
      await expect(first.fetchPage({ url: `${site.origin}/private/job-1`, role: 'detail' })).rejects.toBeInstanceOf(
        RobotsDisallowedError,
      );
      await expect(second.fetchPage({ url: `${site.origin}/private/job-1`, role: 'detail' })).rejects.toBeInstanceOf(
        RobotsDisallowedError,
      );
      // Our own group replaces the * group, so /admin is allowed for FrontlineBot.
      expect((await second.fetchPage({ url: `${site.origin}/admin`, role: 'detail' })).kind).toBe('page');
      expect(site.paths()).not.toContain('/private/job-1');
      expect(site.paths().filter((p) => p === '/robots.txt')).toHaveLength(1);
    });

    it('checks robots.txt again after a redirect', async () => {
      site.route('/robots.txt', robots('User-agent: *\nDisallow: /hidden\n'));
      site.route('/open', status(302, { location: '/hidden/page' }));
      site.route('/hidden/page', html('no'));
      await expect(kit.fetcher().fetchPage({ url: `${site.origin}/open`, role: 'detail' })).rejects.toBeInstanceOf(
        RobotsDisallowedError,
      );
      expect(site.paths()).not.toContain('/hidden/page');
    });

    it('allows everything when robots.txt is missing (4xx)', async () => {
      site.route('/robots.txt', status(403));
      site.route('/jobs', html('ok'));
      expect((await kit.fetcher().fetchPage({ url: `${site.origin}/jobs`, role: 'listing' })).kind).toBe('page');
    });

    it('fetches nothing while robots.txt answers 5xx, and tries again later', async () => {
      let robotsCalls = 0;
      site.route('/robots.txt', (_req, res) => {
        robotsCalls += 1;
        res.writeHead(503).end();
      });
      site.route('/jobs', html('ok'));
      await expect(kit.fetcher().fetchPage({ url: `${site.origin}/jobs`, role: 'listing' })).rejects.toThrow(
        /robots.txt of .* unavailable \(HTTP 503\)/,
      );
      expect(site.paths()).not.toContain('/jobs');
      expect(robotsCalls).toBe(1);
      // The "unavailable" verdict expires after a minute; meanwhile other workers do not ask again.
      const ttl = await kit.redis.pttl(`${kit.keyPrefix}robots:${site.origin}`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
      await expect(kit.fetcher().fetchPage({ url: `${site.origin}/jobs`, role: 'listing' })).rejects.toBeInstanceOf(
        TransientFetchError,
      );
      expect(robotsCalls).toBe(1);
    });

    it('obeys Crawl-delay by lowering the host rate below CRAWL_HOST_RPS', async () => {
      site.route('/robots.txt', robots('User-agent: frontlinebot\nCrawl-delay: 3\n'));
      site.route('/a', html('a'));
      site.route('/b', html('b'));
      const fetcher = kit.fetcher({ hostRps: 50 });
      expect((await fetcher.fetchPage({ url: `${site.origin}/a`, role: 'detail' })).kind).toBe('page');
      const second = await fetcher.fetchPage({ url: `${site.origin}/b`, role: 'detail' });
      expect(second.kind).toBe('delay');
      expect((second as { ms: number }).ms).toBeGreaterThan(2000);
      expect((second as { ms: number }).ms).toBeLessThanOrEqual(3000);
      expect(site.paths()).not.toContain('/b');
    });
  });

  describe('politeness', () => {
    it('shares the per-host rate between fetchers (processes) through Redis', async () => {
      site.route('/one', html('1'));
      site.route('/two', html('2'));
      const a = kit.fetcher({ hostRps: 1 });
      const b = kit.fetcher({ hostRps: 1 });
      expect((await a.fetchPage({ url: `${site.origin}/one`, role: 'detail' })).kind).toBe('page');
      const waited = await b.fetchPage({ url: `${site.origin}/two`, role: 'detail' });
      expect(waited.kind).toBe('delay');
      expect((waited as { ms: number }).ms).toBeGreaterThan(0);
      expect((waited as { ms: number }).ms).toBeLessThanOrEqual(1000);
      expect(site.paths()).not.toContain('/two');
      // Benchmarks against our own servers turn politeness off.
      expect((await b.fetchPage({ url: `${site.origin}/two`, role: 'detail' }, { politeness: false })).kind).toBe('page');
    });

    it('lets a request through again once the window has passed', async () => {
      site.route('/one', html('1'));
      const fetcher = kit.fetcher({ hostRps: 1 });
      expect((await fetcher.fetchPage({ url: `${site.origin}/one`, role: 'detail' })).kind).toBe('page');
      const waited = await fetcher.fetchPage({ url: `${site.origin}/one`, role: 'detail' });
      expect(waited.kind).toBe('delay');
      await new Promise((r) => setTimeout(r, (waited as { ms: number }).ms + 50));
      expect((await fetcher.fetchPage({ url: `${site.origin}/one`, role: 'detail' })).kind).toBe('page');
    });
  });

  describe('addresses', () => {
    it('refuses loopback when it is not allowed, before any request (robots.txt included)', async () => {
      site.route('/jobs', html('internal'));
      const fetcher = kit.fetcher({ allowedHosts: [] });
      await expect(fetcher.fetchPage({ url: `${site.origin}/jobs`, role: 'listing' })).rejects.toThrow(
        /resolves to loopback address 127\.0\.0\.1/,
      );
      await expect(fetcher.fetchPage({ url: `http://[::ffff:127.0.0.1]:${site.port}/jobs`, role: 'listing' })).rejects.toBeInstanceOf(
        PermanentFetchError,
      );
      expect(site.seen).toHaveLength(0);
    });

    it('refuses a host whose DNS answers include a private address', async () => {
      const fetcher = kit.fetcher({
        allowedHosts: [],
        lookup: fakeDns({ 'jobs.example': ['93.184.216.34', '10.0.0.7'], 'metadata.example': ['169.254.169.254'] }),
      });
      await expect(fetcher.fetchPage({ url: 'http://jobs.example/', role: 'listing' })).rejects.toThrow(/private address 10\.0\.0\.7/);
      await expect(fetcher.fetchPage({ url: 'http://metadata.example/latest', role: 'listing' })).rejects.toThrow(/link-local/);
    });

    it('connects to the address it checked, and refuses a redirect to a private address', async () => {
      // "careers.example" is allowed and resolves to loopback; 127.0.0.1 itself is not allowed.
      site.route('/jobs', html('via the allowed name'));
      site.route('/leak', status(302, { location: `http://127.0.0.1:${site.port}/internal` }));
      site.route('/internal', html('internal'));
      const fetcher = kit.fetcher({ allowedHosts: ['careers.example'], lookup: fakeDns({ 'careers.example': ['127.0.0.1'] }) });
      const ok = await fetcher.fetchPage({ url: `http://careers.example:${site.port}/jobs`, role: 'listing' });
      expect(ok.kind === 'page' && ok.page.body).toBe('via the allowed name');
      expect(site.seen.find((s) => s.path === '/jobs')!.headers.host).toBe(`careers.example:${site.port}`);

      await expect(fetcher.fetchPage({ url: `http://careers.example:${site.port}/leak`, role: 'detail' })).rejects.toThrow(
        /refused .*127\.0\.0\.1.*loopback/,
      );
      expect(site.paths()).not.toContain('/internal');
    });

    it('treats a name that does not resolve as transient', async () => {
      const fetcher = kit.fetcher({ lookup: fakeDns({}) });
      await expect(fetcher.fetchPage({ url: 'http://nowhere.example/', role: 'listing' })).rejects.toThrow(
        /cannot resolve nowhere\.example: ENOTFOUND/,
      );
    });
  });
});
