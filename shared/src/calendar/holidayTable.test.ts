// The generated holiday table must say what the installed chinese-days says, for every date of
// every year either covers: after a package update this fails until `npm run generate:calendar
// -w shared` has been run and its output committed.
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { HOLIDAY_TABLE } from './holidayTable.generated';
import { addDays } from './isoDate';
import { BUNDLED_CALENDAR, type ScheduledDay } from './nationalCalendar';

const hasOfficialSchedule = (year: number) => BUNDLED_CALENDAR.isOfficial(year);
const scheduledDayOf = (date: string) => BUNDLED_CALENDAR.dayOf(date);

const packageYears = [...Object.keys(chineseDays.holidays), ...Object.keys(chineseDays.workdays)]
  .map((date) => Number(date.slice(0, 4)))
  .filter((year, index, years) => years.indexOf(year) === index)
  .sort((a, b) => a - b);

function packageDayOf(date: string): ScheduledDay {
  if ((chineseDays.workdays as Record<string, string>)[date] !== undefined) {
    return 'MAKE_UP_WORKDAY';
  }
  if ((chineseDays.holidays as Record<string, string>)[date] !== undefined) return 'HOLIDAY';
  return 'UNSCHEDULED';
}

function datesOf(year: number): string[] {
  const dates: string[] = [];
  for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) {
    dates.push(date);
  }
  return dates;
}

describe('holidayTable.generated (against the installed chinese-days)', () => {
  it('covers exactly the years the package covers', () => {
    expect(packageYears.length).toBeGreaterThan(20);
    expect(Object.keys(HOLIDAY_TABLE).map(Number)).toEqual(packageYears);
  });

  it.each(packageYears)('classifies every date of %d as the package does', (year) => {
    expect(hasOfficialSchedule(year)).toBe(packageDayOf(`${year}-01-01`) === 'HOLIDAY');
    const dates = datesOf(year);
    expect(dates.map(scheduledDayOf)).toEqual(dates.map(packageDayOf));
  });

  it('has no schedule the year before or after the package', () => {
    const first = packageYears[0] ?? Number.NaN;
    const last = packageYears[packageYears.length - 1] ?? Number.NaN;
    expect(hasOfficialSchedule(first - 1)).toBe(false);
    expect(hasOfficialSchedule(last + 1)).toBe(false);
  });
});
