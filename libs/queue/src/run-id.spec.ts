import { runIdForJob } from './run-id';

describe('runIdForJob', () => {
  it('is a deterministic UUID per job id', () => {
    const id = runIdForJob('crawl-source-abc-1');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(runIdForJob('crawl-source-abc-1')).toBe(id);
    expect(runIdForJob('crawl-source-abc-2')).not.toBe(id);
  });
});
