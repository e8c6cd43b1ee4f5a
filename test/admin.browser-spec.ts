import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { JobName, QueueName, QueueProducer } from '@app/queue';
import { launchChromium } from './support/browser';
import { postingPayload } from './support/normalize-jobs';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startRecruiterHarness, type RecruiterHarness } from './support/recruiter-harness';
import { waitFor } from './support/spawn-app';

/**
 * The admin dashboard in a real browser (Debian's Chromium through playwright-core), against the
 * real API, worker, Redis and PostgreSQL: sign in, see the queues with their charts, watch a job
 * fail while the page refreshes itself, fix the cause and retry the job from the page.
 */
describe('admin dashboard in Chromium', () => {
  jest.setTimeout(120_000);

  let h: RecruiterHarness;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  /** A posting of a source that does not exist yet: storing it fails until the source is created. */
  async function failingJob(sourceId: string, index: number): Promise<string> {
    const job = await h.app.get(QueueProducer).add(QueueName.Normalize, JobName.NormalizePosting, postingPayload(sourceId, index), { attempts: 1 });
    return String(job.id);
  }

  const row = (jobId: string) => page.locator(`#failed-jobs tr[data-job-id="${jobId}"]`);

  beforeAll(async () => {
    h = await startRecruiterHarness({ worker: true, listen: true });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    // Nothing outside the app under test.
    await context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
    page = await context.newPage();
    // A script error or a blocked resource (the page's own policy) would break the dashboard silently.
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(msg.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('sends an admin to sign in first, then to the dashboard with every queue, its verdict and its chart', async () => {
    await page.goto(`${h.url}/admin`);
    await page.waitForURL(/\/sign-in\?next=%2Fadmin$/);
    await page.fill('input[name=email]', ADMIN_EMAIL);
    await page.fill('input[name=password]', ADMIN_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/admin$/);
    for (const queue of ['crawl', 'normalize']) {
      await page.locator(`article[data-queue="${queue}"] [data-verdict="ok"]`).waitFor();
      // uPlot drew the throughput chart: the page's script ran under its content policy.
      await page.locator(`[data-chart="${queue}"] .uplot canvas`).waitFor();
    }
    await page.locator('#no-failed-jobs').waitFor();
    expect(problems).toEqual([]);
  });

  it('shows a job that failed without being reloaded, with its reason', async () => {
    const sourceId = randomUUID();
    const jobId = await failingJob(sourceId, 1);
    // The page refreshes itself every few seconds.
    await row(jobId).waitFor({ timeout: 30_000 });
    expect(page.url()).toMatch(/\/admin$/);
    expect(await row(jobId).locator('td').nth(1).innerText()).toContain('NormalizePosting');
    await page.locator('article[data-queue="normalize"] [data-count="failed"]', { hasText: '1' }).waitFor();
    expect(await page.locator('#no-failed-jobs').count()).toBe(0);

    // The cause of the failure is fixed: the posting's source exists now. Retry from the page.
    await h.pg.query("INSERT INTO sources (id, name, kind, interval_seconds, origin, updated_at) VALUES ($1, 'browser-late-source', 'jsonld', 3600, 'api', now())", [sourceId]);
    await row(jobId).locator('button', { hasText: 'Retry' }).click();
    await page.waitForURL(/\/admin\?notice=retried$/);
    await page.locator('.notice', { hasText: 'The job is back in its queue.' }).waitFor();
    await waitFor(async () => (await h.pg.query('SELECT 1 FROM posting_sources WHERE source_id = $1', [sourceId])).rowCount === 1, 20_000, 'the retried posting to be stored');
    await row(jobId).waitFor({ state: 'detached', timeout: 30_000 });
    await page.locator('#no-failed-jobs').waitFor({ timeout: 30_000 });

    const { rows } = await h.pg.query("SELECT action, actor_email FROM audit_log_entries WHERE entity_type = 'queue_job'");
    expect(rows).toEqual([{ action: 'queue_job.retry', actor_email: ADMIN_EMAIL }]);
    expect(problems).toEqual([]);
  });
});
