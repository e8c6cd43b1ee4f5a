import { crawlPageJobId, crawlSourceJobId, finishRunJobId, normalizeJobId } from './job-ids';

describe('job ids', () => {
  const ids = [
    crawlSourceJobId('3f1c', 123),
    crawlPageJobId('run-1', 'https://example.test/a:b?c=1'),
    finishRunJobId('run-1'),
    normalizeJobId('src', 'run', 'ext:42'),
    normalizeJobId('src', undefined, '42'),
  ];

  it('are valid BullMQ custom ids (no colon, not all digits)', () => {
    for (const id of ids) {
      expect(id).not.toContain(':');
      expect(id).not.toMatch(/^\d+$/);
    }
  });

  it('are deterministic and distinguish their inputs', () => {
    expect(crawlPageJobId('r', 'https://a.test/1')).toBe(crawlPageJobId('r', 'https://a.test/1'));
    expect(crawlPageJobId('r', 'https://a.test/1')).not.toBe(crawlPageJobId('r', 'https://a.test/2'));
    expect(crawlPageJobId('r1', 'https://a.test/1')).not.toBe(crawlPageJobId('r2', 'https://a.test/1'));
    expect(crawlSourceJobId('s', 1)).not.toBe(crawlSourceJobId('s', 2));
  });
});
