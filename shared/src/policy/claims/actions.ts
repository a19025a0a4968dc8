// What the app may offer on a claim today, and why not (docs/api.md `actions`): the person's
// supplement; the reviewer's decisions and "paid" by state. Separation of duties (SOD-1) is the
// service's, shown beside these as `reviewerDecision` like a filing's.
import { BUNDLED_CALENDAR, type IsoDate, type NationalCalendar } from '../../calendar';
import { refusal } from '../refusal';
import type { Action, RegionPolicy } from '../types';
import { claimDeadline, claimDeadlinePassed } from './deadline';
import {
  claimPaidBlocked,
  claimReviewBlocked,
  claimSupplementBlocked,
  CLAIM_CLOSED_STATUSES,
} from './lifecycle';
import { CLAIM_MESSAGES } from './messages';
import type { ClaimActions, ClaimRefusal, ClaimState, NewClaimActions } from './types';

function toAction(blocked: ClaimRefusal | null, closed = false): Action {
  if (!blocked) return { allowed: true };
  // `missing` belongs to the error, not to a button.
  const { missing: _missing, ...rest } = blocked;
  return closed ? { allowed: false, applicable: false, ...rest } : { allowed: false, ...rest };
}

export function decideClaimActions(
  policy: RegionPolicy,
  claim: ClaimState,
  today: IsoDate,
): ClaimActions {
  const closed = CLAIM_CLOSED_STATUSES.includes(claim.status);
  const review = (decision: Parameters<typeof claimReviewBlocked>[2]['decision']) =>
    toAction(claimReviewBlocked(policy, claim, { decision }), closed);
  return {
    supplement: toAction(claimSupplementBlocked(policy, claim, today), closed),
    approve: review('APPROVE'),
    return: review('RETURN'),
    reject: review('REJECT'),
    approveExtension: review('EXTEND_APPROVED'),
    refuseExtension: review('EXTEND_REFUSED'),
    markPaid: toAction(claimPaidBlocked(policy, claim), closed),
  };
}

/** The new-claim page: may a bill paid on `paidOn` be claimed today, or an extension asked? */
export function decideNewClaimActions(
  policy: RegionPolicy,
  paidOn: IsoDate,
  today: IsoDate,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): NewClaimActions {
  const deadline = claimDeadline(policy, paidOn, calendar);
  if (deadline && claimDeadlinePassed(deadline, today)) {
    const passed = refusal(
      'CLAIM_DEADLINE_PASSED',
      policy.claims.deadline,
      CLAIM_MESSAGES.deadlinePassed(deadline.date),
      { until: deadline.date },
    );
    return {
      submit: { allowed: false, applicable: false, ...passed },
      requestExtension: { allowed: false, applicable: false, ...passed },
    };
  }
  const extension = policy.claims.extension.value;
  return {
    submit: { allowed: true },
    requestExtension:
      extension === null || deadline === null
        ? {
            allowed: false,
            applicable: false,
            ...refusal(
              'NOT_APPLICABLE',
              policy.claims.extension,
              CLAIM_MESSAGES.extensionNotOffered(),
            ),
          }
        : { allowed: true },
  };
}
