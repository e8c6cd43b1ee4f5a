import { MicroBatcher } from './micro-batcher';

describe('MicroBatcher', () => {
  it('hands concurrent items to one flush and gives each caller its own result', async () => {
    const flushes: number[][] = [];
    const batcher = new MicroBatcher<number, number>(async (items) => {
      flushes.push(items);
      return items.map((i) => i * 10);
    }, { maxItems: 100, maxWaitMs: 5 });
    const results = await Promise.all([1, 2, 3].map((n) => batcher.add(n)));
    expect(results).toEqual([10, 20, 30]);
    expect(flushes).toEqual([[1, 2, 3]]);
  });

  it('flushes as soon as maxItems are waiting', async () => {
    const sizes: number[] = [];
    const batcher = new MicroBatcher<number, number>(async (items) => {
      sizes.push(items.length);
      return items;
    }, { maxItems: 2, maxWaitMs: 10_000 });
    await Promise.all([1, 2, 3, 4].map((n) => batcher.add(n)));
    expect(sizes).toEqual([2, 2]);
  });

  it('rejects every caller of a failed batch', async () => {
    const batcher = new MicroBatcher<number, number>(async () => {
      throw new Error('database down');
    }, { maxItems: 10, maxWaitMs: 1 });
    const settled = await Promise.allSettled([batcher.add(1), batcher.add(2)]);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
  });

  it('rejects when a flush returns the wrong number of results', async () => {
    const batcher = new MicroBatcher<number, number>(async () => [1], { maxItems: 10, maxWaitMs: 1 });
    await expect(Promise.all([batcher.add(1), batcher.add(2)])).rejects.toThrow(/1 results for 2 items/);
  });

  it('limits concurrent flushes and still delivers everything', async () => {
    let active = 0;
    let peak = 0;
    const batcher = new MicroBatcher<number, number>(async (items) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 10));
      active--;
      return items;
    }, { maxItems: 3, maxWaitMs: 1, maxConcurrentFlushes: 1 });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => batcher.add(i)));
    expect(results).toEqual(Array.from({ length: 10 }, (_, i) => i));
    expect(peak).toBe(1);
  });
});
