import { minuteSeries, seriesStart, MINUTE_MS } from './minute-series';

const at = (minute: number, second = 0) => minute * MINUTE_MS + second * 1000;

describe('minuteSeries', () => {
  it('is all zeros before any job finished', () => {
    expect(minuteSeries({ meta: { count: 0, prevTS: 0, prevCount: 0 }, data: [] }, at(100), 5)).toEqual([0, 0, 0, 0, 0]);
  });

  it('puts the open minute last when it is the current one', () => {
    // 7 jobs so far; 4 finished before the open minute 100 began (data: minute 99 = 3, 98 = 1).
    const metrics = { meta: { count: 7, prevTS: at(100, 5), prevCount: 4 }, data: [3, 1] };
    expect(minuteSeries(metrics, at(100, 30), 4)).toEqual([0, 1, 3, 3]);
  });

  it('leaves minutes after the last finished job empty', () => {
    const metrics = { meta: { count: 7, prevTS: at(100, 5), prevCount: 4 }, data: [3, 1] };
    // Now is minute 103: minutes 101-103 had no job, minute 100 had 3.
    expect(minuteSeries(metrics, at(103, 10), 5)).toEqual([3, 3, 0, 0, 0]);
  });

  it('drops data older than the window', () => {
    const metrics = { meta: { count: 100, prevTS: at(50), prevCount: 90 }, data: [5, 5, 5] };
    expect(minuteSeries(metrics, at(200), 60)).toEqual(new Array(60).fill(0));
  });

  it('starts the series at the first minute shown', () => {
    expect(seriesStart(at(100, 42), 60)).toBe(at(41));
  });
});
