import { cleanPlaceText, countryCode, joinPlaceParts, joinPlaces } from './place-text';
import { epochMsToIso, salaryPeriod, vendorDateToIso, workplaceHint } from './posting-hints';

describe('workplaceHint', () => {
  it.each([
    ['remote', 'remote'],
    ['Remote', 'remote'],
    ['Hybrid', 'hybrid'],
    ['on-site', 'onsite'],
    ['OnSite', 'onsite'],
    ['on_site', 'onsite'],
    ['unspecified', undefined],
    [42, undefined],
  ])('%p → %p', (input, expected) => {
    expect(workplaceHint(input)).toBe(expected);
  });
});

describe('salaryPeriod', () => {
  it.each([
    ['per-year-salary', 'year'],
    ['1 YEAR', 'year'],
    ['yearly', 'year'],
    ['per-month-salary', 'month'],
    ['1 MONTH', 'month'],
    ['per-hour-wage', 'hour'],
    ['weekly', 'week'],
    ['daily', 'day'],
    ['one-time', 'one-time'],
    [null, undefined],
  ])('%p → %p', (input, expected) => {
    expect(salaryPeriod(input)).toBe(expected);
  });
});

describe('dates', () => {
  it('reads epoch milliseconds and vendor timestamps, keeping ISO and unreadable text as written', () => {
    expect(epochMsToIso(1772445600000)).toBe('2026-03-02T10:00:00.000Z');
    expect(epochMsToIso('1772445600000')).toBeUndefined();
    expect(epochMsToIso(1e20)).toBeUndefined();
    expect(vendorDateToIso('2026-08-05 10:10:39 UTC')).toBe('2026-08-05T10:10:39Z');
    expect(vendorDateToIso('Tue, 11 Aug 2026 07:30:41 +0000')).toBe('2026-08-11T07:30:41.000Z');
    expect(vendorDateToIso('2026-02-28T09:00:00+02:00')).toBe('2026-02-28T09:00:00+02:00');
    expect(vendorDateToIso('2026-03-31')).toBe('2026-03-31');
    expect(vendorDateToIso('next Monday')).toBe('next Monday');
  });
});

describe('place text', () => {
  it('joins parts without empty or repeated neighbours, and places once each', () => {
    expect(cleanPlaceText('Warsaw, , Poland')).toBe('Warsaw, Poland');
    expect(joinPlaceParts(['Berlin', 'Berlin', 'Germany'])).toBe('Berlin, Germany');
    expect(joinPlaceParts([undefined, '  ', null])).toBeUndefined();
    expect(joinPlaces(['Oslo', 'oslo', undefined, 'Bergen'])).toBe('Oslo; Bergen');
    expect(countryCode('ee')).toBe('EE');
    expect(countryCode('Estonia')).toBe('Estonia');
  });
});
