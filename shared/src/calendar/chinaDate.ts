import { isoDateOfDayNumber, type IsoDate } from './isoDate';

// China Standard Time is UTC+8 all year (no daylight saving since 1991).
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const MS_PER_DAY = 24 * 60 * 60 * 1000;

/** The calendar date in China (UTC+8) at `instant`, whatever the machine's time zone. */
export function chinaDateOf(instant: Date): IsoDate {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid Date');
  return isoDateOfDayNumber(Math.floor((time + CHINA_OFFSET_MS) / MS_PER_DAY));
}
