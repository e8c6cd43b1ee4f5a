import Redis from 'ioredis';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { createApiApp } from '../apps/api/src/create-api-app';
import { ADMIN_EMAIL, ADMIN_PASSWORD, RECRUITER_PASSWORD, postingBody, recruiterOf, signIn, startRecruiterHarness, type RecruiterHarness, type SignedIn } from './support/recruiter-harness';

/**
 * Accounts and credentials through the real API on PostgreSQL and Redis: sign-in, token refresh
 * and reuse detection, API keys, invitations, disabling, and the rate limits held in Redis.
 */
describe('recruiter accounts and credentials', () => {
  jest.setTimeout(60_000);

  let h: RecruiterHarness;
  let admin: SignedIn;
  let carol: SignedIn;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const me = (headers: Record<string, string>) => request(h.http).get('/api/auth/me').set(headers);
  const claims = { issuer: 'frontline', audience: 'frontline-api' };
  const sign = (payload: object, secret: string, options: { subject: string; expiresIn?: number }) => new JwtService({ secret }).sign(payload, { ...claims, ...options });
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

  beforeAll(async () => {
    h = await startRecruiterHarness({ worker: false, env: { AUTH_SIGN_IN_LIMIT: '10', RECRUITER_POSTING_LIMIT: '3', RECRUITER_NORMALIZE_WAIT_MS: '300' } });
    admin = await signIn(h.http, ADMIN_EMAIL, ADMIN_PASSWORD);
    carol = await recruiterOf(h.http, admin, 'carol@helpline.test', 'Helpline Partners GmbH');
  });
  afterAll(() => h?.close());

  it('made the first admin from ADMIN_EMAIL/ADMIN_PASSWORD, with an argon2id hash, and recorded it', async () => {
    const { rows } = await h.pg.query("SELECT role, password_hash FROM users WHERE email = $1", [ADMIN_EMAIL]);
    expect(rows).toEqual([{ role: 'admin', password_hash: expect.stringMatching(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/) }]);
    const audit = await h.pg.query("SELECT via FROM audit_log_entries WHERE action = 'user.create' AND changes->>'email' = $1", [ADMIN_EMAIL]);
    expect(audit.rows).toEqual([{ via: 'config' }]);
  });

  it('signs in with an access token that works, and answers 401 for a wrong password or unknown account', async () => {
    expect((await me(bearer(carol.accessToken))).body).toMatchObject({ email: 'carol@helpline.test', role: 'recruiter', via: 'access_token', employer: { name: 'Helpline Partners' } });
    for (const [email, password] of [['carol@helpline.test', 'not her password'], ['nobody@helpline.test', RECRUITER_PASSWORD]]) {
      const res = await request(h.http).post('/api/auth/sign-in').send({ email, password });
      expect(res.status).toBe(401);
      expect(res.body.message).toBe('wrong e-mail or password');
    }
  });

  it.each([
    ['no credentials', {}],
    ['a malformed header', { Authorization: 'Basic Y2Fyb2w6cGFzcw==' }],
    ['garbage', bearer('not.a.token')],
    ['a token signed with another secret', bearer(sign({ sid: '00000000-0000-4000-8000-000000000000' }, 'x'.repeat(40), { subject: 'u' }))],
    ['an unsigned token (alg none)', bearer(`${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'u', sid: 'x', iss: 'frontline', aud: 'frontline-api' })}.`)],
  ])('answers 401 with WWW-Authenticate for %s', async (_case, headers) => {
    const res = await me(headers as Record<string, string>);
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer /);
  });

  it('refuses an expired access token', async () => {
    const session = await h.pg.query('SELECT id FROM auth_sessions WHERE user_id = $1 AND revoked_at IS NULL LIMIT 1', [carol.userId]);
    const expired = sign({ sid: session.rows[0].id, iat: Math.floor(Date.now() / 1000) - 3600 }, h.config.AUTH_JWT_SECRET, { subject: carol.userId, expiresIn: 60 });
    expect((await me(bearer(sign({ sid: session.rows[0].id }, h.config.AUTH_JWT_SECRET, { subject: carol.userId })))).status).toBe(200);
    expect((await me(bearer(expired))).status).toBe(401);
  });

  it('rotates refresh tokens; replaying a used one revokes the session, so both copies stop working', async () => {
    const session = await signIn(h.http, 'carol@helpline.test', RECRUITER_PASSWORD);
    const refreshed = await request(h.http).post('/api/auth/refresh').send({ refreshToken: session.refreshToken });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refreshToken).not.toBe(session.refreshToken);
    expect((await me(bearer(refreshed.body.accessToken))).status).toBe(200);
    const replay = await request(h.http).post('/api/auth/refresh').send({ refreshToken: session.refreshToken });
    expect(replay.status).toBe(401);
    expect((await me(bearer(refreshed.body.accessToken))).status).toBe(401);
    expect((await request(h.http).post('/api/auth/refresh').send({ refreshToken: refreshed.body.refreshToken })).status).toBe(401);
    expect((await request(h.http).post('/api/auth/refresh').send({ refreshToken: 'frt_guess' })).status).toBe(401);
  });

  it('signs out: the access token stops working at once', async () => {
    const session = await signIn(h.http, 'carol@helpline.test', RECRUITER_PASSWORD);
    expect((await request(h.http).post('/api/auth/sign-out').set(bearer(session.accessToken))).status).toBe(204);
    expect((await me(bearer(session.accessToken))).status).toBe(401);
  });

  describe('API keys', () => {
    let key: string;
    let keyId: string;

    beforeAll(async () => {
      const res = await request(h.http).post('/api/recruiter/api-keys').set(bearer(carol.accessToken)).send({ name: 'ATS sync' });
      expect(res.status).toBe(201);
      ({ key, id: keyId } = res.body);
    });

    it('are shown once, stored only as a hash, and work as Bearer or X-Api-Key on posting routes', async () => {
      expect(key).toMatch(/^flk_[A-Za-z0-9_-]{43}$/);
      const { rows } = await h.pg.query('SELECT key_hash, prefix FROM api_keys WHERE id = $1', [keyId]);
      expect(rows[0].key_hash).not.toContain(key.slice(4));
      expect(key.startsWith(rows[0].prefix)).toBe(true);
      const list = await request(h.http).get('/api/recruiter/api-keys').set(bearer(carol.accessToken));
      expect(JSON.stringify(list.body)).not.toContain(key);
      expect((await request(h.http).get('/api/recruiter/postings').set(bearer(key))).status).toBe(200);
      expect((await request(h.http).get('/api/recruiter/postings').set('X-Api-Key', key)).status).toBe(200);
    });

    it('cannot manage keys (a leaked key must not mint more) nor reach admin routes', async () => {
      expect((await request(h.http).post('/api/recruiter/api-keys').set(bearer(key)).send({ name: 'more' })).status).toBe(401);
      expect((await request(h.http).get('/api/admin/users').set(bearer(key))).status).toBe(401);
    });

    it('answer 401 when wrong, expired or revoked', async () => {
      expect((await request(h.http).get('/api/recruiter/postings').set(bearer(`flk_${'A'.repeat(43)}`))).status).toBe(401);
      const short = await request(h.http).post('/api/recruiter/api-keys').set(bearer(carol.accessToken)).send({ name: 'short-lived', expiresInDays: 1 });
      await h.pg.query("UPDATE api_keys SET expires_at = now() - interval '1 minute' WHERE id = $1", [short.body.id]);
      expect((await request(h.http).get('/api/recruiter/postings').set(bearer(short.body.key))).status).toBe(401);
      expect((await request(h.http).delete(`/api/recruiter/api-keys/${keyId}`).set(bearer(carol.accessToken))).status).toBe(204);
      expect((await request(h.http).get('/api/recruiter/postings').set(bearer(key))).status).toBe(401);
      expect((await request(h.http).delete(`/api/recruiter/api-keys/${keyId}`).set(bearer(carol.accessToken))).status).toBe(404);
    });
  });

  describe('invitations and disabled accounts', () => {
    it('are for admins only', async () => {
      const res = await request(h.http).post('/api/admin/invitations').set(bearer(carol.accessToken)).send({ email: 'x@y.test', employerName: 'Y' });
      expect(res.status).toBe(403);
    });

    it('are used once, and refused when expired', async () => {
      const invited = await request(h.http).post('/api/admin/invitations').set(bearer(admin.accessToken)).send({ email: 'dave@helpline.test', employerId: carol.employerId });
      expect(invited.status).toBe(201);
      expect(invited.body.url).toMatch(/\/invitations\/accept\?token=fli_/);
      const weak = await request(h.http).post('/api/auth/invitations/accept').send({ token: invited.body.token, password: 'short' });
      expect(weak.status).toBe(400);
      expect((await request(h.http).post('/api/auth/invitations/accept').send({ token: invited.body.token, password: RECRUITER_PASSWORD })).status).toBe(201);
      expect((await request(h.http).post('/api/auth/invitations/accept').send({ token: invited.body.token, password: RECRUITER_PASSWORD })).status).toBe(404);
      const dave = await signIn(h.http, 'dave@helpline.test', RECRUITER_PASSWORD);
      expect(dave.employerId).toBe(carol.employerId);

      const late = await request(h.http).post('/api/admin/invitations').set(bearer(admin.accessToken)).send({ email: 'erin@helpline.test', employerId: carol.employerId });
      await h.pg.query("UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1", [late.body.id]);
      expect((await request(h.http).post('/api/auth/invitations/accept').send({ token: late.body.token, password: RECRUITER_PASSWORD })).status).toBe(404);
    });

    it('disabling an account ends its sessions and keys at once; enabling lets it sign in again', async () => {
      const frank = await recruiterOf(h.http, admin, 'frank@helpline.test', 'Helpline Partners GmbH');
      const key = (await request(h.http).post('/api/recruiter/api-keys').set(bearer(frank.accessToken)).send({ name: 'k' })).body.key;
      expect((await request(h.http).post(`/api/admin/users/${frank.userId}/disable`).set(bearer(admin.accessToken))).status).toBe(200);
      expect((await me(bearer(frank.accessToken))).status).toBe(401);
      expect((await me(bearer(key))).status).toBe(401);
      expect((await request(h.http).post('/api/auth/sign-in').send({ email: 'frank@helpline.test', password: RECRUITER_PASSWORD })).status).toBe(401);
      expect((await request(h.http).post(`/api/admin/users/${frank.userId}/enable`).set(bearer(admin.accessToken))).status).toBe(200);
      expect((await me(bearer(key))).status).toBe(200);
      await signIn(h.http, 'frank@helpline.test', RECRUITER_PASSWORD);
      const actions = await h.pg.query('SELECT action FROM audit_log_entries WHERE entity_id = $1 ORDER BY at', [frank.userId]);
      expect(actions.rows.map((r) => r.action)).toEqual(['user.create', 'user.disable', 'user.enable']);
    });
  });

  describe('without a worker to normalise', () => {
    it('answers 202 pending with a Location to poll; closing drops the queued job so it cannot reopen the posting', async () => {
      const res = await request(h.http).post('/api/recruiter/postings').set(bearer(admin.accessToken)).send(postingBody({ employerId: carol.employerId }));
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({ status: 'pending', posting: null, employer: { id: carol.employerId } });
      const polled = await request(h.http).get(res.headers.location).set(bearer(carol.accessToken));
      expect(polled.body.status).toBe('pending');
      const redis = new Redis(h.config.REDIS_URL);
      const jobKey = `${h.config.QUEUE_PREFIX}:normalize:recruiter-posting-${res.body.id}-r1`;
      expect(await redis.exists(jobKey)).toBe(1);
      expect((await request(h.http).post(`${res.headers.location}/close`).set(bearer(admin.accessToken))).body.status).toBe('closed');
      expect(await redis.exists(jobKey)).toBe(0);
      redis.disconnect();
    });
  });

  describe('rate limits (counters in Redis)', () => {
    it('throttles 20 wrong passwords with 429 and Retry-After, and then the right one too', async () => {
      await recruiterOf(h.http, admin, 'grace@helpline.test', 'Helpline Partners GmbH');
      const statuses: number[] = [];
      let retryAfter: string | undefined;
      for (let i = 0; i < 20; i += 1) {
        const res = await request(h.http).post('/api/auth/sign-in').send({ email: 'grace@helpline.test', password: `guess number ${i}` });
        statuses.push(res.status);
        retryAfter ??= res.headers['retry-after'];
      }
      // Her sign-in after accepting the invitation was the first of the 10 allowed attempts.
      expect(statuses).toEqual([...Array(9).fill(401), ...Array(11).fill(429)]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      const right = await request(h.http).post('/api/auth/sign-in').send({ email: 'grace@helpline.test', password: RECRUITER_PASSWORD });
      expect(right.status).toBe(429);
      // Another account from the same address is not locked out by her attacker.
      expect((await request(h.http).post('/api/auth/sign-in').send({ email: 'carol@helpline.test', password: RECRUITER_PASSWORD })).status).toBe(200);
      const redis = new Redis(h.config.REDIS_URL);
      const keys = await redis.keys(`${h.config.QUEUE_PREFIX}:throttle:*`);
      redis.disconnect();
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.join(' ')).not.toContain('grace');
    });

    it('holds across API processes: attempts on two instances add up', async () => {
      const other = await createApiApp(h.config);
      await other.init();
      try {
        const apps = [h.http, other.getHttpServer()];
        const statuses: number[] = [];
        for (let i = 0; i < 12; i += 1) {
          statuses.push((await request(apps[i % 2]).post('/api/auth/sign-in').send({ email: 'ivan@helpline.test', password: `guess ${i}` })).status);
        }
        expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
      } finally {
        await other.close();
      }
    });

    it('throttles posting per account', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        statuses.push((await request(h.http).post('/api/recruiter/postings').set(bearer(carol.accessToken)).send(postingBody({ salaryCurrency: 'NOPE' }))).status);
      }
      expect(statuses).toEqual([400, 400, 400, 429]);
    });
  });
});
