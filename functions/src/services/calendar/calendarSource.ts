// The national calendar the services count on: the bundled schedules plus the ones loaded into
// the table (store/calendars). Read once per cold start and again after `ttlMs`, so a schedule
// loaded by the administrator reaches every Lambda within minutes, without a deploy. Only state
// changes that count dates ask for it; reads show the dates as stored.
import { nationalCalendar, type NationalCalendar } from '@yidi/shared';
import type { Clock } from '../../clock';
import type { CalendarRepository } from '../../store';

export interface CalendarSource {
  /** The calendar as last read (reads the table when stale or never read). */
  current(): Promise<NationalCalendar>;
  /** Forget what was read: the next current() reads the table (after a load in this process). */
  invalidate(): void;
}

export const CALENDAR_TTL_MS = 5 * 60 * 1000;

export function cachedCalendarSource(
  calendars: Pick<CalendarRepository, 'list'>,
  clock: Clock,
  ttlMs = CALENDAR_TTL_MS,
): CalendarSource {
  let cached: { calendar: NationalCalendar; readAt: number } | undefined;
  let reading: Promise<NationalCalendar> | undefined;
  return {
    async current() {
      const now = clock.now().getTime();
      if (cached && now - cached.readAt < ttlMs) return cached.calendar;
      // One read for concurrent callers of a cold container.
      reading ??= calendars
        .list()
        .then(
          (published) => {
            cached = { calendar: nationalCalendar(published), readAt: now };
            return cached.calendar;
          },
          (error: unknown) => {
            // A failed refresh keeps the schedules read before rather than failing the request.
            if (cached) return cached.calendar;
            throw error;
          },
        )
        .finally(() => {
          reading = undefined;
        });
      return reading;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
