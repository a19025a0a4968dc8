import { parseIsoDate, type IsoDate } from './isoDate';

/** < 0 when a is earlier, 0 when equal, > 0 when later. Both must be valid ISO dates. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  parseIsoDate(a);
  parseIsoDate(b);
  // Zero-padded 'YYYY-MM-DD' strings sort the way the dates do.
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return compareIsoDates(a, b) < 0;
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return compareIsoDates(a, b) > 0;
}

function pick(dates: IsoDate[], keepLater: boolean): IsoDate {
  const [first, ...rest] = dates;
  if (first === undefined) throw new RangeError('At least one date is required');
  parseIsoDate(first);
  return rest.reduce((best, date) => {
    const order = compareIsoDates(date, best);
    return (keepLater ? order > 0 : order < 0) ? date : best;
  }, first);
}

/** The latest of the dates; throws on an empty list. */
export function maxIsoDate(...dates: IsoDate[]): IsoDate {
  return pick(dates, true);
}

/** The earliest of the dates; throws on an empty list. */
export function minIsoDate(...dates: IsoDate[]): IsoDate {
  return pick(dates, false);
}
