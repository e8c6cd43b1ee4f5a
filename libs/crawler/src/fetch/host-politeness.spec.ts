import { windowFor } from './host-politeness';

describe('windowFor', () => {
  it('expresses whole rates per second', () => {
    expect(windowFor(1)).toEqual({ points: 1, duration: 1 });
    expect(windowFor(5)).toEqual({ points: 5, duration: 1 });
  });

  it('rounds a fractional rate above one down, never exceeding it', () => {
    expect(windowFor(2.7)).toEqual({ points: 2, duration: 1 });
  });

  it('spreads rates below one over several seconds (Crawl-delay)', () => {
    expect(windowFor(0.5)).toEqual({ points: 1, duration: 2 });
    expect(windowFor(1 / 3)).toEqual({ points: 1, duration: 3 });
    expect(windowFor(0.1)).toEqual({ points: 1, duration: 10 });
  });

  it('falls back to one per second for nonsense', () => {
    expect(windowFor(0)).toEqual({ points: 1, duration: 1 });
    expect(windowFor(Number.NaN)).toEqual({ points: 1, duration: 1 });
  });
});
