// The national calendar the engine counts working days on, built from three layers:
// 1. the statutory days off fixed by law for every year (statutoryTable.generated.ts, lunar ones
//    included, from holidayLaw.ts with tyme4ts at generation time);
// 2. the State Council's schedules bundled with the code, 2004–2026 (holidayTable.generated.ts,
//    from chinese-days: see that file for why a compact copy);
// 3. schedules published since, loaded as data (the functions read them from the table and pass
//    `nationalCalendar(published)` into the engine): a published year replaces the bundled one.
// A year with no schedule in 2 or 3 is counted on the statutory days alone and is not official:
// dates computed on it are provisional (isProvisionalBetween) and recomputed when it is loaded.
import { weekdayOf } from './civilDays';
import { HOLIDAY_TABLE } from './holidayTable.generated';
import { holidayLawOf } from './holidayLaw';
import { dayNumberOfIsoDate, type IsoDate } from './isoDate';
import { STATUTORY_TABLE } from './statutoryTable.generated';

export type ScheduledDay = 'HOLIDAY' | 'MAKE_UP_WORKDAY' | 'UNSCHEDULED';

/** One year's State Council schedule (国务院办公厅关于…部分节假日安排的通知). */
export interface OfficialSchedule {
  year: number;
  /** Every day off of the holidays, the weekends inside them included. */
  restDays: readonly IsoDate[];
  /** Weekend days that are working days (调休上班). */
  makeUpWorkdays: readonly IsoDate[];
}

export interface NationalCalendar {
  /** `date` is a valid 'YYYY-MM-DD'. UNSCHEDULED: Mon–Fri work, Sat–Sun rest. */
  dayOf(date: IsoDate): ScheduledDay;
  /** The year's official schedule is known (bundled or published): its dates are final. */
  isOfficial(year: number): boolean;
}

/** Whether 'MMDD' is one of the list's days or inside one of its 'MMDD-MMDD' runs. */
function listsMonthDay(list: string, monthDay: string): boolean {
  // Zero-padded 'MMDD' strings of one year sort the way the dates do.
  return list.split(' ').some((entry) => {
    const [first = '', last = first] = entry.split('-');
    return first <= monthDay && monthDay <= last;
  });
}

const monthDayOf = (date: IsoDate) => date.slice(5, 7) + date.slice(8, 10);

/**
 * A statutory day off by the law in force that year (《全国年节及纪念日放假办法》). Beyond the
 * generated table's years only the solar-date holidays of the latest law are known.
 */
export function isStatutoryHoliday(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  const listed = STATUTORY_TABLE[year];
  if (listed !== undefined) return listed.split(' ').includes(monthDayOf(date));
  const law = holidayLawOf(year) ?? holidayLawOf(Number.MAX_SAFE_INTEGER);
  return law?.solarDays.includes(date.slice(5)) ?? false;
}

/**
 * Every State Council schedule makes 1 January a holiday (元旦), so the bundled table holds a
 * year's schedule exactly when it lists that year's 1 January.
 */
function bundledIsOfficial(year: number): boolean {
  // Plain lookup, not Object.hasOwn: the mini-program runs on older JavaScript engines.
  const restDays = Number.isInteger(year) ? HOLIDAY_TABLE[year]?.[0] : undefined;
  return restDays !== undefined && listsMonthDay(restDays, '0101');
}

function bundledDayOf(date: IsoDate): ScheduledDay {
  const [restDays = '', makeUpWorkdays = ''] = HOLIDAY_TABLE[Number(date.slice(0, 4))] ?? [];
  const monthDay = monthDayOf(date);
  if (listsMonthDay(makeUpWorkdays, monthDay)) return 'MAKE_UP_WORKDAY';
  if (listsMonthDay(restDays, monthDay)) return 'HOLIDAY';
  return 'UNSCHEDULED';
}

/** The calendar of the bundled schedules plus `published` ones (a published year wins). */
export function nationalCalendar(published: readonly OfficialSchedule[] = []): NationalCalendar {
  const byYear = new Map<number, { rest: Set<IsoDate>; work: Set<IsoDate> }>();
  for (const schedule of published) {
    byYear.set(schedule.year, {
      rest: new Set(schedule.restDays),
      work: new Set(schedule.makeUpWorkdays),
    });
  }
  return {
    isOfficial: (year) => byYear.has(year) || bundledIsOfficial(year),
    dayOf(date) {
      const year = Number(date.slice(0, 4));
      const loaded = byYear.get(year);
      if (loaded) {
        if (loaded.work.has(date)) return 'MAKE_UP_WORKDAY';
        return loaded.rest.has(date) ? 'HOLIDAY' : 'UNSCHEDULED';
      }
      if (bundledIsOfficial(year)) return bundledDayOf(date);
      return isStatutoryHoliday(date) ? 'HOLIDAY' : 'UNSCHEDULED';
    },
  };
}

/** The bundled schedules and the law: the baseline before any published schedule is loaded. */
export const BUNDLED_CALENDAR: NationalCalendar = nationalCalendar();

/** Working day on `calendar`: make-up workdays on, holidays off, else Mon–Fri. */
export function isWorkingDayOn(calendar: NationalCalendar, date: IsoDate): boolean {
  const scheduled = calendar.dayOf(date);
  if (scheduled !== 'UNSCHEDULED') return scheduled === 'MAKE_UP_WORKDAY';
  const weekday = weekdayOf(dayNumberOfIsoDate(date));
  return weekday >= 1 && weekday <= 5;
}

/**
 * CC-201: a date counted over the days from `from` to `to` (both included) is provisional while
 * any of their years has no official schedule: a later schedule may add bridge days (or make-up
 * workdays) among them and move it.
 */
export function isProvisionalBetween(
  calendar: NationalCalendar,
  from: IsoDate,
  to: IsoDate,
): boolean {
  const [first, last] = from <= to ? [from, to] : [to, from];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year += 1) {
    if (!calendar.isOfficial(year)) return true;
  }
  return false;
}
