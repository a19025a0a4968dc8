// Real 2026 schedule (国务院办公厅 2025-11, via chinese-days): 春节 2-15…2-23 off, 2-14 (Sat) and
// 2-28 (Sat) on; 中秋 9-25…9-27 off; 国庆 10-1…10-7 off, 9-20 (Sun) and 10-10 (Sat) on;
// 劳动节 5-1…5-5 off, 5-9 (Sat) on; 元旦 1-1…1-3 off, 1-4 (Sun) on.
import {
  addWorkingDays,
  calendarIsOfficial,
  isWorkingDay,
  nextWorkingDayOnOrAfter,
} from './workingDays';

describe('calendarIsOfficial', () => {
  it.each([
    [2004, true],
    [2025, true],
    [2026, true],
    [2003, false],
    [2027, false],
    [2100, false],
    [2026.5, false],
  ])('%d → %s', (year, expected) => {
    expect(calendarIsOfficial(year)).toBe(expected);
  });
});

describe('isWorkingDay (national calendar)', () => {
  it.each([
    ['2026-10-01', false, 'National Day, a Thursday'],
    ['2026-10-07', false, 'National Day, a Wednesday'],
    ['2026-10-08', true, 'first working day after National Day'],
    ['2026-10-10', true, 'make-up workday on a Saturday'],
    ['2026-09-20', true, 'make-up workday on a Sunday'],
    ['2026-02-14', true, 'make-up workday before Spring Festival, a Saturday'],
    ['2026-02-16', false, 'Spring Festival, a Monday'],
    ['2026-02-23', false, 'Spring Festival, a Monday'],
    ['2026-02-24', true, 'first working day after Spring Festival'],
    ['2026-02-28', true, 'make-up workday after Spring Festival, a Saturday'],
    ['2026-01-02', false, "New Year's holiday, a Friday"],
    ['2026-01-04', true, 'make-up workday on a Sunday'],
    ['2026-05-05', false, 'Labour Day, a Tuesday'],
    ['2026-05-09', true, 'make-up workday on a Saturday'],
    ['2026-09-25', false, 'Mid-autumn Festival, a Friday'],
    ['2026-03-07', false, 'ordinary Saturday'],
    ['2026-03-09', true, 'ordinary Monday'],
    ['2027-10-01', false, 'beyond the official schedule, 国庆节 is still a holiday fixed by law'],
    [
      '2027-01-01',
      false,
      'beyond the official schedule, 元旦 is still a holiday fixed by law (a Friday)',
    ],
    [
      '2027-05-03',
      true,
      'beyond the official schedule, a Monday after 劳动节 (make-up days unknown)',
    ],
    ['2027-10-04', true, 'beyond the official schedule, a Monday after the 3 statutory 国庆 days'],
    ['2027-10-02', false, 'beyond the official schedule, a Saturday'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('refuses an invalid date', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
  });

  it('does not depend on the machine time zone (chinese-days functions do, west of UTC)', () => {
    const savedTimeZone = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(isWorkingDay('2026-10-10')).toBe(true);
      expect(isWorkingDay('2026-10-12')).toBe(true);
      expect(isWorkingDay('2026-10-07')).toBe(false);
    } finally {
      if (savedTimeZone === undefined) delete process.env.TZ;
      else process.env.TZ = savedTimeZone;
    }
  });
});

describe('nextWorkingDayOnOrAfter', () => {
  it.each([
    ['2026-10-08', '2026-10-08'],
    ['2026-10-01', '2026-10-08'],
    ['2026-10-03', '2026-10-08'],
    ['2026-10-10', '2026-10-10'],
    ['2026-10-11', '2026-10-12'],
    ['2026-02-15', '2026-02-24'],
    ['2026-09-19', '2026-09-20'],
    ['2026-12-26', '2026-12-28'],
  ])('%s → %s', (date, expected) => {
    expect(nextWorkingDayOnOrAfter(date)).toBe(expected);
  });
});

describe('addWorkingDays (start day not counted)', () => {
  it.each([
    // Spring Festival 2026
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-13', 2, '2026-02-24'],
    ['2026-02-12', 3, '2026-02-24'],
    ['2026-02-14', 1, '2026-02-24'],
    ['2026-02-26', 2, '2026-02-28'],
    // Mid-autumn and National Day 2026
    ['2026-09-18', 1, '2026-09-20'],
    ['2026-09-24', 1, '2026-09-28'],
    ['2026-09-24', 4, '2026-10-08'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'],
    ['2026-09-30', 4, '2026-10-12'],
    ['2026-10-03', 2, '2026-10-09'],
    // ordinary weeks, counting back, zero
    ['2026-03-06', 1, '2026-03-09'],
    ['2026-03-09', 5, '2026-03-16'],
    ['2026-10-08', -1, '2026-09-30'],
    ['2026-02-24', -1, '2026-02-14'],
    ['2026-10-03', 0, '2026-10-03'],
    // 2027: 元旦 is a holiday fixed by law even before the schedule is published
    ['2026-12-31', 1, '2027-01-04'],
  ])('%s + %d working days → %s', (date, workingDays, expected) => {
    expect(addWorkingDays(date, workingDays)).toBe(expected);
  });

  it('refuses a fractional count', () => {
    expect(() => addWorkingDays('2026-10-08', 1.5)).toThrow(RangeError);
  });
});
