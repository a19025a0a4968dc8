// Which sparse indexes a filing belongs to, derived from its state alone. An attribute left
// out is an item absent from that index, so the review queue and the sweep read only work due.
import { findPolicyRegion, isLive } from '@yidi/shared';
import type { FilingRecord } from './records';

export function holdsActiveLongTermGuard(filing: FilingRecord): boolean {
  // A live long-term filing (shared LIVE_STATUSES) holds the person's ACTIVE_LONG_TERM guard.
  return filing.class === 'LONG_TERM' && isLive(filing.status);
}

export interface FilingIndexKeys {
  gsi3pk?: string;
  gsi3sk?: string;
  gsi4pk?: string;
  gsi4sk?: string;
  gsi7pk: string;
  gsi7sk: string;
  gsi6pk?: string;
  gsi6sk?: string;
}

/**
 * The due-date indexes' partitions: one per (month, pooling region), the day first in the sort
 * key, so no partition holds the country and the sweep reads exactly the days it must with one
 * Query per month and region (a partition per day would cost a Query per empty day: 12 a day
 * and region for a sweep's 30-day horizon, 2,400 for a year's recompute). A county code pools
 * with its city ('340321' → '340300'), as the policy does; a code of no policy region stays.
 */
export const dueIndexKeys = {
  /** GSI3: open commitments due in `day`'s month. */
  commitmentDue: (day: string, poolingRegion: string) => `DUE#${day.slice(0, 7)}#${poolingRegion}`,
  /** GSI4: ACTIVE filings whose validity ends in `day`'s month. */
  validityEnd: (day: string, poolingRegion: string) => `ENDS#${day.slice(0, 7)}#${poolingRegion}`,
  /** Both: the day, then the filing. */
  sortKey: (day: string, filingId: string) => `${day}#${filingId}`,
};

/** GSI7: a filing's place among its region's, set once (region, createdAt, id never change). */
export function regionIndexKeys(filing: Pick<FilingRecord, 'insuredRegion' | 'createdAt' | 'id'>) {
  return {
    gsi7pk: regionIndexPartition(filing.insuredRegion),
    gsi7sk: `${filing.createdAt}#${filing.id}`,
  };
}

export const regionIndexPartition = (insuredRegion: string) => `REGION#${insuredRegion}`;

export function poolingRegionOf(insuredRegion: string): string {
  return findPolicyRegion(insuredRegion)?.code ?? insuredRegion;
}

export function filingIndexKeys(filing: FilingRecord): FilingIndexKeys {
  const indexKeys: FilingIndexKeys = {
    // Every filing of a region in filing order (GSI7, keys only: the export, non-pending queues).
    // No status in the key: a status change must not move (rewrite) the index entry.
    ...regionIndexKeys(filing),
  };
  // The review queue (GSI6, INCLUDE: the queue summary's attributes only).
  if (filing.status === 'PENDING_REVIEW' && filing.review) {
    indexKeys.gsi6pk = `REVIEW#${filing.insuredRegion}`;
    indexKeys.gsi6sk = `${filing.review.dueBy}#${filing.id}`;
  }
  if (filing.commitment?.status === 'OPEN' && isLive(filing.status)) {
    indexKeys.gsi3pk = dueIndexKeys.commitmentDue(
      filing.commitment.dueDate,
      poolingRegionOf(filing.insuredRegion),
    );
    indexKeys.gsi3sk = dueIndexKeys.sortKey(filing.commitment.dueDate, filing.id);
  }
  if (filing.status === 'ACTIVE' && filing.validUntil) {
    indexKeys.gsi4pk = dueIndexKeys.validityEnd(
      filing.validUntil,
      poolingRegionOf(filing.insuredRegion),
    );
    indexKeys.gsi4sk = dueIndexKeys.sortKey(filing.validUntil, filing.id);
  }
  return indexKeys;
}
