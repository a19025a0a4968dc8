// YJ-6 "补办备案手续期间如遇法定节假日的，补办备案手续时间可相应顺延": the retro-filing window runs
// from admission to discharge; each holiday inside it adds a day after the discharge, and a last
// day that falls on a rest day moves to the next working day (CC-201).
import {
  addDays,
  BUNDLED_CALENDAR,
  isAfter,
  nextWorkingDayOnOrAfter,
  type IsoDate,
  type NationalCalendar,
} from '../calendar';

/** Holidays (days off of the schedule, or of the law for an unpublished year) from `from` to `to`, both included. */
export function holidaysWithin(
  from: IsoDate,
  to: IsoDate,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): number {
  let count = 0;
  for (let day = from; !isAfter(day, to); day = addDays(day, 1)) {
    if (calendar.dayOf(day) === 'HOLIDAY') count += 1;
  }
  return count;
}

/**
 * The last day a person admitted on `admissionDate` and discharged on `dischargeDate` may still
 * file after discharge, or null when nothing extends the window (a working-day discharge with no
 * holiday inside the stay: "出院结算后不得补办备案").
 */
export function retroFilingLastDay(
  admissionDate: IsoDate,
  dischargeDate: IsoDate,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): IsoDate | null {
  const holidays = holidaysWithin(admissionDate, dischargeDate, calendar);
  const lastDay = nextWorkingDayOnOrAfter(addDays(dischargeDate, holidays), calendar);
  return lastDay === dischargeDate ? null : lastDay;
}
