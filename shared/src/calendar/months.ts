import { daysInMonth } from './civilDays';
import { assertWholeNumber, formatIsoDate, parseIsoDate, type IsoDate } from './isoDate';

/**
 * CC-201: the same-numbered day of the final month, or that month's last day where it has none
 * (2026-08-31 + 3 → 2026-11-30; 2026-01-31 + 1 → 2026-02-28). `months` may be negative.
 * Counted on year/month numbers, never with Date.setMonth (which overflows into the next month).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  assertWholeNumber(months, 'months');
  const { year, month, day } = parseIsoDate(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < 0 || targetYear > 9999) {
    throw new RangeError(`Year out of the 4-digit range: ${targetYear}`);
  }
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return formatIsoDate({ year: targetYear, month: targetMonth, day: targetDay });
}

/** CC-201, counted as 12 months: 2028-02-29 + 1 → 2029-02-28. */
export function addYears(date: IsoDate, years: number): IsoDate {
  assertWholeNumber(years, 'years');
  return addMonths(date, years * 12);
}
