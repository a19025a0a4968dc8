// Loading a State Council holiday schedule (PUT /v1/admin/calendar/{year}, npm run
// calendar:import): checked against the law (scheduleProblems: every statutory day off, make-up
// workdays on weekends, dates inside the year), stored as the year's calendar item, and every
// open deadline recounted on the calendar it completes (recomputeDeadlines). Loading the same
// schedule again changes nothing but the item's loadedAt.
import {
  nationalCalendar,
  scheduleProblems,
  type NationalCalendar,
  type OfficialSchedule,
} from '@yidi/shared';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import type { Logger } from '../../middleware/logging';
import type { Caller } from '../../middleware/types';
import type { Store } from '../../store';
import type { CalendarSource } from './calendarSource';
import { recomputeDeadlines, type RecomputeReport } from './recomputeDeadlines';

export interface CalendarServiceDeps {
  store: Pick<Store, 'calendars' | 'filings' | 'filingIndexes' | 'messages' | 'sweepCheckpoints'>;
  clock: Clock;
  /** This process's cached calendar, forgotten after a load so it reads the new one. */
  calendars?: Pick<CalendarSource, 'invalidate'>;
  pageSize?: number;
  logger?: Pick<Logger, 'info' | 'warn'>;
}

export interface ImportReport {
  year: number;
  restDays: number;
  makeUpWorkdays: number;
  recompute: RecomputeReport;
}

export async function importSchedule(
  deps: CalendarServiceDeps,
  loadedBy: string,
  schedule: OfficialSchedule & { source?: string },
): Promise<ImportReport> {
  const problems = scheduleProblems(schedule);
  if (problems.length > 0) {
    const fields: Record<string, string> = {};
    for (const problem of problems) {
      fields[problem.field] = fields[problem.field]
        ? `${fields[problem.field]}；${problem.message}`
        : problem.message;
    }
    throw new AppError('VALIDATION_FAILED', {
      message: '节假日安排不符合法定节假日规定，请核对后再导入。',
      fields,
    });
  }
  const restDays = [...new Set(schedule.restDays)].sort();
  const makeUpWorkdays = [...new Set(schedule.makeUpWorkdays)].sort();
  await deps.store.calendars.put({
    year: schedule.year,
    restDays,
    makeUpWorkdays,
    ...(schedule.source ? { source: schedule.source } : {}),
    loadedAt: deps.clock.now().toISOString(),
    loadedBy,
  });
  deps.calendars?.invalidate();
  const recompute = await recomputeOn(deps, await loadedCalendar(deps), schedule.year);
  return {
    year: schedule.year,
    restDays: restDays.length,
    makeUpWorkdays: makeUpWorkdays.length,
    recompute,
  };
}

/** PUT /v1/admin/calendar/{year}: ADMIN accounts only (the schedule applies to every region). */
export async function importScheduleAs(
  deps: CalendarServiceDeps,
  caller: Caller,
  year: string,
  body: { restDays: string[]; makeUpWorkdays: string[]; source?: string },
): Promise<ImportReport> {
  if (!caller.roles.includes('ADMIN')) {
    throw new AppError('FORBIDDEN', { message: '只有系统管理员可以导入节假日安排。' });
  }
  if (!/^\d{4}$/.test(year)) {
    throw new AppError('VALIDATION_FAILED', { fields: { year: '年份应为4位数字，例如 2027' } });
  }
  return importSchedule(deps, caller.userId, { year: Number(year), ...body });
}

/**
 * Recounts every open deadline on the calendar as loaded now (no new schedule): repairs dates
 * stored before the law's lunar holidays were known, and finishes an interrupted recompute.
 */
export async function recomputeOnLoadedCalendar(
  deps: CalendarServiceDeps,
): Promise<RecomputeReport> {
  return recomputeOn(deps, await loadedCalendar(deps));
}

async function loadedCalendar(deps: CalendarServiceDeps): Promise<NationalCalendar> {
  // Consistent: the schedule just put must be part of it.
  return nationalCalendar(await deps.store.calendars.list({ consistent: true }));
}

function recomputeOn(deps: CalendarServiceDeps, calendar: NationalCalendar, year?: number) {
  return recomputeDeadlines({
    store: deps.store,
    clock: deps.clock,
    calendar,
    ...(year !== undefined ? { year } : {}),
    ...(deps.pageSize ? { pageSize: deps.pageSize } : {}),
    ...(deps.logger ? { logger: deps.logger } : {}),
  });
}
