import { addMonths, addYears } from './months';

describe('addMonths (CC-201: same-numbered day of the final month, or its last day)', () => {
  it.each([
    // docs/policy-sources.md §0 examples
    ['2026-08-31', 3, '2026-11-30'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-01-31', 1, '2026-02-28'], // not 2026-03-03, as Date.setMonth would give
    ['2026-08-31', 6, '2027-02-28'],
    // leap years
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2000-01-31', 1, '2000-02-29'],
    ['2099-12-31', 2, '2100-02-28'],
    // same-numbered day exists
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-11-30', 1, '2026-12-30'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2026-10-01', 12, '2027-10-01'],
    ['2026-10-01', 27, '2029-01-01'],
    // backwards and zero
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-05-31', 0, '2026-05-31'],
  ])('CC-201: %s %+d months → %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2026-02-29', 1],
    ['2026-01-01', 0.5],
    ['9999-12-01', 1],
  ])('refuses %j %+d with a RangeError', (date, months) => {
    expect(() => addMonths(date, months)).toThrow(RangeError);
  });
});

describe('addYears (CC-201)', () => {
  it.each([
    ['2028-02-29', 1, '2029-02-28'],
    ['2028-02-29', 4, '2032-02-29'],
    ['2024-02-29', -1, '2023-02-28'],
    ['2026-08-31', 1, '2027-08-31'],
    ['2026-08-31', 0, '2026-08-31'],
  ])('CC-201: %s %+d years → %s', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });

  it('refuses a fractional number of years', () => {
    expect(() => addYears('2026-01-01', 0.5)).toThrow(RangeError);
  });
});
