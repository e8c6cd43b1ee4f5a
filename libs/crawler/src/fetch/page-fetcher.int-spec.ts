import { gzipSync } from 'node:zlib';
import { PermanentFetchError, TransientFetchError } from '../errors';
import { FetcherKit, html, startLocalSite, status, type LocalSite } from './fetch-test-kit';
import { readHostStats } from './host-stats';
import type { FetchOutcome } from './page-fetcher';

function page(outcome: FetchOutcome) {
  if (outcome.kind !== 'page') throw new Error(`expected a page, got ${JSON.stringify(outcome)}`);
  return outcome.page;
}

describe('PageFetcher over HTTP', () => {
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

  it('fetches a page with a User-Agent naming Frontline and its contact URL', async () => {
    site.route('/jobs', html('<h1>Klienditeenindaja</h1>'));
    const fetched = page(await kit.fetcher().fetchPage({ url: `${site.origin}/jobs#top`, role: 'listing' }));
    expect(fetched).toEqual({
      url: `${site.origin}/jobs#top`,
      finalUrl: `${site.origin}/jobs`,
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<h1>Klienditeenindaja</h1>',
    });
    const request = site.seen.find((s) => s.path === '/jobs')!;
    expect(request.headers['user-agent']).toBe('FrontlineBot/0.1 (+https://frontline.example/bot)');
    expect(request.headers.accept).toContain('text/html');
  });

  it('sends the Accept header a request asks for', async () => {
    site.route('/api', (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"jobs":[]}'));
    await kit.fetcher().fetchPage({ url: `${site.origin}/api`, role: 'api', accept: 'application/json' });
    expect(site.seen.find((s) => s.path === '/api')!.headers.accept).toBe('application/json');
  });

  it('replays ETag and Last-Modified and reports a 304 as not modified', async () => {
    const etag = '"v1"';
    const lastModified = 'Wed, 01 Jan 2025 10:00:00 GMT';
    site.route('/job/1', (req, res) => {
      if (req.headers['if-none-match'] === etag) res.writeHead(304).end();
      else res.writeHead(200, { 'content-type': 'text/html', etag, 'last-modified': lastModified }).end('<p>v1</p>');
    });
    const fetcher = kit.fetcher();
    const url = `${site.origin}/job/1`;
    expect(page(await fetcher.fetchPage({ url, role: 'detail' })).body).toBe('<p>v1</p>');
    // Another worker process sees the same validators through Redis.
    expect(await kit.fetcher().fetchPage({ url, role: 'detail' })).toEqual({ kind: 'not-modified' });
    const conditional = site.seen.filter((s) => s.path === '/job/1')[1];
    expect(conditional.headers['if-none-match']).toBe(etag);
    expect(conditional.headers['if-modified-since']).toBe(lastModified);

    expect(page(await fetcher.fetchPage({ url, role: 'detail' }, { conditional: false })).body).toBe('<p>v1</p>');
    await fetcher.forgetValidators(url);
    expect((await fetcher.fetchPage({ url, role: 'detail' })).kind).toBe('page');
  });

  it('throws a transient error for a 500 and succeeds when the server recovers', async () => {
    let calls = 0;
    site.route('/flaky', (_req, res) => {
      calls += 1;
      if (calls === 1) res.writeHead(500).end('oops');
      else res.writeHead(200, { 'content-type': 'text/html' }).end('recovered');
    });
    const fetcher = kit.fetcher();
    const url = `${site.origin}/flaky`;
    await expect(fetcher.fetchPage({ url, role: 'detail' })).rejects.toBeInstanceOf(TransientFetchError);
    expect(page(await fetcher.fetchPage({ url, role: 'detail' })).body).toBe('recovered');
  });

  it('obeys 429 Retry-After: the error carries it and the host waits for every worker', async () => {
    site.route('/busy', status(429, { 'retry-after': '30' }));
    site.route('/other', html('never asked'));
    const url = `${site.origin}/busy`;
    const error = await kit.fetcher().fetchPage({ url, role: 'detail' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientFetchError);
    expect((error as TransientFetchError).retryAfterMs).toBe(30_000);

    const later = await kit.fetcher().fetchPage({ url: `${site.origin}/other`, role: 'detail' });
    expect(later.kind).toBe('delay');
    expect((later as { ms: number }).ms).toBeGreaterThan(25_000);
    expect((later as { ms: number }).ms).toBeLessThanOrEqual(30_000);
    expect(site.paths()).not.toContain('/other');

    const [stats] = await readHostStats(kit.redis, kit.keyPrefix);
    expect(stats.host).toBe('127.0.0.1');
    expect(stats.totals.counts['429']).toBe(1);
    expect(stats.backoffUntil!.getTime()).toBeGreaterThan(Date.now() + 25_000);
  });

  it('treats 503 with an HTTP-date Retry-After the same way', async () => {
    const until = new Date(Date.now() + 60_000).toUTCString();
    site.route('/down', status(503, { 'retry-after': until }));
    const error = (await kit.fetcher().fetchPage({ url: `${site.origin}/down`, role: 'detail' }).catch((e) => e)) as TransientFetchError;
    expect(error).toBeInstanceOf(TransientFetchError);
    expect(error.retryAfterMs).toBeGreaterThan(55_000);
    expect((await kit.fetcher().fetchPage({ url: `${site.origin}/down`, role: 'detail' })).kind).toBe('delay');
  });

  it.each([[404], [410], [403]])('throws a permanent error carrying the status for a %i', async (code) => {
    site.route('/gone', status(code));
    const error = await kit.fetcher().fetchPage({ url: `${site.origin}/gone`, role: 'detail' }).catch((e) => e);
    expect(error).toBeInstanceOf(PermanentFetchError);
    expect((error as PermanentFetchError).status).toBe(code);
  });

  it('treats 408 as transient', async () => {
    site.route('/slow', status(408));
    await expect(kit.fetcher().fetchPage({ url: `${site.origin}/slow`, role: 'detail' })).rejects.toBeInstanceOf(TransientFetchError);
  });

  it('gives up on a server that does not answer in time', async () => {
    site.route('/hang', () => undefined);
    site.route('/stall', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body>half a page');
    });
    const fetcher = kit.fetcher({ timeoutMs: 300 });
    for (const path of ['/hang', '/stall']) {
      const started = Date.now();
      const error = await fetcher.fetchPage({ url: `${site.origin}${path}`, role: 'detail' }).catch((e) => e);
      expect(error).toBeInstanceOf(TransientFetchError);
      expect((error as Error).message).toMatch(/timed out after 300 ms/);
      expect(Date.now() - started).toBeLessThan(2000);
    }
    const [stats] = await readHostStats(kit.redis, kit.keyPrefix);
    expect(stats.totals.counts.timeout).toBe(2);
  });

  it('refuses a 20 MB page quickly without holding it in memory', async () => {
    const total = 20 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let written = 0;
    site.route('/huge-declared', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(total) });
      res.write(chunk);
    });
    site.route('/huge-streamed', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const pump = () => {
        while (written < total && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    });
    const fetcher = kit.fetcher({ maxBytes: 1024 * 1024, timeoutMs: 10_000 });
    for (const path of ['/huge-declared', '/huge-streamed']) {
      const started = Date.now();
      const error = await fetcher.fetchPage({ url: `${site.origin}${path}`, role: 'detail' }).catch((e) => e);
      expect(error).toBeInstanceOf(PermanentFetchError);
      expect((error as Error).message).toBe('page larger than 1048576 bytes');
      expect(Date.now() - started).toBeLessThan(1000);
    }
    // The streamed one was cut off: the server could only hand over its socket buffers' worth.
    expect(written).toBeLessThan(8 * 1024 * 1024);
  });

  it('counts decompressed bytes, so a gzip bomb is refused too', async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, ' '));
    expect(bomb.length).toBeLessThan(100 * 1024);
    site.route('/bomb', (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb));
    site.route('/small-gzip', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync('<p>Søknadsfrist</p>')),
    );
    const fetcher = kit.fetcher();
    await expect(fetcher.fetchPage({ url: `${site.origin}/bomb`, role: 'detail' })).rejects.toThrow('page larger than');
    expect(page(await fetcher.fetchPage({ url: `${site.origin}/small-gzip`, role: 'detail' })).body).toBe('<p>Søknadsfrist</p>');
  });

  it('follows redirects and reports where it ended', async () => {
    site.route('/old', status(301, { location: '/new?x=1' }));
    site.route('/new', html('moved here'));
    const fetched = page(await kit.fetcher().fetchPage({ url: `${site.origin}/old`, role: 'detail' }));
    expect(fetched.url).toBe(`${site.origin}/old`);
    expect(fetched.finalUrl).toBe(`${site.origin}/new?x=1`);
    expect(fetched.body).toBe('moved here');
  });

  it('detects a redirect loop and refuses too many redirects', async () => {
    site.route('/a', status(302, { location: '/b' }));
    site.route('/b', status(302, { location: '/a' }));
    for (let i = 0; i < 8; i++) site.route(`/hop${i}`, status(307, { location: `/hop${i + 1}` }));
    const fetcher = kit.fetcher({ maxRedirects: 5 });
    await expect(fetcher.fetchPage({ url: `${site.origin}/a`, role: 'detail' })).rejects.toThrow(/redirect loop/);
    await expect(fetcher.fetchPage({ url: `${site.origin}/hop0`, role: 'detail' })).rejects.toThrow(/more than 5 redirects/);
    expect(site.paths()).not.toContain('/hop6');
  });

  it.each([['ftp://127.0.0.1/jobs'], ['file:///etc/passwd'], ['javascript:alert(1)'], ['not a url']])(
    'refuses %s without any request',
    async (url) => {
      await expect(kit.fetcher().fetchPage({ url, role: 'detail' })).rejects.toBeInstanceOf(PermanentFetchError);
      expect(site.seen).toHaveLength(0);
    },
  );

  it('refuses a redirect to a non-http scheme', async () => {
    site.route('/to-file', status(302, { location: 'file:///etc/passwd' }));
    await expect(kit.fetcher().fetchPage({ url: `${site.origin}/to-file`, role: 'detail' })).rejects.toThrow(/only http and https/);
  });

  it('decodes the charset the server declares', async () => {
    const greek = Buffer.from([0xc8, 0xdd, 0xf3, 0xe7, 0x20, 0xe5, 0xf1, 0xe3, 0xe1, 0xf3, 0xdf, 0xe1, 0xf2]); // "Θέση εργασίας"
    site.route('/el', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=windows-1253' }).end(greek));
    const polish = Buffer.concat([Buffer.from('<meta charset="iso-8859-2"><h1>Doradca klienta, '), Buffer.from([0xa3, 0xf3, 0x64, 0xbc]), Buffer.from('</h1>')]);
    site.route('/pl', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(polish));
    const fetcher = kit.fetcher();
    expect(page(await fetcher.fetchPage({ url: `${site.origin}/el`, role: 'detail' })).body).toBe('Θέση εργασίας');
    expect(page(await fetcher.fetchPage({ url: `${site.origin}/pl`, role: 'detail' })).body).toContain('Doradca klienta, Łódź');
  });

  it('records per-host counts per minute for the admin view', async () => {
    site.route('/ok', html('ok'));
    site.route('/missing', status(404));
    site.route('/moved', status(302, { location: '/ok' }));
    const fetcher = kit.fetcher();
    await fetcher.fetchPage({ url: `${site.origin}/ok`, role: 'detail' });
    await fetcher.fetchPage({ url: `${site.origin}/moved`, role: 'detail' });
    await fetcher.fetchPage({ url: `${site.origin}/missing`, role: 'detail' }).catch(() => undefined);
    const [stats] = await readHostStats(kit.redis, kit.keyPrefix, { minutes: 5 });
    // robots.txt (404) + ok + moved (302) + ok + missing
    expect(stats.totals.requests).toBe(5);
    expect(stats.totals.counts).toMatchObject({ '2xx': 2, '3xx': 1, '4xx': 2 });
    expect(stats.minutes.reduce((sum, m) => sum + m.requests, 0)).toBe(5);
    expect(stats.lastSuccessAt!.getTime()).toBeGreaterThan(Date.now() - 10_000);
    expect(stats.backoffUntil).toBeUndefined();
  });
});
