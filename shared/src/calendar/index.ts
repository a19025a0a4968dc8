// Calendar dates in China Standard Time ('YYYY-MM-DD' strings), CC-201 period arithmetic and
// the national working-day calendar (statutory days by law + official schedules as data). Pure: no I/O, no clock (callers pass `now`).
export type { IsoDate } from './isoDate';
export { isValidIsoDate, addDays, daysBetween } from './isoDate';
export { compareIsoDates, isBefore, isAfter, maxIsoDate, minIsoDate } from './compare';
export { chinaDateOf } from './chinaDate';
export { addMonths, addYears } from './months';
export {
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  nextWorkingDayDated,
  addWorkingDays,
  addWorkingDaysDated,
  calendarIsOfficial,
  type DatedResult,
} from './workingDays';
export { PERIOD_RULE, periodEnd, periodEndDated, type PeriodLength } from './periods';
export {
  BUNDLED_CALENDAR,
  nationalCalendar,
  isStatutoryHoliday,
  isProvisionalBetween,
  type NationalCalendar,
  type OfficialSchedule,
  type ScheduledDay,
} from './nationalCalendar';
export { scheduleProblems, type ScheduleProblem } from './scheduleProblems';
