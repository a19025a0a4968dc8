// Which sparse indexes a filing belongs to, derived from its state alone. An attribute left
// out is an item absent from that index, so the review queue and the sweep read only work due.
import { isLive } from '@yidi/shared';
import { keys } from './keys';
import type { FilingRecord } from './records';

export function holdsActiveLongTermGuard(filing: FilingRecord): boolean {
  // A live long-term filing (shared LIVE_STATUSES) holds the person's ACTIVE_LONG_TERM guard.
  return filing.class === 'LONG_TERM' && isLive(filing.status);
}

export interface FilingIndexKeys {
  gsi1pk: string;
  gsi1sk: string;
  gsi2pk?: string;
  gsi2sk?: string;
  gsi3pk?: string;
  gsi3sk?: string;
  gsi4pk?: string;
  gsi4sk?: string;
  gsi5pk: string;
  gsi5sk: string;
}

export function filingIndexKeys(filing: FilingRecord): FilingIndexKeys {
  const indexKeys: FilingIndexKeys = {
    gsi1pk: keys.ownerPartition(filing.personId),
    gsi1sk: `FILING#${filing.createdAt}#${filing.id}`,
    // Every filing of a region by status and category (the reviewers' export and other queues).
    gsi5pk: `REGION#${filing.insuredRegion}`,
    gsi5sk: `${filing.status}#${filing.category}#${filing.createdAt}#${filing.id}`,
  };
  if (filing.status === 'PENDING_REVIEW' && filing.review) {
    indexKeys.gsi2pk = `REVIEW#${filing.insuredRegion}`;
    indexKeys.gsi2sk = `${filing.review.dueBy}#${filing.id}`;
  }
  if (filing.commitment?.status === 'OPEN' && isLive(filing.status)) {
    indexKeys.gsi3pk = 'COMMITMENT_DUE';
    indexKeys.gsi3sk = `${filing.commitment.dueDate}#${filing.id}`;
  }
  if (filing.status === 'ACTIVE' && filing.validUntil) {
    indexKeys.gsi4pk = 'VALIDITY_END';
    indexKeys.gsi4sk = `${filing.validUntil}#${filing.id}`;
  }
  return indexKeys;
}
