import { PERIOD_RULE, periodEnd } from './periods';

describe('periodEnd', () => {
  it('names its rule', () => {
    expect(PERIOD_RULE).toBe('CC-201');
  });

  it.each([
    // start, length, end, end with roll-over
    ['2026-08-31', { months: 3 }, '2026-11-30', '2026-11-30'],
    ['2026-03-31', { months: 1 }, '2026-04-30', '2026-04-30'],
    // 2027-02-28 is a Sunday; 2027 has no official schedule yet, so Mon–Fri decides
    ['2026-08-31', { months: 6 }, '2027-02-28', '2027-03-01'],
    // BB-1-3's 1-month commitment signed 2026-12-01 ends on 元旦 2027 (fixed by law, a Friday)
    ['2026-12-01', { months: 1 }, '2027-01-01', '2027-01-04'],
    // ends inside the National Day holiday: the first working day after it
    ['2026-09-03', { months: 1 }, '2026-10-03', '2026-10-08'],
    ['2026-09-23', { days: 10 }, '2026-10-03', '2026-10-08'],
    ['2026-09-30', { days: 1 }, '2026-10-01', '2026-10-08'],
    // ends inside Spring Festival
    ['2026-01-15', { months: 1 }, '2026-02-15', '2026-02-24'],
    // a make-up workday on a weekend is a working day: no roll-over
    ['2026-09-10', { months: 1 }, '2026-10-10', '2026-10-10'],
    ['2025-11-14', { months: 3 }, '2026-02-14', '2026-02-14'],
    ['2026-08-20', { months: 1 }, '2026-09-20', '2026-09-20'],
    // ordinary weekend
    ['2026-03-06', { days: 1 }, '2026-03-07', '2026-03-09'],
    // years, leap day, mixed lengths (years and months first, then days)
    ['2028-02-29', { years: 1 }, '2029-02-28', '2029-02-28'],
    ['2026-01-31', { years: 1, months: 1, days: 1 }, '2027-03-01', '2027-03-01'],
    ['2026-10-03', {}, '2026-10-03', '2026-10-08'],
  ])('CC-201: %s + %j → %s, rolled over → %s', (start, length, end, rolledOver) => {
    expect(periodEnd(start, length)).toBe(end);
    expect(periodEnd(start, length, { rollOverRestDays: false })).toBe(end);
    expect(periodEnd(start, length, { rollOverRestDays: true })).toBe(rolledOver);
  });

  it.each([{ months: -1 }, { days: -3 }, { years: 0.5 }, { months: Number.NaN }])(
    'refuses %j',
    (length) => {
      expect(() => periodEnd('2026-01-01', length)).toThrow(RangeError);
    },
  );

  it('refuses an invalid start', () => {
    expect(() => periodEnd('2026-02-29', { months: 1 })).toThrow(RangeError);
  });
});
