import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '@app/config';
import { createTestDatabase, createTestQueuePrefix, type TestDatabase } from '@app/testing';
import { createApiApp } from '../apps/api/src/create-api-app';
import { launchChromium } from './support/browser';
import { insertPosting, seedGeneratedPostings } from './support/search-postings';

/**
 * The job board in a real browser (Debian's Chromium through playwright-core): the API serves the
 * pages from a fresh database; the browser filters, follows links, goes back, switches language.
 */
describe('job board in Chromium', () => {
  jest.setTimeout(120_000);
  let db: TestDatabase;
  let app: INestApplication;
  let browser: Browser;
  let base: string;
  let posting: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    await seedGeneratedPostings(pg, 400);
    posting = await insertPosting(pg, {
      title: 'Technical Support Specialist – Estonian and English',
      employerName: 'Baltic Telecom AS',
      roles: ['tech_support'],
      country: 'EE',
      city: 'Tartu',
      remoteMode: 'remote',
      spokenLanguages: ['et', 'en'],
      postedAt: new Date(Date.now() + 60_000), // newest of all: first in the list
    });
    await pg.end();
    const config = loadConfig({ DATABASE_URL: db.url, DATABASE_POOL_SIZE: '4', QUEUE_PREFIX: createTestQueuePrefix(), LOG_LEVEL: 'silent' });
    app = await createApiApp(config);
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await db?.drop();
  });

  async function openPage(width = 1280): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'en-GB' });
    // Nothing outside the board: a request anywhere else fails the test.
    await context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
    const page = await context.newPage();
    page.on('pageerror', (err) => {
      throw err;
    });
    return page;
  }

  const resultCount = (page: Page) => page.locator('#result-count').getAttribute('data-total').then(Number);

  /** The value of `probe` once `accept` holds (the page updates after fetches), or a failure naming it. */
  async function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean, what: string): Promise<T> {
    const deadline = Date.now() + 10_000;
    let value = await probe();
    while (!accept(value)) {
      if (Date.now() > deadline) throw new Error(`${what}: still ${String(value)} after 10 s`);
      await new Promise((r) => setTimeout(r, 50));
      value = await probe();
    }
    return value;
  }

  it('filters by role: the count changes, the URL follows, a job opens with its JSON-LD, Back restores the search', async () => {
    const page = await openPage();
    await page.goto(`${base}/`);
    const all = await resultCount(page);
    expect(all).toBeGreaterThan(300);
    const roleBox = page.getByRole('checkbox', { name: /Technical support/ });
    const label = await roleBox.locator('xpath=..').textContent();
    const facetCount = Number(/\(([\d,]+)\)/.exec(label ?? '')![1].replace(/,/g, ''));

    await roleBox.check();
    await page.waitForURL(/role=tech_support/);
    await until(() => resultCount(page), (n) => n === facetCount, 'result count after checking the role');
    expect(facetCount).toBeLessThan(all);
    await until(() => page.locator('.job').count(), (n) => n > 0, 'results listed');
    for (const tags of await page.locator('.job .tags').allTextContents()) expect(tags).toContain('Technical support');

    await page.getByRole('link', { name: 'Technical Support Specialist – Estonian and English' }).click();
    await page.waitForURL(new RegExp(`/jobs/${posting}`));
    expect(await page.locator('h1').textContent()).toBe('Technical Support Specialist – Estonian and English');
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(ld).toMatchObject({ '@type': 'JobPosting', title: 'Technical Support Specialist – Estonian and English', hiringOrganization: { name: 'Baltic Telecom AS' }, jobLocationType: 'TELECOMMUTE' });

    await page.goBack();
    await page.waitForURL(/role=tech_support/);
    expect(await page.getByRole('checkbox', { name: /Technical support/ }).isChecked()).toBe(true);
    expect(await resultCount(page)).toBe(facetCount);
    await page.context().close();
  });

  it('switches the interface to Estonian and keeps the filters', async () => {
    const page = await openPage();
    await page.goto(`${base}/?role=call_center`);
    await page.getByRole('link', { name: 'Eesti' }).click();
    await page.waitForURL(/lang=et/);
    expect(await page.locator('html').getAttribute('lang')).toBe('et');
    expect(await page.getByLabel('Märksõnad').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: /Kõnekeskus/ }).isChecked()).toBe(true);
    await page.context().close();
  });

  it('works on a phone-width screen and from the keyboard', async () => {
    const page = await openPage(375);
    await page.goto(`${base}/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to results');
    await page.getByLabel('Keywords').fill('kundeservice');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=kundeservice/);
    const found = await until(() => resultCount(page), (n) => n > 0 && n < 400, 'keyword results');
    expect(found).toBeGreaterThan(0);
    await page.context().close();
  });
});
