// GET /v1/review/queue: one page of the reviewer's queue, as summaries (shared FilingQueueItem:
// what picking the next filing needs; the review page GETs the whole filing with its actions).
// PENDING_REVIEW filings come from the sparse review index (GSI6, which projects the summary
// alone), earliest working-day due date first, each marked `overdue` when its due date has
// passed; other statuses from the region index (GSI7, keys only, in filing order: one Query of
// `limit` keys, then their filings by BatchGet, narrowed to the status — such a page may hold
// fewer rows, and still a cursor). `limit` rows at most (a page stays far below 1 MB). Without
// `region`, the reviewer's regions are read one after the other (each by due date); `nextCursor`
// carries where to go on. Each filing carries its person's summary, so the persons are not read.
import {
  compareIsoDates,
  REVIEW_QUEUE_PAGE,
  type FilingQueueItem,
  type FilingStatus,
  type IsoDate,
} from '@yidi/shared';
import type { Clock } from '../../clock';
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import { filingSummaryOfRecord, type FilingSummary, type Store } from '../../store';
import { nowOf } from '../filings/common/today';
import { openCursor, sealCursor, type QueueCursor } from './pageCursor';
import { reviewRegions } from './reviewerAccess';

export interface ReviewQueueDeps {
  store: Pick<Store, 'filings' | 'filingIndexes'>;
  clock: Clock;
  /** Signs and checks cursors (pageCursor.ts cursorKeyOf). */
  cursorKey: Buffer;
}

export interface QueuePage {
  items: FilingQueueItem[];
  nextCursor?: string;
}

export async function reviewQueue(
  deps: ReviewQueueDeps,
  caller: Caller,
  query: { region?: string; status: FilingStatus; limit?: number; cursor?: string },
): Promise<QueuePage> {
  const { today } = nowOf(deps.clock);
  const regions = reviewRegions(caller, query.region);
  const signed = { userId: caller.userId, query: `${query.region ?? ''}|${query.status}` };
  const at = query.cursor
    ? openCursor(deps.cursorKey, query.cursor, signed)
    : regions[0] !== undefined
      ? { ...signed, region: regions[0] }
      : undefined;
  if (!at) return { items: [] };
  const index = regions.indexOf(at.region);
  // A region taken from the caller since the cursor was made: its rows are no longer theirs.
  if (index < 0) throw new AppError('CURSOR_INVALID');

  const limit = query.limit ?? REVIEW_QUEUE_PAGE.default;
  const page = await readPage(deps.store, at, query.status, limit);
  const following = regions[index + 1];
  const next: QueueCursor | undefined = page.position
    ? { ...signed, region: at.region, position: page.position }
    : following !== undefined
      ? { ...signed, region: following }
      : undefined;
  const items = page.filings.map((filing) => presentQueueItem(filing, today));
  return { items, ...(next ? { nextCursor: sealCursor(deps.cursorKey, next) } : {}) };
}

async function readPage(
  store: ReviewQueueDeps['store'],
  at: QueueCursor,
  status: FilingStatus,
  limit: number,
): Promise<{ filings: FilingSummary[]; position?: Record<string, unknown> }> {
  const from = at.position ? { cursor: at.position } : {};
  if (status === 'PENDING_REVIEW') {
    const { items, nextCursor } = await store.filings.reviewQueue(at.region, { limit, ...from });
    return { filings: items, ...(nextCursor ? { position: nextCursor } : {}) };
  }
  const { filings, cursor } = await store.filingIndexes.regionPage(
    at.region,
    { status },
    { limit, ...from },
  );
  return { filings: filings.map(filingSummaryOfRecord), ...(cursor ? { position: cursor } : {}) };
}

/** A summary as the API shows it (shared filingQueueItemSchema). */
export function presentQueueItem(filing: FilingSummary, today: IsoDate): FilingQueueItem {
  return { ...filing, overdue: isOverdue(filing, today) };
}

export function isOverdue(filing: FilingSummary, today: IsoDate): boolean {
  return (
    filing.status === 'PENDING_REVIEW' &&
    filing.review !== null &&
    compareIsoDates(filing.review.dueBy, today) < 0
  );
}
