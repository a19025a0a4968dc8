// The one place that reads the State Council's holiday and make-up workday schedules, 2004
// onwards. They come from chinese-days, but through holidayTable.generated.ts, a compact copy of
// the two facts we use (rest day, make-up workday) made by `npm run generate:calendar -w shared`:
// the package's table is 37 KB of labelled JSON in every bundle, and its functions build and read
// their keys with local-time getters on UTC-parsed dates, so west of UTC every lookup is a day
// off (checked under TZ=America/Los_Angeles: 2026-10-10, a make-up workday, came out as a rest
// day). Updating: raise chinese-days (a devDependency of shared), npm install, run the generator
// and commit; holidayTable.test.ts fails while the generated table differs from the package.
import { HOLIDAY_TABLE } from './holidayTable.generated';

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

/** Whether 'MMDD' is one of the list's days or inside one of its 'MMDD-MMDD' runs. */
function listsMonthDay(list: string, monthDay: string): boolean {
  // Zero-padded 'MMDD' strings of one year sort the way the dates do.
  return list.split(' ').some((entry) => {
    const [first = '', last = first] = entry.split('-');
    return first <= monthDay && monthDay <= last;
  });
}

/** `date` is a valid 'YYYY-MM-DD'. */
export function scheduledDayOf(date: string): ScheduledDay {
  const year = Number(date.slice(0, 4));
  if (!hasOfficialSchedule(year)) {
    return STATUTORY_SOLAR_HOLIDAYS.includes(date.slice(5)) ? 'HOLIDAY' : 'UNSCHEDULED';
  }
  const [restDays = '', makeUpWorkdays = ''] = HOLIDAY_TABLE[year] ?? [];
  const monthDay = date.slice(5, 7) + date.slice(8, 10);
  if (listsMonthDay(makeUpWorkdays, monthDay)) return 'MAKE_UP_WORKDAY';
  if (listsMonthDay(restDays, monthDay)) return 'HOLIDAY';
  return 'UNSCHEDULED';
}

/**
 * Every State Council schedule makes 1 January a holiday (元旦), so the table holds a year's
 * schedule exactly when it lists that year's 1 January. Asking the data rather than hard-coding
 * 2004–2026 lets a regenerated table add new years by itself.
 */
export function hasOfficialSchedule(year: number): boolean {
  // Plain lookup, not Object.hasOwn: the mini-program runs on older JavaScript engines.
  const restDays = Number.isInteger(year) ? HOLIDAY_TABLE[year]?.[0] : undefined;
  return restDays !== undefined && listsMonthDay(restDays, '0101');
}
