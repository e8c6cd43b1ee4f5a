import request from 'supertest';
import { waitFor } from './support/spawn-app';
import { ADMIN_EMAIL, ADMIN_PASSWORD, inDays, postingBody, recruiterOf, signIn, startRecruiterHarness, type RecruiterHarness, type SignedIn } from './support/recruiter-harness';

/**
 * Recruiter postings through the real API, the real normalize queue and the real worker: tags in
 * the answer, ownership, idempotency, the audit trail, and every abuse case of issue 6.
 */
describe('recruiter postings (API → normalize queue → worker → PostgreSQL)', () => {
  jest.setTimeout(60_000);

  let h: RecruiterHarness;
  let admin: SignedIn;
  let alice: SignedIn;
  let bob: SignedIn;
  const auth = (who: SignedIn) => ({ Authorization: `Bearer ${who.accessToken}` });
  const post = (who: SignedIn, body: Record<string, unknown>) => request(h.http).post('/api/recruiter/postings').set(auth(who)).send(body);

  beforeAll(async () => {
    h = await startRecruiterHarness({ worker: true });
    admin = await signIn(h.http, ADMIN_EMAIL, ADMIN_PASSWORD);
    alice = await recruiterOf(h.http, admin, 'alice@nordlys.test', 'Nordlys Kundeservice AS');
    bob = await recruiterOf(h.http, admin, 'bob@baltic.test', 'Baltic Contact Centre OÜ');
  });
  afterAll(() => h?.close());

  it('posts through the normalize queue and answers with the tags the posting got, under the recruiter\'s employer', async () => {
    const res = await post(alice, postingBody());
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/api/recruiter/postings/${res.body.id}`);
    expect(res.body).toMatchObject({ status: 'open', revision: 1, employer: { id: alice.employerId, name: 'Nordlys Kundeservice' } });
    expect(res.body.posting.tags.roles).toContain('customer_service');
    expect(res.body.posting.tags).toMatchObject({ country: 'EE', remoteMode: 'hybrid', employmentType: 'full_time', salary: { min: 1400, max: 1800, currency: 'EUR', period: 'month' } });
    const { rows } = await h.pg.query('SELECT p.status, p.employer_id, s.kind, s.enabled FROM postings p JOIN posting_sources ps ON ps.posting_id = p.id JOIN sources s ON s.id = ps.source_id WHERE p.id = $1', [res.body.posting.id]);
    expect(rows).toEqual([{ status: 'open', employer_id: alice.employerId, kind: 'recruiter', enabled: false }]);
  });

  it('stores and answers descriptions without script, event handlers or javascript: links', async () => {
    const hostile = '<p onclick="steal()">Great team<script>alert(1)</script><img src=x onerror="alert(2)"> <a href="javascript:alert(3)">apply</a> <a href="https://ok.example">site</a></p><iframe src="https://evil.example"></iframe>';
    const res = await post(alice, postingBody({ title: 'Chat Support Specialist', description: hostile }));
    expect(res.status).toBe(201);
    const { rows } = await h.pg.query('SELECT p.description, rp.input FROM postings p, recruiter_postings rp WHERE p.id = $1 AND rp.id = $2', [res.body.posting.id, res.body.id]);
    for (const html of [rows[0].description, rows[0].input.description, res.body.fields.description]) {
      expect(html).toContain('Great team');
      expect(html).toContain('href="https://ok.example"');
      expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<img/i);
    }
  });

  it('cannot break the board for job seekers: hostile postings are listed and rendered inert', async () => {
    const hostile = await post(alice, postingBody({ title: 'Customer Support Agent <script>alert(1)</script>', description: '<p>Nice <img src=x onerror=alert(1)><a href="javascript:alert(2)">x</a></p>' }));
    expect(hostile.status).toBe(201);
    // The public search index refreshes in the background, about every second.
    await waitFor(async () => {
      const list = await request(h.http).get('/api/jobs');
      return list.status === 200 && JSON.stringify(list.body).includes(hostile.body.posting.id);
    }, 10_000, 'the posting in GET /api/jobs');
    const json = await request(h.http).get(`/api/jobs/${hostile.body.posting.id}`);
    expect(json.status).toBe(200);
    expect(json.body.description).not.toMatch(/onerror|javascript:|<img/);
    const page = await request(h.http).get(`/jobs/${hostile.body.posting.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Customer Support Agent &lt;script&gt;');
    expect(page.text).not.toMatch(/<script>alert|onerror=|javascript:alert/);
  });

  it('refuses a description that is nothing but unsafe markup', async () => {
    const res = await post(alice, postingBody({ description: '<script>alert(1)</script>' }));
    expect(res.status).toBe(400);
    expect(res.body.parameters).toEqual(['description']);
  });

  it.each([
    ['salaryMax below salaryMin', { salaryMin: 2000, salaryMax: 1500 }, 'salaryMax'],
    ['an unknown currency', { salaryCurrency: 'XYZ' }, 'salaryCurrency'],
    ['a salary without currency', { salaryCurrency: undefined }, 'salaryCurrency'],
    ['a date in the past', { validThrough: '2020-01-01' }, 'validThrough'],
    ['a date years ahead', { validThrough: inDays(900) }, 'validThrough'],
    ['a javascript: apply URL', { applyUrl: 'javascript:alert(1)' }, 'applyUrl'],
    ['an ftp apply URL', { applyUrl: 'ftp://files.example.com/apply' }, 'applyUrl'],
    ['a data: apply URL', { applyUrl: 'data:text/html,<script>alert(1)</script>' }, 'applyUrl'],
    ['no apply URL nor e-mail', { applyUrl: undefined }, 'applyUrl'],
    ['an unknown remote mode', { remoteMode: 'moon' }, 'remoteMode'],
    ['a salary given as text', { salaryMin: '1400' }, 'salaryMin'],
    ['an unknown field', { isAdmin: true }, 'isAdmin'],
    ['a blank title', { title: '   ' }, 'title'],
  ])('refuses %s with a 400 naming the field', async (_case, overrides, field) => {
    const res = await post(alice, postingBody(overrides));
    expect(res.status).toBe(400);
    expect(res.body.parameters).toContain(field);
  });

  it('accepts a mailto: apply URL and an apply e-mail', async () => {
    expect((await post(alice, postingBody({ title: 'Team Leader, Customer Care', applyUrl: 'mailto:jobs@nordlys.test' }))).status).toBe(201);
    const res = await post(alice, postingBody({ title: 'Customer Care Advisor', applyUrl: undefined, applyEmail: 'jobs@nordlys.test' }));
    expect(res.status).toBe(201);
    expect(res.body.fields.applyEmail).toBe('jobs@nordlys.test');
  });

  it('refuses a 2 MB body with 413', async () => {
    const res = await post(alice, postingBody({ description: 'x'.repeat(2 * 1024 * 1024) }));
    expect(res.status).toBe(413);
  });

  it('stores SQL-like strings as text and the board keeps working', async () => {
    const title = "Agent'); DROP TABLE postings; --";
    const res = await post(alice, postingBody({ title, location: "Tallinn' OR '1'='1" }));
    expect(res.status).toBe(201);
    expect(res.body.fields.title).toBe(title);
    const { rows } = await h.pg.query('SELECT count(*)::int AS n FROM postings WHERE title = $1', [title]);
    expect(rows[0].n).toBe(1);
    expect((await request(h.http).get('/api/recruiter/postings').set(auth(alice))).status).toBe(200);
  });

  it('honours Idempotency-Key: a retry posts once, a reused key with another body is refused', async () => {
    const body = postingBody({ title: 'Social Media Customer Care Agent' });
    const first = await post(alice, body).set('Idempotency-Key', 'order-77');
    const retry = await post(alice, body).set('Idempotency-Key', 'order-77');
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.id).toBe(first.body.id);
    const { rows } = await h.pg.query("SELECT count(*)::int AS n FROM recruiter_postings WHERE input->>'title' = $1", [body.title]);
    expect(rows[0].n).toBe(1);
    const reused = await post(alice, { ...body, title: 'Something else entirely' }).set('Idempotency-Key', 'order-77');
    expect(reused.status).toBe(422);
    expect((await post(alice, body).set('Idempotency-Key', 'bad key with spaces')).status).toBe(400);
  });

  describe('one posting, edited and closed', () => {
    let id: string;
    let postingId: string;

    beforeAll(async () => {
      const res = await post(alice, postingBody({ title: 'Technical Support Agent' }));
      id = res.body.id;
      postingId = res.body.posting.id;
    });

    it('is refused to another employer\'s recruiter with 403, for reading, editing and closing', async () => {
      expect((await request(h.http).get(`/api/recruiter/postings/${id}`).set(auth(bob))).status).toBe(403);
      expect((await request(h.http).patch(`/api/recruiter/postings/${id}`).set(auth(bob)).send({ title: 'Hijacked' })).status).toBe(403);
      expect((await request(h.http).post(`/api/recruiter/postings/${id}/close`).set(auth(bob))).status).toBe(403);
      expect((await post(bob, postingBody({ employerId: alice.employerId }))).status).toBe(403);
      const bobs = await request(h.http).get('/api/recruiter/postings').set(auth(bob));
      expect(bobs.body.postings.map((p: { id: string }) => p.id)).not.toContain(id);
    });

    it('is edited: normalised again, with the new tags', async () => {
      const res = await request(h.http).patch(`/api/recruiter/postings/${id}`).set(auth(alice)).send({ title: 'Senior Technical Support Team Leader', salaryMax: 2600 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ revision: 2, status: 'open', fields: { title: 'Senior Technical Support Team Leader', salaryMax: 2600 } });
      expect(res.body.posting).toMatchObject({ id: postingId, title: 'Senior Technical Support Team Leader' });
      expect(res.body.posting.tags.salary.max).toBe(2600);
    });

    it('refuses an edit whose result is invalid (salaryMin above the stored salaryMax)', async () => {
      const res = await request(h.http).patch(`/api/recruiter/postings/${id}`).set(auth(alice)).send({ salaryMin: 9000 });
      expect(res.status).toBe(400);
      expect(res.body.parameters).toEqual(['salaryMax']);
    });

    it('can be edited by an admin, who may touch every employer\'s postings', async () => {
      const res = await request(h.http).patch(`/api/recruiter/postings/${id}`).set(auth(admin)).send({ location: 'Tartu, Estonia' });
      expect(res.status).toBe(200);
      expect(res.body.fields.location).toBe('Tartu, Estonia');
    });

    it('is closed: job seekers stop seeing it; a closed posting cannot be edited; closing again is harmless', async () => {
      const res = await request(h.http).post(`/api/recruiter/postings/${id}/close`).set(auth(alice));
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('closed');
      const { rows } = await h.pg.query('SELECT status, closed_at FROM postings WHERE id = $1', [postingId]);
      expect(rows[0].status).toBe('closed');
      expect(rows[0].closed_at).toBeInstanceOf(Date);
      expect((await request(h.http).patch(`/api/recruiter/postings/${id}`).set(auth(alice)).send({ title: 'Reopened?' })).status).toBe(409);
      expect((await request(h.http).post(`/api/recruiter/postings/${id}/close`).set(auth(alice))).status).toBe(200);
    });

    it('left a trail in the audit log that admins read: who, when, what', async () => {
      const res = await request(h.http).get('/api/admin/audit-log').query({ entityId: id }).set(auth(admin));
      expect(res.status).toBe(200);
      const trail = res.body.entries.map((e: { action: string; actor: { email: string } }) => `${e.action} by ${e.actor.email}`).reverse();
      expect(trail).toEqual(['posting.create by alice@nordlys.test', 'posting.update by alice@nordlys.test', 'posting.update by ops@frontline.test', 'posting.close by alice@nordlys.test']);
      const edit = res.body.entries.find((e: { action: string }) => e.action === 'posting.update');
      expect(edit.changes).toEqual({ location: { from: 'Tallinn, Estonia', to: 'Tartu, Estonia' } });
      expect(Date.parse(edit.at)).toBeGreaterThan(Date.now() - 60_000);
      expect((await request(h.http).get('/api/admin/audit-log').set(auth(alice))).status).toBe(403);
      expect((await request(h.http).get('/api/admin/audit-log')).status).toBe(401);
    });
  });

  it('lists only the recruiter\'s own employer\'s postings, newest first, with status and a cursor', async () => {
    const page = await request(h.http).get('/api/recruiter/postings').query({ limit: 2 }).set(auth(alice));
    expect(page.status).toBe(200);
    expect(page.body.postings).toHaveLength(2);
    expect(page.body.postings.every((p: { employer: { id: string } }) => p.employer.id === alice.employerId)).toBe(true);
    const next = await request(h.http).get('/api/recruiter/postings').query({ limit: 100, cursor: page.body.nextCursor }).set(auth(alice));
    const all = [...page.body.postings, ...next.body.postings];
    expect(new Set(all.map((p: { id: string }) => p.id)).size).toBe(all.length);
    expect(all.map((p: { status: string }) => p.status)).toContain('closed');
    const times = all.map((p: { createdAt: string }) => p.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect((await request(h.http).get('/api/recruiter/postings').query({ cursor: 'not-a-cursor' }).set(auth(alice))).status).toBe(400);
  });
});
