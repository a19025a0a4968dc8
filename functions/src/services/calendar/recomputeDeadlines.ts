// Recounts every open deadline a national calendar can move (after a schedule is loaded, or
// against the law's holidays to repair dates stored before the lunar ones were known — `npm run
// calendar:import -- --recompute`). Reads only what can move, through the sparse due-date
// indexes: open commitments (GSI3, keys, then the filings by BatchGet) in the (month, pooling
// region) partitions, for the days that can hold one — from the sweep's floor (nothing live is
// due before it) to the latest date a commitment signed today can have, and for a loaded year
// only that year's days (and the January after, where its last rest days roll over) — and
// pending reviews (GSI2, per policy region), in pages. Each changed filing is one versioned write
// with its history (event DEADLINE_MOVED, actor SYSTEM, rule CC-201) and, when a date moved, the
// person's message in the outbox. A commitment moved to a day before the sweep's floor lowers the
// floor, so the sweep reads that day again.
// Safe to rerun: an unchanged filing is not written; a lost race is read again and recounted.
import {
  addDays,
  addMonths,
  chinaDateOf,
  isAfter,
  isBefore,
  listPolicyRegions,
  maxIsoDate,
  minIsoDate,
  policyForRegion,
  type IsoDate,
  type NationalCalendar,
} from '@yidi/shared';
import type { Clock } from '../../clock';
import type { Logger } from '../../middleware/logging';
import type { DuePartition, FilingPage, FilingRecord, Store } from '../../store';
import { deadlineMovedContent } from '../notifications/messageText';
import { newMessage } from '../notifications/recordOnce';
import { duePartitions } from '../sweep/duePartitions';
import { FIRST_RUN_LOOKBACK_DAYS } from '../sweep/runSweep';
import { isLostRace } from '../sweep/sweepOne';
import { recountDeadlines } from './recount';

export const CALENDAR_ACTOR = 'system:calendar';
/** Beyond a period's last day, the longest run of rest days a due date can roll over (春节 + bridges). */
const ROLL_OVER_DAYS = 31;

export interface RecomputeDeps {
  store: Pick<Store, 'filings' | 'filingIndexes' | 'messages' | 'sweepCheckpoints'>;
  clock: Clock;
  calendar: NationalCalendar;
  /** The year whose schedule was just loaded: only its days' commitments can move. */
  year?: number;
  pageSize?: number;
  logger?: Pick<Logger, 'info' | 'warn'>;
}

export interface RecomputeReport {
  /** Filings read from the indexes. */
  read: number;
  /** Filings written (a date moved, or only its provisional flag changed). */
  updated: number;
  /** Filings with a date that moved (each got one message). */
  moved: number;
  skipped: number;
}

type Outcome = 'UNCHANGED' | 'UPDATED' | 'MOVED' | 'SKIPPED';
type ReadPage = (cursor?: Record<string, unknown>) => Promise<FilingPage>;

/**
 * The days of GSI3 that can hold an open commitment the calendar moves: none is due before the
 * sweep's floor (without one, the sweep's first-run look-back), none after the longest
 * commitment signed today; a loaded year moves only dates from its 1 January to the rest days
 * after its last day.
 */
export function commitmentDays(
  today: IsoDate,
  floor: IsoDate | undefined,
  year: number | undefined,
): { from: IsoDate; through: IsoDate } | undefined {
  const longestMonths = Math.max(
    0,
    ...listPolicyRegions().map(({ code }) => policyForRegion(code)?.commitment.value?.months ?? 0),
  );
  let from = minIsoDate(floor ?? addDays(today, -FIRST_RUN_LOOKBACK_DAYS), today);
  let through = addDays(addMonths(today, longestMonths), ROLL_OVER_DAYS);
  if (year !== undefined) {
    // A loaded year: with a floor, none before it; without one, the whole year (no sweep ran).
    from = floor ? maxIsoDate(from, `${year}-01-01`) : `${year}-01-01`;
    through = minIsoDate(through, addDays(`${year + 1}-01-01`, ROLL_OVER_DAYS - 1));
  }
  return isAfter(from, through) ? undefined : { from, through };
}

