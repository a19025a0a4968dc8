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

/** `date` is a valid 'YYYY-MM-DD'. */
export function scheduledDayOf(date: string): ScheduledDay {
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
