import { dayNumberOf, weekdayOf } from './civilDays';
import { assertWholeNumber, isoDateOfDayNumber, parseIsoDate, type IsoDate } from './isoDate';
import { hasOfficialSchedule, scheduledDayOf } from './nationalCalendar';

/**
 * False where chinese-days has no State Council schedule for the year: then only the holidays
 * fixed by law on solar dates are known, and otherwise Mon–Fri is assumed.
 */
export function calendarIsOfficial(year: number): boolean {
  return hasOfficialSchedule(year);
}

function isWorkingDayNumber(dayNumber: number): boolean {
  const scheduled = scheduledDayOf(isoDateOfDayNumber(dayNumber));
  if (scheduled !== 'UNSCHEDULED') return scheduled === 'MAKE_UP_WORKDAY';
  const weekday = weekdayOf(dayNumber);
  return weekday >= 1 && weekday <= 5;
}

/** National calendar: statutory holidays off, make-up workdays (调休上班) on, else Mon–Fri. */
export function isWorkingDay(date: IsoDate): boolean {
  return isWorkingDayNumber(dayNumberOf(parseIsoDate(date)));
}

export function nextWorkingDayOnOrAfter(date: IsoDate): IsoDate {
  let dayNumber = dayNumberOf(parseIsoDate(date));
  while (!isWorkingDayNumber(dayNumber)) dayNumber += 1;
  return isoDateOfDayNumber(dayNumber);
}

/**
 * The start day is not counted: the n-th working day strictly after `date` (HA "next working
 * day" is n = 1). n = 0 returns `date` itself; a negative n counts back before `date`.
 */
export function addWorkingDays(date: IsoDate, workingDays: number): IsoDate {
  assertWholeNumber(workingDays, 'workingDays');
  const step = workingDays < 0 ? -1 : 1;
  let dayNumber = dayNumberOf(parseIsoDate(date));
  for (let remaining = Math.abs(workingDays); remaining > 0;) {
    dayNumber += step;
    if (isWorkingDayNumber(dayNumber)) remaining -= 1;
  }
  return isoDateOfDayNumber(dayNumber);
}
