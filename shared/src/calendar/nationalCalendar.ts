// The one place that reads chinese-days: the State Council's holiday and make-up workday
// schedules, 2004 onwards. We read its published table (dist/chinese-days.json, keyed
// 'YYYY-MM-DD') rather than call its functions: those build and read their keys with local-time
// getters on UTC-parsed dates, so west of UTC every lookup is a day off (checked under
// TZ=America/Los_Angeles: 2026-10-10, a make-up workday, comes out as a rest day). The table is
// plain data and time-zone free. A default import of JSON works under jest (swc, CommonJS,
// esModuleInterop), esbuild and webpack alike.
import chineseDays from 'chinese-days/dist/chinese-days.json';

interface ScheduleTable {
  /** Statutory holidays, weekends inside a holiday included: date → 'English,中文,n'. */
  holidays: Readonly<Record<string, string>>;
  /** Make-up workdays (调休上班), usually a Saturday or Sunday. */
  workdays: Readonly<Record<string, string>>;
}

const schedule: ScheduleTable = chineseDays;

export type ScheduledDay = 'HOLIDAY' | 'MAKE_UP_WORKDAY' | 'UNSCHEDULED';

/**
 * Holidays fixed by law on solar dates (《全国年节及纪念日放假办法》, 2024 revision, in force 2025):
 * 元旦 1 January, 劳动节 1–2 May, 国庆节 1–3 October. They are rest days in every year even before
 * the State Council publishes that year's schedule (usually in November), so deadlines that fall
 * on them roll over correctly for the coming year. The lunar holidays (春节, 端午, 中秋) and 清明
 * and the make-up workdays are known only from the published schedule.
 */
const STATUTORY_SOLAR_HOLIDAYS: readonly string[] = [
  '01-01',
  '05-01',
  '05-02',
  '10-01',
  '10-02',
  '10-03',
];

/** `date` is a valid 'YYYY-MM-DD'. */
export function scheduledDayOf(date: string): ScheduledDay {
  if (!hasOfficialSchedule(Number(date.slice(0, 4)))) {
    return STATUTORY_SOLAR_HOLIDAYS.includes(date.slice(5)) ? 'HOLIDAY' : 'UNSCHEDULED';
  }
  // Plain lookups, not Object.hasOwn: the mini-program runs on older JavaScript engines.
  if (schedule.workdays[date] !== undefined) return 'MAKE_UP_WORKDAY';
  if (schedule.holidays[date] !== undefined) return 'HOLIDAY';
  return 'UNSCHEDULED';
}

/**
 * Every State Council schedule makes 1 January a holiday (元旦), so the table holds a year's
 * schedule exactly when it lists that year's 1 January. Asking the data rather than hard-coding
 * 2004–2026 lets a package update add new years by itself.
 */
export function hasOfficialSchedule(year: number): boolean {
  if (!Number.isInteger(year) || year < 0 || year > 9999) return false;
  return schedule.holidays[`${String(year).padStart(4, '0')}-01-01`] !== undefined;
}
