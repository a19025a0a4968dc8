// What may happen to a stored claim: a supplement (HA-18; AH-47 deadline), a reviewer's decision
// (approve with the HA-19 payment date, return with every problem, reject, answer an AH-47
// extension), marking it paid. Each `*Blocked` says why not; actions.ts shows them to the app.
import {
  BUNDLED_CALENDAR,
  type DatedResult,
  type IsoDate,
  type NationalCalendar,
} from '../../calendar';
import type { ClaimStatus, DocType } from '../../schemas/enums';
import { refusal } from '../refusal';
import type { RegionPolicy, RuleRef } from '../types';
import { missingClaimDocuments } from './completeness';
import { claimDeadlinePassed, currentClaimDeadline, extendedClaimDeadline } from './deadline';
import { CLAIM_MESSAGES } from './messages';
import { claimPaymentDue, claimReviewDue } from './payment';
import type {
  ClaimDecisionResult,
  ClaimRefusal,
  ClaimReviewOutcome,
  ClaimReviewRequest,
  ClaimState,
  ClaimSupplementOutcome,
} from './types';

/** Waiting for the person's documents. */
export const CLAIM_OPEN_STATUSES: readonly ClaimStatus[] = [
  'EXTENSION_REQUESTED',
  'EXTENDED',
  'RETURNED',
];
/** Nothing follows these. */
export const CLAIM_CLOSED_STATUSES: readonly ClaimStatus[] = ['PAID', 'REJECTED', 'FORFEITED'];

/** A refusal by the claim's state: it names the region's claim article (its first case). */
function notOpen(policy: RegionPolicy, text: string): ClaimRefusal {
  const basis: RuleRef = policy.claims.cases[0] ?? policy.claims.documents;
  return refusal('CLAIM_NOT_OPEN', basis, text);
}

/**
 * The deadline still binding the claim: only one never complete (made with an extension
 * request) has one — a claim submitted complete in time was made in time (AH-47 "提交零星报销
 * 申请"), whatever a reviewer asks to correct later. A pending extension request holds it.
 */
export function bindingClaimDeadline(claim: ClaimState): DatedResult | null {
  if (claim.completeOn !== null || claim.status === 'EXTENSION_REQUESTED') return null;
  const date = currentClaimDeadline(claim);
  if (date === null) return null;
  const provisional =
    claim.extendedDeadline !== null
      ? claim.extendedDeadlineProvisional === true
      : claim.deadlineProvisional === true;
  return { date, provisional };
}

export function claimSupplementBlocked(
  policy: RegionPolicy,
  claim: ClaimState,
  today: IsoDate,
): ClaimRefusal | null {
  if (!CLAIM_OPEN_STATUSES.includes(claim.status)) return notOpen(policy, CLAIM_MESSAGES.notOpen());
  const binding = bindingClaimDeadline(claim);
  if (binding && claimDeadlinePassed(binding, today)) {
    const text =
      claim.extendedDeadline !== null
        ? CLAIM_MESSAGES.extendedDeadlinePassed(binding.date)
        : CLAIM_MESSAGES.deadlinePassed(binding.date);
    return refusal('CLAIM_DEADLINE_PASSED', policy.claims.deadline, text, { until: binding.date });
  }
  return null;
}

/** POST /v1/claims/{id}/supplements: the new documents join the old; complete → SUBMITTED. */
export function decideClaimSupplement(
  policy: RegionPolicy,
  claim: ClaimState,
  added: readonly DocType[],
  today: IsoDate,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): ClaimDecisionResult<ClaimSupplementOutcome> {
  const blocked = claimSupplementBlocked(policy, claim, today);
  if (blocked) return { ok: false, refusal: blocked };
  const missing = missingClaimDocuments(policy, claim.kind, [...claim.provided, ...added]);
  if (missing.length > 0) {
    return {
      ok: true,
      value: { status: claim.status, missing, completeOn: null, reviewDueBy: null },
    };
  }
  // HA-19 counts from the day the materials were complete: this supplement's day.
  return {
    ok: true,
    value: {
      status: 'SUBMITTED',
      missing,
      completeOn: today,
      reviewDueBy: claimReviewDue(policy, today, calendar),
    },
  };
}

export function claimReviewBlocked(
  policy: RegionPolicy,
  claim: ClaimState,
  request: ClaimReviewRequest,
): ClaimRefusal | null {
  switch (request.decision) {
    case 'APPROVE':
      if (claim.status !== 'SUBMITTED') return notOpen(policy, CLAIM_MESSAGES.notSubmitted());
      if (request.special && policy.claims.payment.value === null) {
        return refusal('NOT_APPLICABLE', policy.claims.payment, CLAIM_MESSAGES.specialNotOffered());
      }
      return null;
    case 'RETURN':
      return claim.status === 'SUBMITTED' ? null : notOpen(policy, CLAIM_MESSAGES.notSubmitted());
    case 'REJECT':
      return claim.status === 'SUBMITTED' || CLAIM_OPEN_STATUSES.includes(claim.status)
        ? null
        : notOpen(policy, CLAIM_MESSAGES.notOpen());
    case 'EXTEND_APPROVED':
    case 'EXTEND_REFUSED':
      return claim.status === 'EXTENSION_REQUESTED' && claim.extensionRequest
        ? null
        : notOpen(policy, CLAIM_MESSAGES.noExtensionPending());
  }
}

/** POST /v1/review/claims/{id}/decision. */
export function decideClaimReview(
  policy: RegionPolicy,
  claim: ClaimState,
  request: ClaimReviewRequest,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): ClaimDecisionResult<ClaimReviewOutcome> {
  const blocked = claimReviewBlocked(policy, claim, request);
  if (blocked) return { ok: false, refusal: blocked };
  switch (request.decision) {
    case 'APPROVE': {
      // SUBMITTED implies completeOn; the fallback only keeps the type honest.
      const completeOn = claim.completeOn ?? claim.paidOn;
      return {
        ok: true,
        value: {
          status: 'APPROVED',
          paymentDueBy: claimPaymentDue(policy, completeOn, request.special === true, calendar),
        },
      };
    }
    case 'RETURN':
      return { ok: true, value: { status: 'RETURNED' } };
    case 'REJECT':
      return {
        ok: true,
        value: { status: 'REJECTED', extensionAnswered: !!claim.extensionRequest },
      };
    case 'EXTEND_APPROVED': {
      const extended = extendedClaimDeadline(policy, claim.paidOn, calendar);
      if (extended === null) {
        return {
          ok: false,
          refusal: refusal(
            'NOT_APPLICABLE',
            policy.claims.extension,
            CLAIM_MESSAGES.extensionNotOffered(),
          ),
        };
      }
      return {
        ok: true,
        value: { status: 'EXTENDED', extendedDeadline: extended, extensionAnswered: true },
      };
    }
    case 'EXTEND_REFUSED':
      // The original deadline holds; the documents may still come until then.
      return { ok: true, value: { status: 'RETURNED', extensionAnswered: true } };
  }
}

export function claimPaidBlocked(policy: RegionPolicy, claim: ClaimState): ClaimRefusal | null {
  return claim.status === 'APPROVED' ? null : notOpen(policy, CLAIM_MESSAGES.notApproved());
}
