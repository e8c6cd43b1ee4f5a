import request from 'supertest';
import { createDemoBoardsServer, type DemoBoardsServer } from '../apps/demo-boards/src';
import { waitFor } from './support/spawn-app';
import { ADMIN_EMAIL, ADMIN_PASSWORD, signIn, startRecruiterHarness, type RecruiterHarness, type SignedIn } from './support/recruiter-harness';

const APPLE_SELECTORS = {
  item: 'table.jobs tbody tr',
  link: 'td.title a',
  next: 'a[rel=next]',
  fields: { title: 'h1.job-title', employer: '.company', location: '.location', description: '.description', posted: 'time.posted', apply: 'a.apply' },
};

/**
 * Crawl sources through the admin API against demo-boards: every kind validated by its adapter and
 * by a sample fetch before it is saved, "crawl now" through the real worker, runs with their
 * counts, per-source status, per-host health, and the audit trail.
 */
describe('admin: crawl sources, runs and hosts (API → worker → demo-boards)', () => {
  jest.setTimeout(60_000);

  let h: RecruiterHarness;
  let admin: SignedIn;
  let boards: DemoBoardsServer;
  let boardsUrl: string;
  const auth = () => ({ Authorization: `Bearer ${admin.accessToken}` });
  const create = (body: Record<string, unknown>) => request(h.http).post('/api/admin/sources').set(auth()).send(body);
  const get = (path: string) => request(h.http).get(path).set(auth());
  const patch = (id: string, body: Record<string, unknown>) => request(h.http).patch(`/api/admin/sources/${id}`).set(auth()).send(body);
  const html = (overrides: Record<string, unknown> = {}) => ({ name: 'apple-html', kind: 'html', url: `${boardsUrl}/html/apple/jobs/`, employer: 'Apple', interval: '1h', selectors: APPLE_SELECTORS, ...overrides });
  const greenhouse = (overrides: Record<string, unknown> = {}) => ({ name: 'nordic-care-greenhouse', kind: 'greenhouse', board: 'nordiccare', baseUrl: `${boardsUrl}/greenhouse`, interval: '1h', ...overrides });

  beforeAll(async () => {
    boards = createDemoBoardsServer();
    boardsUrl = (await boards.listen(0, '127.0.0.1')).url;
    h = await startRecruiterHarness({ worker: true, env: { CRAWL_ALLOWED_HOSTS: '127.0.0.1,localhost', CRAWL_HOST_RPS: '100' } });
    admin = await signIn(h.http, ADMIN_EMAIL, ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await h?.close();
    await boards?.close();
  });

  it('saves an html source once its selectors found a posting on a sample fetch', async () => {
    const res = await create(html());
    expect(res.status).toBe(201);
    expect(res.body.check).toMatchObject({ url: `${boardsUrl}/html/apple/jobs/`, status: 200, postings: 1 });
    expect(res.body.check.links).toBeGreaterThan(1);
    expect(res.body.source).toMatchObject({
      name: 'apple-html',
      kind: 'html',
      origin: 'api',
      interval: '1h',
      intervalSeconds: 3600,
      enabled: true,
      status: { lastRun: null, nextRunAt: null, due: true, postingsOpen: 0, errorStreak: 0, flagged: false },
    });
  });

  it.each([
    ['no selectors for an html source', () => html({ name: 'h1', selectors: undefined }), 'selectors'],
    ['an item selector that matches nothing', () => html({ name: 'h2', selectors: { ...APPLE_SELECTORS, item: 'ul.openings li' } }), 'selectors.item'],
    ['an item selector that does not parse', () => html({ name: 'h3', selectors: { ...APPLE_SELECTORS, item: 'table[[' } }), 'selectors.item'],
    ['a title selector that finds nothing on the posting page', () => html({ name: 'h4', selectors: { ...APPLE_SELECTORS, fields: { title: 'h1.headline' } } }), 'selectors.fields.title'],
    ['a board the vendor does not know', () => greenhouse({ name: 'g1', board: 'no-such-board' }), 'board'],
    ['an ATS source without board', () => greenhouse({ name: 'g2', board: undefined }), 'board'],
    ['a jsonld source without url', () => ({ name: 'j1', kind: 'jsonld', interval: '1h' }), 'url'],
    ['a non-http url', () => ({ name: 'j2', kind: 'jsonld', url: 'ftp://jobs.example.com/', interval: '1h' }), 'url'],
    ['a url on a private address', () => ({ name: 'j3', kind: 'jsonld', url: 'http://169.254.169.254/latest/meta-data/', interval: '1h' }), 'url'],
    ['a malformed interval', () => greenhouse({ name: 'g3', interval: 'weekly' }), 'interval'],
    ['an interval under a minute', () => greenhouse({ name: 'g4', interval: '10s' }), 'interval'],
    ['an interval of centuries', () => greenhouse({ name: 'g6', interval: '999999d' }), 'interval'],
    ['selectors that are a list', () => html({ name: 'h5', selectors: ['table tr'] }), 'selectors'],
    ['selectors too large to be selectors', () => html({ name: 'h6', selectors: { ...APPLE_SELECTORS, fields: { title: 'h1', ...Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`f${i}`, 'div.some-long-class-name'])) } } }), 'selectors'],
    ['the recruiters\' own kind', () => ({ name: 'r1', kind: 'recruiter', interval: '1h' }), 'kind'],
    ['an unknown kind', () => ({ name: 'k1', kind: 'myspace', url: 'https://x.example', interval: '1h' }), 'kind'],
    ['a name that is not kebab-case', () => greenhouse({ name: 'Nordic Care' }), 'name'],
    ['an unknown field', () => greenhouse({ name: 'g5', owner: 'me' }), 'owner'],
  ] as [string, () => Record<string, unknown>, string][])('refuses %s with a 400 naming the field', async (_case, body, field) => {
    // The bodies are built when the test runs: demo-boards' URL is known only then.
    const res = await create(body());
    expect(res.status).toBe(400);
    expect(res.body.parameters).toContain(field);
  });

  it('answers 502 and saves nothing when the site cannot be reached for the check', async () => {
    // Nothing listens on port 1: the check cannot be made, which is not the caller's fault.
    const res = await create({ name: 'j4', kind: 'jsonld', url: 'http://localhost:1/careers/', interval: '1h' });
    expect(res.status).toBe(502);
    expect(res.body.message).toMatch(/nothing was saved/);
  });

  it('checks an ATS board token on the vendor API and refuses a taken name', async () => {
    const res = await create(greenhouse());
    expect(res.status).toBe(201);
    expect(res.body.check.postings).toBeGreaterThan(0);
    expect((await create(greenhouse())).status).toBe(409);
    const { rows } = await h.pg.query("SELECT count(*)::int AS n FROM sources WHERE name LIKE 'g_' OR name LIKE 'h_' OR name LIKE 'j_'");
    expect(rows[0].n).toBe(0);
  });

  describe('a saved source', () => {
    let id: string;
    let jobId: string;

    beforeAll(async () => {
      id = (await get('/api/admin/sources')).body.sources.find((s: { name: string }) => s.name === 'nordic-care-greenhouse').id;
    });

    it('is edited with the same validation, and its interval without a fetch', async () => {
      const slower = await patch(id, { interval: '2h' });
      expect(slower.status).toBe(200);
      expect(slower.body).toMatchObject({ source: { interval: '2h' }, check: null });
      const wrong = await patch(id, { board: 'no-such-board' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.parameters).toEqual(['board']);
      expect((await get(`/api/admin/sources/${id}`)).body.board).toBe('nordiccare');
      expect((await patch(id, { name: 'renamed' })).status).toBe(400);
      expect((await patch('4a4c6a0e-5f1e-4b53-9d0c-000000000000', { interval: '1h' })).status).toBe(404);
    });

    it('leaves sources of the sources file to the file', async () => {
      const { rows } = await h.pg.query("INSERT INTO sources (name, kind, url, interval_seconds, origin, updated_at) VALUES ('from-file', 'jsonld', $1, 3600, 'file', now()) RETURNING id", [`${boardsUrl}/careers/hilton/`]);
      const res = await patch(rows[0].id, { enabled: false });
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(/sources file/);
    });

    it('is crawled now by the worker; the run shows its counts and the source its status', async () => {
      // Held in a paused queue, the crawl has not run yet: a second click is the same crawl.
      await request(h.http).post('/api/admin/queues/crawl/pause').set(auth()).expect(200);
      const res = await request(h.http).post(`/api/admin/sources/${id}/crawl`).set(auth());
      expect(res.status).toBe(202);
      jobId = res.body.jobId;
      expect((await request(h.http).post(`/api/admin/sources/${id}/crawl`).set(auth())).body.jobId).toBe(jobId);
      await request(h.http).post('/api/admin/queues/crawl/resume').set(auth()).expect(200);

      const run = await waitFor(async () => {
        const runs = (await get(`/api/admin/runs?sourceId=${id}`)).body.runs;
        return runs[0]?.status === 'succeeded' ? runs[0] : undefined;
      }, 30_000, 'the crawl run to succeed');
      expect(run).toMatchObject({ sourceId: id, source: 'nordic-care-greenhouse', complete: true, jobId, errors: [] });
      expect(run.pages.fetched).toBeGreaterThanOrEqual(1);
      expect(run.postings.new).toBeGreaterThan(0);
      expect(run.durationSeconds).toBeGreaterThanOrEqual(0);

      const source = (await get(`/api/admin/sources/${id}`)).body;
      expect(source.status.lastRun).toMatchObject({ id: run.id, status: 'succeeded' });
      expect(source.status.postingsOpen).toBe(run.postings.new + run.postings.unchanged + run.postings.updated);
      expect(source.status.lastRunAt).not.toBeNull();
    });

    it('pages through runs and refuses a cursor it did not give', async () => {
      const first = (await get('/api/admin/runs?limit=1')).body;
      expect(first.runs).toHaveLength(1);
      expect(first.nextCursor === null || typeof first.nextCursor === 'string').toBe(true);
      expect((await get('/api/admin/runs?cursor=bm90LWEtY3Vyc29y')).status).toBe(400);
      expect((await get('/api/admin/runs?status=exploded')).status).toBe(400);
      expect((await get(`/api/admin/runs/${(first.runs[0] as { id: string }).id}`)).status).toBe(200);
    });

    it('is flagged after three runs in a row that did not succeed', async () => {
      await h.pg.query('UPDATE sources SET error_streak = 3 WHERE id = $1', [id]);
      const source = (await get(`/api/admin/sources/${id}`)).body;
      expect(source.status).toMatchObject({ errorStreak: 3, flagged: true, flagReason: '3 runs in a row did not succeed' });
      await h.pg.query('UPDATE sources SET error_streak = 0 WHERE id = $1', [id]);
    });

    it('shows the crawled host\'s health, also as a metric', async () => {
      const hosts = (await get('/api/admin/hosts')).body.hosts;
      const host = hosts.find((x: { host: string }) => x.host === '127.0.0.1');
      expect(host).toMatchObject({ verdict: 'ok', reasons: [], robots: { state: 'rules', crawlDelaySeconds: null }, politenessDelaySeconds: 0.01, backoffUntil: null });
      expect(host.requestsInWindow).toBeGreaterThan(0);
      expect(host.lastSuccessAt).not.toBeNull();
      const metrics = (await request(h.http).get('/metrics')).text;
      expect(metrics).toMatch(/^frontline_host_health\{host="127\.0\.0\.1",verdict="ok",service="api"\} 1$/m);
    });

    it('is not deleted while it carries postings; disabled, it cannot be crawled', async () => {
      const refused = await request(h.http).delete(`/api/admin/sources/${id}`).set(auth());
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/disable it instead/);
      expect((await patch(id, { enabled: false })).body.source).toMatchObject({ enabled: false, status: { nextRunAt: null } });
      expect((await request(h.http).post(`/api/admin/sources/${id}/crawl`).set(auth())).status).toBe(409);
    });
  });

  it('deletes a source that never carried a posting', async () => {
    const id = (await get('/api/admin/sources')).body.sources.find((s: { name: string }) => s.name === 'apple-html').id;
    expect((await request(h.http).delete(`/api/admin/sources/${id}`).set(auth())).status).toBe(204);
    expect((await get(`/api/admin/sources/${id}`)).status).toBe(404);
  });

  it('records who created, changed, crawled and deleted sources', async () => {
    const entries = (await get('/api/admin/audit-log?entityType=source&limit=100')).body.entries as { action: string; changes: Record<string, unknown> }[];
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['source.create', 'source.update', 'source.crawl_now', 'source.delete']));
    const update = entries.find((e) => e.action === 'source.update' && 'intervalSeconds' in e.changes);
    expect(update?.changes.intervalSeconds).toEqual({ from: 3600, to: 7200 });
  });
});
