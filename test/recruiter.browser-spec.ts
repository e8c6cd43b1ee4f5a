import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { roleLabel } from '@app/taxonomy';
import { launchChromium } from './support/browser';
import { ADMIN_EMAIL, ADMIN_PASSWORD, inDays, signIn, startRecruiterHarness, type RecruiterHarness } from './support/recruiter-harness';

/**
 * A recruiter in a real browser (Debian's Chromium through playwright-core): accepts an
 * invitation, posts an opening (seeing inline errors first), edits it, closes it, signs out.
 * The API and the worker are real; postings go through the normalize queue.
 */
describe('recruiter pages in Chromium', () => {
  jest.setTimeout(120_000);

  let h: RecruiterHarness;
  let browser: Browser;
  let page: Page;
  let invitationPath: string;

  beforeAll(async () => {
    h = await startRecruiterHarness({ worker: true, listen: true });
    const admin = await signIn(h.http, ADMIN_EMAIL, ADMIN_PASSWORD);
    const invited = await request(h.http)
      .post('/api/admin/invitations')
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .send({ email: 'hana@kundenwerk.test', employerName: 'Kundenwerk Service GmbH' });
    const url = new URL(invited.body.url);
    invitationPath = url.pathname + url.search;
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Nothing outside the app under test.
    await context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (err) => {
      throw err;
    });
  });

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  const rowOf = (title: string) => page.locator('tr', { hasText: title });

  it('accepts the invitation, choosing a password, and lands on an empty list', async () => {
    await page.goto(h.url + invitationPath);
    await page.fill('input[name=password]', 'a long recruiter password');
    await page.fill('input[name=passwordAgain]', 'a long recruiter password');
    await page.click('form.stack button[type=submit]');
    await page.waitForURL(/\/recruiter\/postings$/);
    await expectText('main', 'No postings yet.');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'frontline_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  });

  it('shows inline errors for a bad form and keeps what was typed', async () => {
    await page.click('text=Post an opening');
    await page.fill('input[name=title]', 'Kundenberater im Kundenservice (m/w/d)');
    await page.fill('textarea[name=description]', '<p>Sie beraten unsere Kunden am Telefon.</p><img src=x onerror="document.title=\'pwned\'"><script>document.title=\'pwned\'</script>');
    await page.fill('input[name=location]', 'Berlin');
    await page.fill('input[name=country]', 'de');
    await page.fill('input[name=salaryMin]', '3200');
    await page.fill('input[name=salaryMax]', '2800');
    await page.fill('input[name=salaryCurrency]', 'EUR');
    await page.selectOption('select[name=salaryPeriod]', 'month');
    await page.fill('input[name=applyUrl]', 'javascript:alert(1)');
    await page.fill('input[name=validThrough]', '2020-01-01');
    await page.click('form.stack button[type=submit]');
    await expectText('#form-errors', 'correct the 3 fields');
    await expectText('#error-salaryMax', 'must not be less than salaryMin');
    await expectText('#error-applyUrl', 'http(s) or mailto');
    await expectText('#error-validThrough', 'in the future');
    expect(await page.inputValue('input[name=title]')).toBe('Kundenberater im Kundenservice (m/w/d)');
    expect(await page.getAttribute('input[name=salaryMax]', 'aria-invalid')).toBe('true');
  });

  it('posts once corrected: the list shows it open, with the tags normalisation gave it', async () => {
    await page.fill('input[name=salaryMax]', '3900');
    await page.fill('input[name=applyUrl]', 'https://karriere.kundenwerk.test/apply/17');
    await page.fill('input[name=validThrough]', inDays(45));
    await page.click('form.stack button[type=submit]');
    await page.waitForURL(/notice=created/);
    const row = rowOf('Kundenberater im Kundenservice');
    await expectText(row.locator('.status'), 'open');
    const { rows } = await h.pg.query("SELECT description, roles::text[] AS roles, city FROM postings WHERE title LIKE 'Kundenberater%'");
    expect(rows[0].roles.length).toBeGreaterThan(0);
    await expectText(row.locator('.tags'), roleLabel(rows[0].roles[0], 'en'));
    await expectText(row.locator('.tags'), rows[0].city);
    expect(await page.title()).not.toBe('pwned');
    expect(rows[0].description).not.toMatch(/<script|onerror|<img/);
  });

  it('edits the posting through its form', async () => {
    await rowOf('Kundenberater im Kundenservice').locator('text=Edit').click();
    expect(await page.inputValue('input[name=salaryMax]')).toBe('3900');
    await page.fill('input[name=title]', 'Teamleiter Kundenservice (m/w/d)');
    await page.click('form.stack button[type=submit]');
    await page.waitForURL(/notice=updated/);
    await expectText(rowOf('Teamleiter Kundenservice').locator('.status'), 'open');
    expect(await rowOf('Kundenberater im Kundenservice').count()).toBe(0);
  });

  it('closes the posting: closed, and no longer editable', async () => {
    const row = rowOf('Teamleiter Kundenservice');
    await row.locator('button', { hasText: 'Close' }).click();
    await page.waitForURL(/notice=closed/);
    await expectText(rowOf('Teamleiter Kundenservice').locator('.status'), 'closed');
    expect(await rowOf('Teamleiter Kundenservice').locator('text=Edit').count()).toBe(0);
    const { rows } = await h.pg.query("SELECT status FROM postings WHERE title LIKE 'Teamleiter%'");
    expect(rows).toEqual([{ status: 'closed' }]);
  });

  it('signs out, sends the signed-out to the sign-in page, and says so on a wrong password', async () => {
    await page.click('header button[type=submit]');
    await page.waitForURL(/\/sign-in$/);
    await page.goto(`${h.url}/recruiter/postings`);
    await page.waitForURL(/\/sign-in\?next=%2Frecruiter%2Fpostings$/);
    await page.fill('input[name=email]', 'hana@kundenwerk.test');
    await page.fill('input[name=password]', 'not the password');
    await page.click('form.stack button[type=submit]');
    await expectText('#sign-in-error', 'wrong e-mail or password');
    await page.fill('input[name=password]', 'a long recruiter password');
    await page.click('form.stack button[type=submit]');
    await page.waitForURL(/\/recruiter\/postings$/);
  });

  async function expectText(target: string | ReturnType<Page['locator']>, text: string): Promise<void> {
    const locator = typeof target === 'string' ? page.locator(target) : target;
    await locator.first().waitFor({ timeout: 10_000 });
    expect(await locator.first().innerText()).toContain(text);
  }
});
