// GET /v1/review/queue: PENDING_REVIEW filings of the reviewer's region(s) from the sparse review
// index (GSI2, one Query per region), earliest working-day due date first, each marked `overdue`
// when its due date has passed. Other statuses come from the region index (GSI5). Each filing
// carries its person's summary, so the persons are not read.
import { compareIsoDates, policyForRegion, type FilingStatus, type IsoDate } from '@yidi/shared';
import type { Clock } from '../../clock';
import type { Caller } from '../../middleware/types';
import type { FilingRecord, Store } from '../../store';
import { presentFiling, type FilingView } from '../filings';
import { nowOf } from '../filings/common/today';
import { reviewRegions } from './reviewerAccess';

export interface ReviewQueueDeps {
  store: Pick<Store, 'filings' | 'filingIndexes'>;
  clock: Clock;
}

export type QueueItem = FilingView & { overdue: boolean; reviewRound: number };

export async function reviewQueue(
  deps: ReviewQueueDeps,
  caller: Caller,
  query: { region?: string; status: FilingStatus },
): Promise<QueueItem[]> {
  const { today } = nowOf(deps.clock);
  const regions = reviewRegions(caller, query.region);
  const perRegion = await Promise.all(
    regions.map((region) =>
      query.status === 'PENDING_REVIEW'
        ? deps.store.filings.reviewQueue(region)
        : deps.store.filingIndexes.regionFilings(region, { status: query.status }),
    ),
  );
  const filings = perRegion.flat().sort(byDueDate);
  return filings.flatMap((filing) => {
    const policy = policyForRegion(filing.insuredRegion);
    if (!policy) return [];
    return [
      {
        ...presentFiling({ filing, history: [], policy, today }),
        overdue: isOverdue(filing, today),
        reviewRound: Number(filing.details?.reviewRound ?? 1),
      },
    ];
  });
}

export function isOverdue(filing: FilingRecord, today: IsoDate): boolean {
  return (
    filing.status === 'PENDING_REVIEW' &&
    filing.review !== null &&
    compareIsoDates(filing.review.dueBy, today) < 0
  );
}

function byDueDate(a: FilingRecord, b: FilingRecord): number {
  const dueA = a.review?.dueBy ?? '9999-12-31';
  const dueB = b.review?.dueBy ?? '9999-12-31';
  return compareIsoDates(dueA, dueB) || a.createdAt.localeCompare(b.createdAt);
}
