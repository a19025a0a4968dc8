// Calendar dates in China Standard Time ('YYYY-MM-DD' strings), CC-201 period arithmetic and
// the national working-day calendar. Pure: no I/O, no clock (callers pass `now`).
export type { IsoDate } from './isoDate';
export { isValidIsoDate, addDays, daysBetween } from './isoDate';
export { compareIsoDates, isBefore, isAfter, maxIsoDate, minIsoDate } from './compare';
export { chinaDateOf } from './chinaDate';
export { addMonths, addYears } from './months';
export {
  isWorkingDay,
  nextWorkingDayOnOrAfter,
  addWorkingDays,
  calendarIsOfficial,
} from './workingDays';
export { PERIOD_RULE, periodEnd, type PeriodLength } from './periods';