export async function recomputeDeadlines(deps: RecomputeDeps): Promise<RecomputeReport> {
  const at = deps.clock.now().toISOString();
  const today = chinaDateOf(deps.clock.now());
  const limit = deps.pageSize ?? 100;
  const report: RecomputeReport = { read: 0, updated: 0, moved: 0, skipped: 0 };
  let earliestMovedTo: IsoDate | undefined;

  const drain = async (readPage: ReadPage) => {
    let cursor: Record<string, unknown> | undefined;
    do {
      const page = await readPage(cursor);
      report.read += page.filings.length;
      for (const filing of page.filings) {
        const { outcome, movedTo } = await recomputeOne(deps, filing, at);
        if (outcome === 'SKIPPED') report.skipped += 1;
        if (outcome === 'UPDATED' || outcome === 'MOVED') report.updated += 1;
        if (outcome === 'MOVED') report.moved += 1;
        if (movedTo) earliestMovedTo = minIsoDate(earliestMovedTo ?? movedTo, movedTo);
      }
      cursor = page.cursor;
    } while (cursor);
  };
  const commitmentsOn =
    (partition: DuePartition): ReadPage =>
    (cursor) =>
      deps.store.filingIndexes.dueByPage('COMMITMENT_DUE', partition, {
        limit,
        ...(cursor ? { cursor } : {}),
      });

  const days = commitmentDays(today, await deps.store.sweepCheckpoints.floor(), deps.year);
  if (days) {
    for (const partition of duePartitions(days.from, days.through)) {
      await drain(commitmentsOn(partition));
    }
  }
  for (const { code } of listPolicyRegions()) {
    await drain((cursor) =>
      deps.store.filingIndexes.reviewPage(code, { limit, ...(cursor ? { cursor } : {}) }),
    );
  }
  // A commitment moved to a day the sweep has passed (make-up workdays can move a date earlier).
  if (earliestMovedTo && isBefore(earliestMovedTo, today)) {
    await deps.store.sweepCheckpoints.lowerFloor(earliestMovedTo, at);
  }
  deps.logger?.info('deadlines recomputed', { ...report, ...(days ?? {}) });
  return report;
}

async function recomputeOne(
  deps: RecomputeDeps,
  filing: FilingRecord,
  at: string,
  attempt = 1,
): Promise<{ outcome: Outcome; movedTo?: IsoDate }> {
  const policy = policyForRegion(filing.insuredRegion);
  if (!policy) return { outcome: 'SKIPPED' };
  const recounted = recountDeadlines(filing, policy, deps.calendar);
  if (!recounted) return { outcome: 'UNCHANGED' };
  const { moves } = recounted;
  const next: FilingRecord = {
    ...recounted.next,
    version: filing.version + 1,
    updatedAt: at,
  };
  const message =
    moves.length > 0
      ? newMessage({
          personId: filing.personId,
          subject: { kind: 'FILING', id: filing.id },
          content: deadlineMovedContent(filing, moves),
          at,
        })
      : undefined;
  try {
    await deps.store.filings.update(
      filing,
      next,
      {
        event: 'DEADLINE_MOVED',
        actorUserId: CALENDAR_ACTOR,
        at,
        actorKind: 'SYSTEM',
        rule: 'CC-201',
        detail: { moves },
      },
      message ? [deps.store.messages.outboxWrite(message)] : [],
    );
  } catch (error) {
    // Someone changed the filing since it was read: read it again and recount once.
    if (!isLostRace(error)) throw error;
    const fresh = attempt === 1 ? await deps.store.filings.head(filing.id) : undefined;
    if (!fresh) return { outcome: 'SKIPPED' };
    return recomputeOne(deps, fresh, at, attempt + 1);
  }
  const movedTo = moves.find((move) => move.kind === 'COMMITMENT_DUE')?.to;
  return { outcome: message ? 'MOVED' : 'UPDATED', ...(movedTo ? { movedTo } : {}) };
}
