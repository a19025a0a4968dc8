// The daily sweep (docs/api.md "Scheduled work"): reads only what is due, through the sparse
// due-date indexes, partitioned by pooling region and month — open commitments (GSI3) and ending
// validities (GSI4), keys only: each page's filings are then read by BatchGet — the days from the
// floor (the earliest day that can still hold a live filing: the last finished run's day, or an
// earlier one it left a held filing in) to today + 30 days, the furthest reminder: one Query page
// at a time per (month, region) and its days, and lets the engine decide each filing (sweepOne)
// from the item as read, not from the index. Safe to run
// twice: transitions are conditional on the version and take the filing out of the index; each
// reminder is claimed once. Messages go to the outbox with the change (the dispatcher sends them).
// Resumable: after every page with filings the position is saved (SweepCheckpoint), and a run of
// the same day that finds an unfinished checkpoint continues from it.
import { addDays, chinaDateOf, isBefore, minIsoDate, type IsoDate } from '@yidi/shared';
import type { Clock } from '../../clock';
import type { Logger } from '../../middleware/logging';
import type { DueIndex, DuePartition, Store, SweepCheckpoint } from '../../store';
import type { CalendarSource } from '../calendar/calendarSource';
import { calendarFor } from '../filings/common/deps';
import { duePartitions } from './duePartitions';
import { sweepOne } from './sweepOne';

/** The furthest reminder stage (sweepFiling: 30, 7 and 1 days before). */
export const REMINDER_HORIZON_DAYS = 30;
/**
 * A first run (no floor yet: a new table, or items written before the indexes were keyed by
 * day) looks this far back for filings already past their date.
 */
export const FIRST_RUN_LOOKBACK_DAYS = 31;
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
  /**
   * Filings read: the due entries of the keys-only indexes, then their items by BatchGet (the
   * sweep's whole read cost, but for conflict re-reads and the stale entries below).
   */
  read: number;
  /**
   * Entries whose filing had left that place meanwhile (the index lags its items): the item
   * read decides, so these were not swept here.
   */
  stale: number;
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
  options: { shouldStop?: (progress: Readonly<SweepReport>) => boolean } = {},
): Promise<SweepReport> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const today = chinaDateOf(now);
  const horizon = addDays(today, REMINDER_HORIZON_DAYS);
  const pageSize = deps.pageSize ?? 100;
  const report: SweepReport = {
    date: today,
    read: 0,
    stale: 0,
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
  const floor = await deps.store.sweepCheckpoints.floor();
  // A floor lowered since the interrupted run began (a recompute) means days it did not cover:
  // start again from the floor instead (every step is safe to repeat).
  const resumeFrom =
    saved &&
    saved.phase !== 'DONE' &&
    !(floor !== undefined && saved.from !== undefined && isBefore(floor, saved.from))
      ? saved
      : undefined;
  report.resumed = resumeFrom !== undefined;
  const from = minIsoDate(
    resumeFrom?.from ?? floor ?? addDays(today, -FIRST_RUN_LOOKBACK_DAYS),
    today,
  );
  let heldFrom = resumeFrom?.heldFrom;
  const save = (checkpoint: Omit<SweepCheckpoint, 'date' | 'updatedAt' | 'from' | 'heldFrom'>) =>
    deps.store.sweepCheckpoints.save({
      ...checkpoint,
      from,
      ...(heldFrom ? { heldFrom } : {}),
      date: today,
      updatedAt: at,
    });

  const partitions = duePartitions(from, horizon);
  const startPhase = resumeFrom ? PHASES.indexOf(resumeFrom.phase as DueIndex) : 0;
  for (let phaseIndex = startPhase; phaseIndex < PHASES.length; phaseIndex += 1) {
    const phase = PHASES[phaseIndex]!;
    const resumeHere = phaseIndex === startPhase ? resumeFrom : undefined;
    const startAt = resumeHere?.partition ? indexOfPartition(partitions, resumeHere.partition) : 0;
    for (let position = startAt; position < partitions.length; position += 1) {
      const partition = partitions[position]!;
      let cursor = position === startAt ? resumeHere?.cursor : undefined;
      do {
        if (options.shouldStop?.(report)) {
          await save({ phase, partition: positionOf(partition), ...(cursor ? { cursor } : {}) });
          return report;
        }
        const page = await deps.store.filingIndexes.dueByPage(phase, partition, {
          limit: pageSize,
          ...(cursor ? { cursor } : {}),
        });
        report.read += page.filings.length;
        report.stale += page.stale ?? 0;
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
          // Past its day and still live (a provisional date, a stay still covered, a pending
          // extension, a lost race): the next runs must read this day again.
          const day = phase === 'COMMITMENT_DUE' ? filing.commitment?.dueDate : filing.validUntil;
          if (!outcome.transition && day && isBefore(day, today)) {
            heldFrom = heldFrom ? minIsoDate(heldFrom, day) : day;
          }
        }
        cursor = page.cursor;
        // An empty page is not saved: a rerun from an earlier position reads a few empty pages
        // again, which costs less than a write per (month, region).
        if (page.filings.length > 0) {
          const next = cursor ? partition : partitions[position + 1];
          const nextPhase = PHASES[phaseIndex + 1];
          if (next) {
            await save({ phase, partition: positionOf(next), ...(cursor ? { cursor } : {}) });
          } else if (nextPhase) await save({ phase: nextPhase });
        }
      } while (cursor);
    }
  }
  await save({ phase: 'DONE' });
  await deps.store.sweepCheckpoints.advanceFloor(floor, heldFrom ?? today, at);
  report.complete = true;
  deps.logger?.info('sweep done', { ...report, from });
  return report;
}

const positionOf = ({ month, region }: DuePartition) => ({ month, region });

function indexOfPartition(
  partitions: DuePartition[],
  wanted: NonNullable<SweepCheckpoint['partition']>,
): number {
  const found = partitions.findIndex(
    ({ month, region }) => month === wanted.month && region === wanted.region,
  );
  // A region no longer in the registry: start the phase again (every step is safe to repeat).
  return found === -1 ? 0 : found;
}
