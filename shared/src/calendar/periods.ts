import { addDays, assertWholeNumber, type IsoDate } from './isoDate';
import { addMonths } from './months';
import { BUNDLED_CALENDAR, type NationalCalendar } from './nationalCalendar';
import { nextWorkingDayDated, type DatedResult } from './workingDays';

/** docs/policy-sources.md §0: 民法典 第二百零一至二百零四条. */
export const PERIOD_RULE = 'CC-201';

export interface PeriodLength {
  years?: number;
  months?: number;
  days?: number;
}

/**
 * CC-201: the start day is not counted; years and months end on the same-numbered day of the
 * final month (or its last day), days end `days` days after start. A length mixing both counts
 * the years and months first, then the days. With rollOverRestDays, an end date that is a
 * statutory holiday or rest day moves to the first working day after it (第二百零三条).
 */
export function periodEnd(
  start: IsoDate,
  length: PeriodLength,
  options: { rollOverRestDays?: boolean; calendar?: NationalCalendar } = {},
): IsoDate {
  return periodEndDated(start, length, options).date;
}

/**
 * periodEnd, and whether it is provisional: with rollOverRestDays, the days from the plain end to
 * the rolled-over one lie in a year whose official schedule is not known yet (bridge days there
 * could move it). Without roll-over a date never depends on the schedule.
 */
export function periodEndDated(
  start: IsoDate,
  length: PeriodLength,
  options: { rollOverRestDays?: boolean; calendar?: NationalCalendar } = {},
): DatedResult {
  const { years = 0, months = 0, days = 0 } = length;
  for (const [what, value] of [
    ['years', years],
    ['months', months],
    ['days', days],
  ] as const) {
    assertWholeNumber(value, what);
    if (value < 0) throw new RangeError(`A period's ${what} cannot be negative: ${value}`);
  }
  const end = addDays(addMonths(start, years * 12 + months), days);
  return options.rollOverRestDays
    ? nextWorkingDayDated(end, options.calendar ?? BUNDLED_CALENDAR)
    : { date: end, provisional: false };
}
