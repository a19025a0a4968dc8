// POST /v1/me/subscriptions: what the user answered to wx.requestSubscribeMessage, per purpose.
// One-time grants are counted: each 'accept' lets the server send one message of that purpose
// to this account (WeChat refuses a second one with 43101), so the dispatcher takes a grant per
// message and sends nothing without one (the message then stays in the in-app inbox only).
import {
  SUBSCRIPTION_PURPOSES,
  type SubscriptionGrants,
  type SubscriptionGrantsRequest,
  type SubscriptionPurpose,
} from '@yidi/shared';
import type { Caller } from '../../middleware/types';
import type { MessageKind, SubscriptionGrantRepository } from '../../store';

/** Which template (purpose) a message of each kind goes out with. */
export const PURPOSE_OF_KIND: Record<MessageKind, SubscriptionPurpose> = {
  COMMITMENT_DUE: 'reminder',
  EXPIRY: 'reminder',
  REVIEW_APPROVED: 'review',
  REVIEW_RETURNED: 'review',
  REVIEW_REJECTED: 'review',
  TERMINATED: 'status',
  EXPIRED: 'status',
  // A moved deadline is told like a reminder: what, the new date, a short note.
  DEADLINE_MOVED: 'reminder',
  EXTENSION_APPROVED: 'review',
  EXTENSION_REFUSED: 'review',
  AUTHORIZATION_REVOKED: 'status',
  CLAIM_RECEIVED: 'status',
  CLAIM_APPROVED: 'review',
  CLAIM_RETURNED: 'review',
  CLAIM_REJECTED: 'review',
  CLAIM_EXTENSION_APPROVED: 'review',
  CLAIM_EXTENSION_REFUSED: 'review',
  CLAIM_PAID: 'status',
  CLAIM_FORFEITED: 'status',
  CLAIM_DUE: 'reminder',
};

/** The grants one answer adds: one per accepted purpose; reject, ban and filter add none. */
export function grantsFromAnswers(
  templates: SubscriptionGrantsRequest['templates'],
): Partial<Record<SubscriptionPurpose, number>> {
  return Object.fromEntries(
    SUBSCRIPTION_PURPOSES.filter((purpose) => templates[purpose] === 'accept').map((purpose) => [
      purpose,
      1,
    ]),
  );
}

export async function recordSubscriptionAnswers(
  grants: Pick<SubscriptionGrantRepository, 'add' | 'get'>,
  caller: Caller,
  request: SubscriptionGrantsRequest,
  now: Date,
): Promise<SubscriptionGrants> {
  const added = grantsFromAnswers(request.templates);
  // Nothing accepted: nothing to write, say what the account still holds.
  if (Object.keys(added).length === 0) return grants.get(caller.userId);
  return grants.add(caller.userId, added, now.toISOString());
}
