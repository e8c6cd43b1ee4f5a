/**
 * `npm run -s crawl -- <source-name>... [--all] [--wait]`: enqueues a crawl of the named sources
 * (or all enabled ones) on the same queue the scheduler uses. With --wait, shows a live progress
 * line per run and ends with each run's summary; exits 1 when a run failed or was partial.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, loadConfigOrExit } from '@app/config';
import { CrawlRunRepository, DbModule, SourceRepository, type CrawlRun } from '@app/db';
import { JobName, QueueModule, QueueName, QueueProducer, runIdForJob } from '@app/queue';

const POLL_MS = 500;
const WAIT_LIMIT_MS = 60 * 60_000;

function usage(message?: string): never {
  if (message) process.stderr.write(`crawl: ${message}\n`);
  process.stderr.write('usage: npm run -s crawl -- <source-name>... [--wait]\n       npm run -s crawl -- --all [--wait]\n');
  process.exit(2);
}

function progress(name: string, run: CrawlRun | null): string {
  if (!run) return `${name}: waiting for a worker to start the run`;
  return (
    `${name}: ${run.status} · pages ${run.pagesFetched} fetched, ${run.pagesNotModified} not modified, ${run.pagesSkipped} skipped, ${run.pagesFailed} failed` +
    ` · postings ${run.postingsNew} new, ${run.postingsUpdated} updated, ${run.postingsUnchanged} unchanged, ${run.postingsClosed} closed` +
    ` · errors ${(run.errors as unknown[]).length}`
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const wait = args.includes('--wait');
  const all = args.includes('--all');
  const names = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--wait' && a !== '--all');
  if (unknown.length) usage(`unknown option ${unknown.join(', ')}`);
  if (all === names.length > 0) usage(all ? '--all and source names exclude each other' : 'name a source or use --all');

  const config = loadConfigOrExit();
  @Module({ imports: [ConfigModule.forRoot(config), DbModule, QueueModule.forRoot()] })
  class CrawlCliModule {}
  const app = await NestFactory.createApplicationContext(CrawlCliModule, { logger: ['error'] });
  const sources = app.get(SourceRepository);
  const runs = app.get(CrawlRunRepository);
  const producer = app.get(QueueProducer);

  const targets = all ? (await sources.findAll()).filter((s) => s.enabled) : await Promise.all(names.map((n) => sources.findByName(n)));
  const missing = names.filter((_, i) => !targets[i]);
  if (missing.length) {
    await app.close();
    usage(`no source named ${missing.join(', ')}`);
  }

  const started: { name: string; runId: string }[] = [];
  for (const source of targets) {
    if (!source) continue;
    const jobId = `crawl-source-${source.id}-manual-${Date.now()}`;
    await producer.add(QueueName.Crawl, JobName.CrawlSource, { sourceId: source.id, trigger: 'manual' }, { jobId });
    started.push({ name: source.name, runId: runIdForJob(jobId) });
    process.stdout.write(`crawl: enqueued ${source.name}${source.enabled ? '' : ' (disabled: the worker will skip it)'}\n`);
  }

  let failed = false;
  if (wait) {
    const deadline = Date.now() + WAIT_LIMIT_MS;
    const finished = new Map<string, CrawlRun>();
    const tty = process.stdout.isTTY;
    let previous = '';
    while (finished.size < started.length && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      const lines: string[] = [];
      for (const { name, runId } of started) {
        const run = finished.get(runId) ?? (await runs.findById(runId));
        if (run && run.status !== 'running') finished.set(runId, run);
        lines.push(progress(name, run));
      }
      const line = lines.join(' | ');
      // A terminal gets one line rewritten in place; a pipe gets a line per change.
      if (tty) process.stdout.write(`\r${line}\x1b[K`);
      else if (line !== previous) process.stdout.write(`${line}\n`);
      previous = line;
    }
    if (tty) process.stdout.write('\n');
    for (const { name, runId } of started) {
      const run = finished.get(runId);
      if (!run) {
        failed = true;
        process.stdout.write(`crawl: ${name}: did not finish in time (is a worker running?)\n`);
        continue;
      }
      if (run.status !== 'succeeded') failed = true;
      const seconds = run.finishedAt ? ((run.finishedAt.getTime() - run.startedAt.getTime()) / 1000).toFixed(1) : '?';
      process.stdout.write(`crawl: ${progress(name, run)} · ${seconds}s\n`);
      for (const e of (run.errors as { message: string }[]).slice(0, 5)) process.stdout.write(`crawl:   error: ${e.message}\n`);
    }
  }
  await app.close();
  process.exit(failed ? 1 : 0);
}

main().catch((err: Error) => {
  process.stderr.write(`crawl: ${err.message}\n`);
  process.exit(1);
});
