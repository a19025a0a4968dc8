// CC-201 / POLICY §0: the statutory days off fixed by law (《全国年节及纪念日放假办法》, 2013 and
// 2024 revisions), lunar ones included. The generated table must equal what tyme4ts computes from
// holidayLaw.ts, and every statutory day of a year with an official schedule must be a day off in
// that schedule (2014–2026, the State Council's notices as bundled).
import { statutoryDaysOf } from '../../scripts/statutoryDays';
import { addDays } from './isoDate';
import { BUNDLED_CALENDAR, isStatutoryHoliday } from './nationalCalendar';
import { STATUTORY_FIRST_YEAR, STATUTORY_LAST_YEAR } from './statutoryRange';
import { STATUTORY_TABLE } from './statutoryTable.generated';

const years = Array.from(
  { length: STATUTORY_LAST_YEAR - STATUTORY_FIRST_YEAR + 1 },
  (_, index) => STATUTORY_FIRST_YEAR + index,
);

function datesOf(year: number): string[] {
  const dates: string[] = [];
  for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) {
    dates.push(date);
  }
  return dates;
}

describe('statutoryTable.generated (against tyme4ts and the law)', () => {
  it('covers every year of its range and no other', () => {
    expect(Object.keys(STATUTORY_TABLE).map(Number)).toEqual(years);
  });

  it.each(years)('%d: the table lists exactly the days the library computes', (year) => {
    expect(datesOf(year).filter(isStatutoryHoliday)).toEqual(statutoryDaysOf(year));
  });
});

describe('statutory days against the official schedules (CC-201)', () => {
  const officialYears = years.filter((year) => year <= 2026);

  it.each(officialYears)('%d: every statutory day off is a day off in the schedule', (year) => {
    expect(BUNDLED_CALENDAR.isOfficial(year)).toBe(true);
    const statutory = datesOf(year).filter(isStatutoryHoliday);
    expect(statutory.length).toBeGreaterThanOrEqual(10); // 2020: 中秋 fell on 10-1
    expect(statutory.filter((date) => BUNDLED_CALENDAR.dayOf(date) !== 'HOLIDAY')).toEqual([]);
  });
});

describe('the law, year by year', () => {
  it.each([
    // 2027: 腊月 has 29 days, so 除夕 is 腊月廿九 (2-5); 春节 2-5…2-8.
    [2027, ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']],
    [2026, ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19']],
    [2025, ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']],
    // Before 2025 (2013 revision): 初一至初三 only; 除夕 2024-02-09 was not statutory.
    [2024, ['2024-02-10', '2024-02-11', '2024-02-12']],
  ])('%d 春节', (year, expected) => {
    const february = datesOf(year).filter((date) => date < `${year}-03-01`);
    expect(february.filter(isStatutoryHoliday)).toEqual([`${year}-01-01`, ...expected]);
  });

  it.each([
    ['2024-05-02', false, '劳动节 was one day before 2025'],
    ['2025-05-02', true, '劳动节 is two days from 2025'],
    // 清明 2059 falls at 02:32 China time on 4-5 (still 4-4 in UTC): the China day counts.
    ['2059-04-05', true, '清明 on the solar term day in China time'],
    ['2059-04-04', false, 'not the UTC day'],
    ['2027-06-09', true, '端午 (五月初五)'],
    ['2027-09-15', true, '中秋 (八月十五)'],
    ['2027-10-03', true, '国庆'],
    ['2027-10-04', false, 'only three days of 国庆 are statutory'],
    ['2099-10-01', true, 'beyond the table: the solar days of the latest law'],
    ['2099-01-02', false, 'beyond the table, not a holiday'],
  ])('%s statutory: %s (%s)', (date, expected) => {
    expect(isStatutoryHoliday(date)).toBe(expected);
  });
});
