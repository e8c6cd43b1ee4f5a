import { formatInterval } from './source-view';

describe('formatInterval', () => {
  it.each([
    [21600, '6h'],
    [86400, '1d'],
    [5400, '90m'],
    [900, '15m'],
    [90, '90s'],
    [172800, '2d'],
  ])('%d s is "%s"', (seconds, text) => expect(formatInterval(seconds)).toBe(text));
});
