// The State Council's holiday schedules loaded as data (docs/api.md "Scheduled work"): one item per
// year, pk=CALENDAR sk=YEAR#<year>, so every published year is one Query of one small partition.
// The functions read them at cold start (services/calendar/calendarSource) and count deadlines on
// the bundled schedules plus these; a loaded year replaces the bundled one.
import { Entity } from 'dynamodb-toolbox/entity';
import { item } from 'dynamodb-toolbox/schema/item';
import { list } from 'dynamodb-toolbox/schema/list';
import { number } from 'dynamodb-toolbox/schema/number';
import { string } from 'dynamodb-toolbox/schema/string';
import type { OfficialSchedule } from '@yidi/shared';
import { StoreRepository } from './storeRepository';
import type { AppTable } from './table';

const CALENDAR_PARTITION = 'CALENDAR';
export const calendarKey = (year: number) => ({
  pk: CALENDAR_PARTITION,
  sk: `YEAR#${String(year).padStart(4, '0')}`,
});

export interface LoadedSchedule extends OfficialSchedule {
  source?: string;
  loadedAt: string;
  loadedBy: string;
}

export interface CalendarRepository {
  /** One Query: every loaded schedule, oldest year first. */
  list(options?: { consistent?: boolean }): Promise<LoadedSchedule[]>;
  /** One Put: the year's schedule, replacing any loaded before. */
  put(schedule: LoadedSchedule): Promise<void>;
}

export function defineCalendarEntity(table: AppTable) {
  return new Entity({
    name: 'CalendarYear',
    table,
    timestamps: false,
    schema: item({
      pk: string().key(),
      sk: string().key(),
      year: number(),
      restDays: list(string()),
      makeUpWorkdays: list(string()),
      source: string().optional(),
      loadedAt: string(),
      loadedBy: string(),
    }),
  });
}

export function dynamoCalendarRepository(
  entity: ReturnType<typeof defineCalendarEntity>,
): CalendarRepository {
  const years = entity.build(StoreRepository);
  return {
    async list({ consistent = false } = {}) {
      const { Items = [] } = await years.query(
        { partition: CALENDAR_PARTITION, range: { beginsWith: 'YEAR#' } },
        { maxPages: Infinity, consistent },
      );
      return Items.map(({ year, restDays, makeUpWorkdays, source, loadedAt, loadedBy }) => ({
        year,
        restDays,
        makeUpWorkdays,
        ...(source ? { source } : {}),
        loadedAt,
        loadedBy,
      }));
    },
    async put(schedule) {
      await years.put({
        ...calendarKey(schedule.year),
        year: schedule.year,
        restDays: [...schedule.restDays],
        makeUpWorkdays: [...schedule.makeUpWorkdays],
        ...(schedule.source ? { source: schedule.source } : {}),
        loadedAt: schedule.loadedAt,
        loadedBy: schedule.loadedBy,
      });
    },
  };
}
