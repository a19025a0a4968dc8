// The daily sweep (docs/api.md "Scheduled work"): reads only what is due, through the sparse indexes
// — open commitments (GSI3) and ending validities (GSI4) due by today + 30 days, the furthest
// reminder — in pages, and lets the engine decide each filing (sweepOne). Safe to run twice:
// transitions are conditional on the version and take the filing out of the index; each reminder
// is claimed once. Messages go to the outbox with the change (the dispatcher sends them).
// Resumable: after every page the position is saved (SweepCheckpoint), and a
// run of the same day that finds an unfinished checkpoint continues from it.
import { addDays, chinaDateOf, type IsoDate } from '@yidi/shared';
import type { Clock } from '../../clock';
import type { Logger } from '../../middleware/logging';
import type { DueIndex, Store, SweepCheckpoint } from '../../store';
import type { CalendarSource } from '../calendar/calendarSource';
import { calendarFor } from '../filings/common/deps';
import { sweepOne } from './sweepOne';

/** The furthest reminder stage (sweepFiling: 30, 7 and 1 days before). */
export const REMINDER_HORIZON_DAYS = 30;
const PHASES: DueIndex[] = ['COMMITMENT_DUE', 'VALIDITY_END'];

export interface SweepDeps {
  store: Pick<Store, 'filings' | 'filingIndexes' | 'messages' | 'sweepCheckpoints'>;
  clock: Clock;
  logger?: Pick<Logger, 'warn' | 'info'>;
  /** Items per Query page. */
  pageSize?: number;
  /** The loaded holiday schedules (runtime.calendars); without it the bundled calendar. */
  calendars?: Pick<CalendarSource, 'current'>;
}

export interface SweepReport {
  date: IsoDate;
  /** Filings read from the indexes (the sweep's whole read cost, but for conflict re-reads). */
  read: number;
  terminated: number;
  expired: number;
  /** Messages this run put in the outbox (status changes, reminders). */
  queued: number;
  /** Reminders an earlier run already queued. */
  alreadyQueued: number;
  skipped: number;
  /** CC-201: open commitments past their stored date left alone, their due date provisional. */
  heldProvisional: number;
  /** false: stopped early (shouldStop); the next run of the day continues from the checkpoint. */
  complete: boolean;
  resumed: boolean;
}

export async function runSweep(
  deps: SweepDeps,
  options: { shouldStop?: () => boolean } = {},
): Promise<SweepReport> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const today = chinaDateOf(now);
  const horizon = addDays(today, REMINDER_HORIZON_DAYS);
  const pageSize = deps.pageSize ?? 100;
  const report: SweepReport = {
    date: today,
    read: 0,
    terminated: 0,
    expired: 0,
    queued: 0,
    alreadyQueued: 0,
    skipped: 0,
    heldProvisional: 0,
    complete: false,
    resumed: false,
  };

  const calendar = await calendarFor(deps);
  const saved = await deps.store.sweepCheckpoints.get(today);
  const resumeFrom = saved && saved.phase !== 'DONE' ? saved : undefined;
  report.resumed = resumeFrom !== undefined;
  const save = (checkpoint: Omit<SweepCheckpoint, 'date' | 'updatedAt'>) =>
    deps.store.sweepCheckpoints.save({ ...checkpoint, date: today, updatedAt: at });

  const startPhase = resumeFrom ? PHASES.indexOf(resumeFrom.phase as DueIndex) : 0;
  for (let phaseIndex = startPhase; phaseIndex < PHASES.length; phaseIndex += 1) {
    const phase = PHASES[phaseIndex]!;
    let cursor = phaseIndex === startPhase ? resumeFrom?.cursor : undefined;
    do {
      if (options.shouldStop?.()) {
        await save({ phase, ...(cursor ? { cursor } : {}) });
        return report;
      }
      const page = await deps.store.filingIndexes.dueByPage(phase, horizon, {
        limit: pageSize,
        ...(cursor ? { cursor } : {}),
      });
      report.read += page.filings.length;
      for (const filing of page.filings) {
        const outcome = await sweepOne({ store: deps.store, calendar }, filing, today, at);
        if (outcome.heldProvisional) report.heldProvisional += 1;
        if (outcome.transition === 'TERMINATED') report.terminated += 1;
        if (outcome.transition === 'EXPIRED') report.expired += 1;
        if (outcome.skipped) report.skipped += 1;
        for (const queued of outcome.notifications) {
          if (queued === 'QUEUED') report.queued += 1;
          else report.alreadyQueued += 1;
        }
      }
      cursor = page.cursor;
      await save({ phase, ...(cursor ? { cursor } : {}) });
    } while (cursor);
    if (phaseIndex + 1 < PHASES.length) await save({ phase: PHASES[phaseIndex + 1]! });
  }
  await save({ phase: 'DONE' });
  report.complete = true;
  deps.logger?.info('sweep done', { ...report });
  return report;
}
