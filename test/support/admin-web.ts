import request from 'supertest';
import type { App } from 'supertest/types';

/** A browser-like web session: its cookies and the form token to post with them. */
export interface WebSession {
  cookie: string;
  csrf: string;
}

function cookiesOf(setCookie: string | string[] | undefined): Record<string, string> {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return Object.fromEntries(list.map((c) => c.split(';')[0].split('=')).map(([k, ...v]) => [k, v.join('=')]));
}

/** Signs in through the sign-in page, as a browser does: form token cookie, form post, session cookie. */
export async function webSignIn(http: App, email: string, password: string): Promise<WebSession> {
  const form = await request(http).get('/sign-in');
  const jar = cookiesOf(form.headers['set-cookie']);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)?.[1];
  if (!csrf) throw new Error(`no form token on the sign-in page (${form.status})`);
  const res = await request(http)
    .post('/sign-in')
    .set('Cookie', Object.entries(jar).map(([k, v]) => `${k}=${v}`).join('; '))
    .type('form')
    .send({ _csrf: csrf, email, password, next: '/admin' });
  if (res.status !== 303) throw new Error(`web sign-in of ${email} answered ${res.status}`);
  Object.assign(jar, cookiesOf(res.headers['set-cookie']));
  return { cookie: Object.entries(jar).map(([k, v]) => `${k}=${v}`).join('; '), csrf };
}
