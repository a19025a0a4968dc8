import { civilDateOf, dayNumberOf, daysInMonth, type CivilDate } from './civilDays';

/** 'YYYY-MM-DD', a calendar date in China Standard Time. */
export type IsoDate = string;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function civilDateFromString(value: string): CivilDate | undefined {
  const match = typeof value === 'string' ? ISO_DATE_PATTERN.exec(value) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** A real calendar date written 'YYYY-MM-DD' with a 4-digit year ('2026-02-29' is not). */
export function isValidIsoDate(value: string): boolean {
  return civilDateFromString(value) !== undefined;
}

/** Throws a RangeError for anything but a real 'YYYY-MM-DD' date: a silent NaN is worse. */
export function parseIsoDate(date: IsoDate): CivilDate {
  const civil = civilDateFromString(date);
  if (!civil) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${String(date)}`);
  return civil;
}

export function formatIsoDate({ year, month, day }: CivilDate): IsoDate {
  // Results must stay writable as 'YYYY-MM-DD'; a 5-digit or negative year would not parse back.
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    throw new RangeError(`Year out of the 4-digit range: ${year}`);
  }
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function dayNumberOfIsoDate(date: IsoDate): number {
  return dayNumberOf(parseIsoDate(date));
}

export function isoDateOfDayNumber(dayNumber: number): IsoDate {
  return formatIsoDate(civilDateOf(dayNumber));
}

export function assertWholeNumber(value: number, what: string): void {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${what} must be a whole number: ${value}`);
}

/** `days` may be negative. */
export function addDays(date: IsoDate, days: number): IsoDate {
  assertWholeNumber(days, 'days');
  return isoDateOfDayNumber(dayNumberOfIsoDate(date) + days);
}

/** to − from, in days. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOfIsoDate(to) - dayNumberOfIsoDate(from);
}
