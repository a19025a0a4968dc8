// Recounts every open deadline on a national calendar (after a schedule is loaded, or against
// the law's holidays to repair dates stored before the lunar ones were known — `npm run
// calendar:import -- --recompute`). Reads only what can move, through the sparse due-date
// indexes: open commitments (GSI3, all of them) and pending reviews (GSI2, per policy region),
// in pages. Each changed filing is one versioned write with its history (event DEADLINE_MOVED,
// actor SYSTEM, rule CC-201) and, when a date moved, the person's message in the outbox.
// Safe to rerun: an unchanged filing is not written; a lost race is read again and recounted.
import { listPolicyRegions, policyForRegion, type NationalCalendar } from '@yidi/shared';
import type { Clock } from '../../clock';
import type { Logger } from '../../middleware/logging';
import type { FilingPage, FilingRecord, Store } from '../../store';
import { deadlineMovedContent } from '../notifications/messageText';
import { newMessage } from '../notifications/recordOnce';
import { isLostRace } from '../sweep/sweepOne';
import { recountDeadlines } from './recount';

export const CALENDAR_ACTOR = 'system:calendar';
/** The furthest date a GSI3 sort key can hold: every open commitment. */
const ALL_DUE = '9999-12-31';

export interface RecomputeDeps {
  store: Pick<Store, 'filings' | 'filingIndexes' | 'messages'>;
  clock: Clock;
  calendar: NationalCalendar;
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

export async function recomputeDeadlines(deps: RecomputeDeps): Promise<RecomputeReport> {
  const at = deps.clock.now().toISOString();
  const limit = deps.pageSize ?? 100;
  const report: RecomputeReport = { read: 0, updated: 0, moved: 0, skipped: 0 };
  const pages: ((cursor?: Record<string, unknown>) => Promise<FilingPage>)[] = [
    (cursor) =>
      deps.store.filingIndexes.dueByPage('COMMITMENT_DUE', ALL_DUE, {
        limit,
        ...(cursor ? { cursor } : {}),
      }),
    ...listPolicyRegions().map(
      ({ code }) =>
        (cursor?: Record<string, unknown>) =>
          deps.store.filingIndexes.reviewPage(code, { limit, ...(cursor ? { cursor } : {}) }),
    ),
  ];
  for (const readPage of pages) {
    let cursor: Record<string, unknown> | undefined;
    do {
      const page = await readPage(cursor);
      report.read += page.filings.length;
      for (const filing of page.filings) {
        const outcome = await recomputeOne(deps, filing, at);
        if (outcome === 'SKIPPED') report.skipped += 1;
        if (outcome === 'UPDATED' || outcome === 'MOVED') report.updated += 1;
        if (outcome === 'MOVED') report.moved += 1;
      }
      cursor = page.cursor;
    } while (cursor);
  }
  deps.logger?.info('deadlines recomputed', { ...report });
  return report;
}

async function recomputeOne(
  deps: RecomputeDeps,
  filing: FilingRecord,
  at: string,
  attempt = 1,
): Promise<Outcome> {
  const policy = policyForRegion(filing.insuredRegion);
  if (!policy) return 'SKIPPED';
  const recounted = recountDeadlines(filing, policy, deps.calendar);
  if (!recounted) return 'UNCHANGED';
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
          filingId: filing.id,
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
    // The index copy was stale or someone changed the filing meanwhile: read it and recount once.
    if (!isLostRace(error)) throw error;
    const fresh = attempt === 1 ? await deps.store.filings.head(filing.id) : undefined;
    if (!fresh) return 'SKIPPED';
    return recomputeOne(deps, fresh, at, attempt + 1);
  }
  return message ? 'MOVED' : 'UPDATED';
}
