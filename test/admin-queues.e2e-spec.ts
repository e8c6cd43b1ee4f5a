import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { JobName, QueueName, QueueProducer } from '@app/queue';
import { waitFor } from './support/spawn-app';
import { webSignIn, type WebSession } from './support/admin-web';
import { ADMIN_EMAIL, ADMIN_PASSWORD, RECRUITER_PASSWORD, recruiterOf, signIn, startRecruiterHarness, type RecruiterHarness, type SignedIn } from './support/recruiter-harness';

/**
 * Queue health and the operator's actions through the real API, against a real worker, Redis and
 * PostgreSQL: failed jobs listed with their reason and payload, retried once the cause is fixed,
 * removed; queues paused and resumed; Bull Board behind admin sign-in; every action audited; and
 * the admin surface closed to recruiters and anonymous callers.
 */
describe('admin: queues (API → BullMQ on Redis, worker, audit log)', () => {
  jest.setTimeout(60_000);

  let h: RecruiterHarness;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let adminWeb: WebSession;
  let recruiterWeb: WebSession;
  const bearer = (who: SignedIn) => ({ Authorization: `Bearer ${who.accessToken}` });
  const api = {
    get: (path: string, who: SignedIn = admin) => request(h.http).get(path).set(bearer(who)),
    post: (path: string, who: SignedIn = admin) => request(h.http).post(path).set(bearer(who)),
    delete: (path: string, who: SignedIn = admin) => request(h.http).delete(path).set(bearer(who)),
  };

  /** A posting for a source that does not exist (yet): storing it fails until the source is there. */
  async function failingJob(sourceId: string, externalId: string): Promise<string> {
    const job = await h.app.get(QueueProducer).add(
      QueueName.Normalize,
      JobName.NormalizePosting,
      {
        sourceId,
        runId: undefined,
        raw: { externalId, url: `https://jobs.example.com/${externalId}`, title: 'Customer Support Agent', description: '<p>Answer customers by phone and chat.</p>', employer: 'Nordlys', location: 'Tallinn, Estonia' },
      },
      { attempts: 1 },
    );
    return String(job.id);
  }

  async function failedIds(): Promise<string[]> {
    const res = await api.get('/api/admin/queues/normalize/failed?limit=100');
    return res.body.jobs.map((j: { id: string }) => j.id);
  }

  beforeAll(async () => {
    h = await startRecruiterHarness({ worker: true });
    admin = await signIn(h.http, ADMIN_EMAIL, ADMIN_PASSWORD);
    recruiter = await recruiterOf(h.http, admin, 'rita@nordlys.test', 'Nordlys Kundeservice AS');
    adminWeb = await webSignIn(h.http, ADMIN_EMAIL, ADMIN_PASSWORD);
    recruiterWeb = await webSignIn(h.http, 'rita@nordlys.test', RECRUITER_PASSWORD);
  });
  afterAll(() => h?.close());

  describe('is closed to everyone but admins', () => {
    const endpoints: [string, string][] = [
      ['get', '/api/admin/queues'],
      ['get', '/api/admin/queues/crawl'],
      ['get', '/api/admin/queues/normalize/failed'],
      ['post', '/api/admin/queues/normalize/failed/retry'],
      ['post', '/api/admin/queues/normalize/failed/some-job/retry'],
      ['delete', '/api/admin/queues/normalize/failed/some-job'],
      ['post', '/api/admin/queues/crawl/pause'],
      ['post', '/api/admin/queues/crawl/resume'],
      ['get', '/api/admin/sources'],
      ['post', '/api/admin/sources'],
      ['get', '/api/admin/runs'],
      ['get', '/api/admin/hosts'],
    ];

    it.each(endpoints)('%s %s: 401 without credentials, 403 for a recruiter', async (method, path) => {
      const anonymous = await (request(h.http) as unknown as Record<string, (p: string) => request.Test>)[method](path);
      expect(anonymous.status).toBe(401);
      const asRecruiter = await (api as Record<string, (p: string, w: SignedIn) => request.Test>)[method](path, recruiter);
      expect(asRecruiter.status).toBe(403);
    });

    it('sends an anonymous browser to sign in, and refuses a recruiter\'s session, for the dashboard and Bull Board', async () => {
      const page = await request(h.http).get('/admin').set('Accept', 'text/html');
      expect(page.status).toBe(303);
      expect(page.headers.location).toBe('/sign-in?next=%2Fadmin');
      const board = await request(h.http).get('/admin/queues/').set('Accept', 'text/html');
      expect(board.status).toBe(303);
      expect(board.headers.location).toMatch(/^\/sign-in\?next=%2Fadmin%2Fqueues/);
      expect((await request(h.http).get('/admin/queues/api/queues').set('Accept', 'application/json')).status).toBe(401);

      expect((await request(h.http).get('/admin').set('Cookie', recruiterWeb.cookie)).status).toBe(403);
      expect((await request(h.http).get('/admin/queues/api/queues').set('Cookie', recruiterWeb.cookie)).status).toBe(403);
      const action = await request(h.http).post('/admin/actions/queues/crawl/pause').set('Cookie', recruiterWeb.cookie).type('form').send({ _csrf: recruiterWeb.csrf });
      expect(action.status).toBe(403);
    });
  });

  it('reports every queue: counts per state, workers, throughput for the last hour, and a verdict', async () => {
    const res = await api.get('/api/admin/queues');
    expect(res.status).toBe(200);
    expect(res.body.queues.map((q: { queue: string }) => q.queue)).toEqual(['crawl', 'normalize']);
    for (const q of res.body.queues) {
      expect(q).toMatchObject({ reachable: true, verdict: 'ok', reasons: [], paused: false, stalledRecently: 0, windowMinutes: 15 });
      expect(q.workers).toBeGreaterThanOrEqual(1);
      expect(Object.keys(q.counts)).toEqual(['waiting', 'prioritized', 'active', 'delayed', 'waiting-children', 'paused', 'completed', 'failed']);
      expect(q.throughput.completed).toHaveLength(60);
      expect(q.throughput.failed).toHaveLength(60);
    }
    expect((await api.get('/api/admin/queues/mail')).status).toBe(404);
  });

  it('lists a failed job with its reason, stack and payload, and retries it once the cause is fixed', async () => {
    const sourceId = randomUUID();
    const jobId = await failingJob(sourceId, 'late-1');
    await waitFor(async () => (await failedIds()).includes(jobId), 30_000, 'the job to fail');

    const listed = (await api.get('/api/admin/queues/normalize/failed')).body;
    expect(listed.total).toBeGreaterThanOrEqual(1);
    const job = listed.jobs.find((j: { id: string }) => j.id === jobId);
    expect(job).toMatchObject({ queue: 'normalize', name: 'NormalizePosting', attemptsMade: 1, attempts: 1, payload: { sourceId, raw: { externalId: 'late-1' } } });
    expect(job.failedReason).not.toBe('');
    expect(job.stacktrace.length).toBeGreaterThanOrEqual(1);
    expect((await api.get(`/api/admin/queues/normalize/failed/${jobId}`)).body.id).toBe(jobId);

    const health = (await api.get('/api/admin/queues/normalize')).body;
    expect(health.counts.failed).toBeGreaterThanOrEqual(1);
    expect(health.throughput.failedLastHour).toBeGreaterThanOrEqual(1);

    // The cause: the posting's source did not exist. Now it does.
    await h.pg.query("INSERT INTO sources (id, name, kind, interval_seconds, origin, updated_at) VALUES ($1, 'late-source', 'jsonld', 3600, 'api', now())", [sourceId]);
    const retried = await api.post(`/api/admin/queues/normalize/failed/${jobId}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ queue: 'normalize', jobId });
    await waitFor(async () => (await h.pg.query('SELECT 1 FROM posting_sources WHERE source_id = $1', [sourceId])).rowCount === 1, 30_000, 'the retried posting to be stored');
    expect(await failedIds()).not.toContain(jobId);
    expect((await api.post(`/api/admin/queues/normalize/failed/${jobId}/retry`)).status).toBe(409);
    expect((await api.get(`/api/admin/queues/normalize/failed/${jobId}`)).status).toBe(409);
  });

  it('retries every failed job of a queue, removes one, and refuses ids that cannot name a job', async () => {
    const ids = [await failingJob(randomUUID(), 'never-1'), await failingJob(randomUUID(), 'never-2')];
    await waitFor(async () => (await failedIds()).filter((id) => ids.includes(id)).length === 2, 30_000, 'both jobs to fail');

    const all = await api.post('/api/admin/queues/normalize/failed/retry');
    expect(all.status).toBe(200);
    expect(all.body.retried).toBeGreaterThanOrEqual(2);
    // Their sources still do not exist: they fail again.
    await waitFor(async () => (await failedIds()).filter((id) => ids.includes(id)).length === 2, 30_000, 'both jobs to fail again');

    const removed = await api.delete(`/api/admin/queues/normalize/failed/${ids[0]}`);
    expect(removed.status).toBe(200);
    expect(await failedIds()).not.toContain(ids[0]);
    expect((await api.delete(`/api/admin/queues/normalize/failed/${ids[0]}`)).status).toBe(404);
    expect((await api.post('/api/admin/queues/normalize/failed/bad%20id%3A1/retry')).status).toBe(400);
  });

  it('pauses and resumes a queue; a paused queue is degraded and says why', async () => {
    expect((await api.post('/api/admin/queues/crawl/pause')).body).toEqual({ queue: 'crawl', paused: true });
    const paused = (await api.get('/api/admin/queues/crawl')).body;
    expect(paused).toMatchObject({ paused: true, verdict: 'degraded' });
    expect(paused.reasons[0]).toMatch(/^paused by an operator/);
    expect((await api.post('/api/admin/queues/crawl/resume')).body).toEqual({ queue: 'crawl', paused: false });
    expect((await api.get('/api/admin/queues/crawl')).body.paused).toBe(false);
  });

  it('serves Bull Board to an admin\'s session and audits what is done there; a cross-site request is refused', async () => {
    const page = await request(h.http).get('/admin/queues/').set('Cookie', adminWeb.cookie);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Frontline queues');
    const queues = await request(h.http).get('/admin/queues/api/queues').set('Cookie', adminWeb.cookie);
    expect(queues.status).toBe(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(['crawl', 'normalize']);

    const crossSite = await request(h.http).put('/admin/queues/api/queues/crawl/pause').set('Cookie', adminWeb.cookie).set('Sec-Fetch-Site', 'cross-site');
    expect(crossSite.status).toBe(403);
    const pause = await request(h.http).put('/admin/queues/api/queues/crawl/pause').set('Cookie', adminWeb.cookie).set('Sec-Fetch-Site', 'same-origin');
    expect(pause.status).toBe(200);
    expect((await api.get('/api/admin/queues/crawl')).body.paused).toBe(true);
    await request(h.http).put('/admin/queues/api/queues/crawl/resume').set('Cookie', adminWeb.cookie).set('Sec-Fetch-Site', 'same-origin').expect(200);
  });

  it('records every action in the audit log, with who did it', async () => {
    const log = async (entityType: string) => (await api.get(`/api/admin/audit-log?entityType=${entityType}&limit=100`)).body.entries as { action: string; actor: { email: string } }[];
    const jobActions = (await log('queue_job')).map((e) => e.action);
    expect(jobActions).toEqual(expect.arrayContaining(['queue_job.retry', 'queue_job.remove']));
    const queueEntries = await log('queue');
    expect(queueEntries.map((e) => e.action)).toEqual(expect.arrayContaining(['queue.retry_failed', 'queue.pause', 'queue.resume', 'queue.board_action']));
    expect(new Set(queueEntries.map((e) => e.actor.email))).toEqual(new Set([ADMIN_EMAIL]));
  });

  it('renders the dashboard for an admin, with a policy that lets only its own scripts run', async () => {
    const page = await request(h.http).get('/admin').set('Cookie', adminWeb.cookie);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.text).toContain('data-queue="normalize"');
    expect(page.text).toMatch(/<tr data-job-id="[^"]+" data-queue="normalize">/);
    expect(page.text).toContain('id="throughput-data"');
    for (const asset of ['uPlot.iife.min.js', 'uPlot.min.css', 'dashboard.js']) expect((await request(h.http).get(`/admin/assets/${asset}`)).status).toBe(200);
    expect((await request(h.http).get('/admin/assets/..%2F..%2Fpackage.json')).status).toBe(404);
  });

  it('exports queue depth, health verdicts, HTTP timings and process metrics at /metrics', async () => {
    const text = (await request(h.http).get('/metrics').expect(200)).text;
    expect(text).toMatch(/^frontline_queue_jobs\{queue="normalize",state="failed",service="api"\} [1-9]/m);
    expect(text).toMatch(/^frontline_queue_health\{queue="normalize",verdict="(ok|degraded|failing)",service="api"\} 1$/m);
    expect(text).toMatch(/^frontline_queue_workers\{queue="crawl",service="api"\} [1-9]/m);
    expect(text).toMatch(/^frontline_http_request_duration_seconds_count\{service="api",method="GET",route="\/api\/admin\/queues",status_code="200"\} [1-9]/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total\{service="api"\} /m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes\{service="api"\} /m);
  });
});
