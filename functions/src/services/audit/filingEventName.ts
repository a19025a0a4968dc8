// The name a stored version's event has in the API (`FilingEvent`): the store records a review
// as REVIEWED and the sweep as SWEPT, the person reads what came of them (审核通过, 退回补正 …).
// Same naming as the filing's `history` (services/filings/common/present.ts historyEntryOf).
import type { FilingEvent as ApiFilingEvent } from '@yidi/shared';
import type { FilingTimelineEntry } from '../../store';

const REVIEW_EVENTS: Partial<Record<string, ApiFilingEvent>> = {
  ACTIVE: 'APPROVED',
  RETURNED: 'RETURNED',
  REJECTED: 'REJECTED',
};
const SWEEP_EVENTS: Partial<Record<string, ApiFilingEvent>> = {
  EXPIRED: 'EXPIRED',
  TERMINATED: 'TERMINATED',
};
/** Store events the API names differently. */
const RENAMED_EVENTS: Partial<Record<string, ApiFilingEvent>> = {
  ENDED: 'TERMINATED',
};

export function filingEventName(
  item: Pick<FilingTimelineEntry, 'event' | 'status'>,
): ApiFilingEvent {
  if (item.event === 'REVIEWED') return REVIEW_EVENTS[item.status] ?? 'APPROVED';
  if (item.event === 'SWEPT') return SWEEP_EVENTS[item.status] ?? 'EXPIRED';
  return RENAMED_EVENTS[item.event] ?? (item.event as ApiFilingEvent);
}
