import { JobName } from '@app/queue';
import { crawlCountsOfCompleted, crawlCountsOfFailed, sourceIdOf } from './crawl-outcomes';

describe('crawl counts of finished jobs', () => {
  it('counts a page by its outcome', () => {
    expect(crawlCountsOfCompleted(JobName.CrawlPage, {}, { outcome: 'fetched', postings: 3, next: 1 })).toEqual([{ metric: 'page', outcome: 'fetched' }]);
    expect(crawlCountsOfCompleted(JobName.CrawlPage, {}, { outcome: 'not-modified', seen: 1 })).toEqual([{ metric: 'page', outcome: 'not_modified' }]);
    expect(crawlCountsOfCompleted(JobName.CrawlPage, {}, { outcome: 'skipped', reason: 'robots' })).toEqual([{ metric: 'page', outcome: 'skipped' }]);
  });

  it('counts crawled postings but not recruiter postings', () => {
    expect(crawlCountsOfCompleted(JobName.NormalizePosting, { runId: 'r', sourceId: 's' }, { outcome: 'new' })).toEqual([{ metric: 'postings', outcome: 'new', count: 1 }]);
    expect(crawlCountsOfCompleted(JobName.NormalizePosting, { sourceId: 's' }, { outcome: 'new' })).toEqual([]);
  });

  it('counts a finished run and the postings it closed', () => {
    expect(crawlCountsOfCompleted(JobName.FinishCrawlRun, {}, { runId: 'r', status: 'succeeded', closed: 2 })).toEqual([
      { metric: 'run', status: 'succeeded' },
      { metric: 'postings', outcome: 'closed', count: 2 },
    ]);
    expect(crawlCountsOfCompleted(JobName.FinishCrawlRun, {}, { status: 'partial', closed: 0 })).toEqual([{ metric: 'run', status: 'partial' }]);
  });

  it('ignores results it does not recognise', () => {
    for (const result of [null, undefined, 'x', 42, { outcome: 'exploded' }, { status: 'weird' }]) {
      expect(crawlCountsOfCompleted(JobName.CrawlPage, null, result)).toEqual([]);
      expect(crawlCountsOfCompleted(JobName.FinishCrawlRun, null, result)).toEqual([]);
    }
    expect(crawlCountsOfCompleted(JobName.CrawlSource, {}, { runId: 'r' })).toEqual([]);
  });

  it('counts a page failed only when no retry is left', () => {
    expect(crawlCountsOfFailed(JobName.CrawlPage, true)).toEqual([{ metric: 'page', outcome: 'failed' }]);
    expect(crawlCountsOfFailed(JobName.CrawlPage, false)).toEqual([]);
    expect(crawlCountsOfFailed(JobName.NormalizePosting, true)).toEqual([]);
  });

  it('reads the source id of a payload', () => {
    expect(sourceIdOf({ sourceId: 'abc' })).toBe('abc');
    expect(sourceIdOf({ sourceId: 3 })).toBeUndefined();
    expect(sourceIdOf(null)).toBeUndefined();
  });
});
