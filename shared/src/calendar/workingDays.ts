import { assertWholeNumber, addDays, type IsoDate } from './isoDate';
import {
  BUNDLED_CALENDAR,
  isProvisionalBetween,
  isWorkingDayOn,
  type NationalCalendar,
} from './nationalCalendar';

/** A date the engine computed, and whether it may still move (CC-201, POLICY §0). */
export interface DatedResult {
  date: IsoDate;
  /** Counted over a year whose official schedule is not known yet. */
  provisional: boolean;
}

/**
 * True where the year's State Council schedule is known (bundled or, on `calendar`, published);
 * false where only the statutory days fixed by law are, and dates are provisional.
 */
export function calendarIsOfficial(
  year: number,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): boolean {
  return calendar.isOfficial(year);
}

/** National calendar: statutory holidays off, make-up workdays (调休上班) on, else Mon–Fri. */
export function isWorkingDay(
  date: IsoDate,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): boolean {
  return isWorkingDayOn(calendar, addDays(date, 0));
}

/** `date` itself if a working day, else the first working day after it, provisional or not. */
export function nextWorkingDayDated(date: IsoDate, calendar: NationalCalendar): DatedResult {
  let day = addDays(date, 0);
  while (!isWorkingDayOn(calendar, day)) day = addDays(day, 1);
  return { date: day, provisional: isProvisionalBetween(calendar, date, day) };
}

export function nextWorkingDayOnOrAfter(
  date: IsoDate,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): IsoDate {
  return nextWorkingDayDated(date, calendar).date;
}

/** addWorkingDays, and whether a day it counted over lies in a year not yet official. */
export function addWorkingDaysDated(
  date: IsoDate,
  workingDays: number,
  calendar: NationalCalendar,
): DatedResult {
  assertWholeNumber(workingDays, 'workingDays');
  const step = workingDays < 0 ? -1 : 1;
  let day = addDays(date, 0);
  for (let remaining = Math.abs(workingDays); remaining > 0;) {
    day = addDays(day, step);
    if (isWorkingDayOn(calendar, day)) remaining -= 1;
  }
  const counted = workingDays === 0 ? date : addDays(date, step);
  return { date: day, provisional: isProvisionalBetween(calendar, counted, day) };
}

/**
 * The start day is not counted: the n-th working day strictly after `date` (HA "next working
 * day" is n = 1). n = 0 returns `date` itself; a negative n counts back before `date`.
 */
export function addWorkingDays(
  date: IsoDate,
  workingDays: number,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): IsoDate {
  return addWorkingDaysDated(date, workingDays, calendar).date;
}
