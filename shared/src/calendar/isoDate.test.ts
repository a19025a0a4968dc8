import { chinaDateOf } from './chinaDate';
import { compareIsoDates, isAfter, isBefore, maxIsoDate, minIsoDate } from './compare';
import { addDays, daysBetween, isValidIsoDate } from './isoDate';

describe('isValidIsoDate', () => {
  it.each([
    ['2026-01-01', true],
    ['2028-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400: leap
    ['2026-02-29', false],
    ['2100-02-29', false], // divisible by 100 but not 400: not leap
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['26-01-01', false],
    ['2026-1-1', false],
    ['20260101', false],
    ['+02026-01-01', false],
    ['2026-01-01T00:00', false],
    [' 2026-01-01', false],
    ['2026-01-01\n', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected);
  });

  it('is false for a non-string arriving from untyped input', () => {
    expect(isValidIsoDate(20260101 as unknown as string)).toBe(false);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-10-01', 0, '2026-10-01'],
    ['1970-01-01', 365, '1971-01-01'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 365, '2028-12-31'],
  ])('%s %+d days → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-02-30', 1],
    ['2026/01/01', 1],
    ['2026-01-01', 1.5],
    ['2026-01-01', Number.NaN],
    ['9999-12-31', 1],
    ['0000-01-01', -1],
  ])('refuses %j %+d with a RangeError', (date, days) => {
    expect(() => addDays(date, days)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-01-01', '2026-12-31', 364],
    ['2028-01-01', '2029-01-01', 366],
    ['2026-10-01', '2026-10-01', 0],
    ['2026-10-08', '2026-10-01', -7],
  ])('%s → %s is %d days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe('comparing dates', () => {
  it.each([
    ['2026-09-30', '2026-10-01', -1],
    ['2026-10-01', '2026-10-01', 0],
    ['2027-01-01', '2026-12-31', 1],
  ])('compareIsoDates(%s, %s) has the sign of %d', (a, b, sign) => {
    expect(Math.sign(compareIsoDates(a, b))).toBe(sign);
    expect(isBefore(a, b)).toBe(sign < 0);
    expect(isAfter(a, b)).toBe(sign > 0);
  });

  it('refuses an invalid date instead of comparing strings', () => {
    expect(() => compareIsoDates('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });

  it('picks the latest and earliest', () => {
    const dates = ['2026-10-08', '2026-02-24', '2027-01-04', '2026-10-07'];
    expect(maxIsoDate(...dates)).toBe('2027-01-04');
    expect(minIsoDate(...dates)).toBe('2026-02-24');
    expect(maxIsoDate('2026-05-06')).toBe('2026-05-06');
  });

  it('refuses an empty list and an invalid member', () => {
    expect(() => maxIsoDate()).toThrow(RangeError);
    expect(() => minIsoDate('2026-01-01', 'tomorrow')).toThrow(RangeError);
    expect(() => maxIsoDate('2026-13-01')).toThrow(RangeError);
  });
});

describe('chinaDateOf (UTC+8)', () => {
  it.each([
    ['2026-09-30T23:30:00Z', '2026-10-01'], // 07:30 on 1 October in Beijing
    ['2026-09-30T15:59:59.999Z', '2026-09-30'],
    ['2026-09-30T16:00:00Z', '2026-10-01'], // midnight in Beijing
    ['2026-12-31T16:00:00Z', '2027-01-01'],
    ['2028-02-28T23:30:00Z', '2028-02-29'],
    ['2026-10-01T00:00:00+08:00', '2026-10-01'],
  ])('%s → %s', (instant, expected) => {
    expect(chinaDateOf(new Date(instant))).toBe(expected);
  });

  it('refuses an invalid Date', () => {
    expect(() => chinaDateOf(new Date('not a date'))).toThrow(RangeError);
  });
});
