// The reviewer's side of a claim: decisions (APPROVE with the HA-19 payment date, RETURN with
// every problem, REJECT, EXTEND_APPROVED / EXTEND_REFUSED of AH-47) and "paid". Reviewers of the
// claim's region only (others 404); never one linked to the person or who made the claim (SOD-1).
import {
  claimPaidBlocked,
  decideClaimReview,
  type ClaimDecision,
  type ReviewNotice,
} from '@yidi/shared';
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { ClaimRecord, ClaimVersionRecord } from '../../store';
import { calendarFor } from '../filings/common/deps';
import { nowOf } from '../filings/common/today';
import { requireNoConflict, reviewerDecisionView } from '../review/reviewerAccess';
import type { ClaimServiceDeps } from './deps';
import { loadClaimForReviewer, type LoadedClaim } from './load';
import { decisionContent, paidContent } from './messageText';
import { presentClaim, type ClaimView } from './present';
import { claimStateOf } from './state';
import { writeClaim } from './write';

const EVENTS = {
  APPROVE: 'APPROVED',
  RETURN: 'RETURNED',
  REJECT: 'REJECTED',
  EXTEND_APPROVED: 'EXTENSION_APPROVED',
  EXTEND_REFUSED: 'EXTENSION_REFUSED',
} as const;

function reviewerPresent(caller: Caller, loaded: LoadedClaim, today: string) {
  return (claim: ClaimRecord, history: ClaimVersionRecord[]) =>
    presentClaim({
      claim,
      history,
      today,
      withPerson: true,
      ...(() => {
        const verdict = reviewerDecisionView(caller, claim, loaded.link);
        return verdict ? { reviewerDecision: verdict } : {};
      })(),
    });
}

export async function decideClaim(
  deps: ClaimServiceDeps,
  caller: Caller,
  input: {
    claimId: string;
    expectedVersion: number;
    decision: ClaimDecision;
    notices: ReviewNotice[];
    special?: boolean;
  },
): Promise<ClaimView> {
  const { at, today } = nowOf(deps.clock);
  const loaded = await loadClaimForReviewer(deps, caller, input.claimId, input.expectedVersion);
  const { claim, history, policy, link } = loaded;
  requireNoConflict(caller, claim, link);
  const decision = decideClaimReview(
    policy,
    claimStateOf(claim),
    { decision: input.decision, ...(input.special ? { special: true } : {}) },
    await calendarFor(deps),
  );
  if (!decision.ok) throw AppError.fromRefusal(decision.refusal);
  const outcome = decision.value;
  const { extensionRequest: _answered, ...withoutRequest } = claim;
  const base = outcome.extensionAnswered ? withoutRequest : claim;
  const payment = outcome.paymentDueBy;
  return writeClaim(deps, {
    previous: claim,
    history,
    next: {
      ...base,
      status: outcome.status,
      notices: input.notices,
      ...(input.decision === 'APPROVE'
        ? {
            ...(payment
              ? {
                  paymentDueBy: payment.date,
                  ...(payment.provisional ? { paymentDueByProvisional: true } : {}),
                }
              : {}),
            ...(input.special ? { special: true } : {}),
          }
        : {}),
      ...(outcome.extendedDeadline
        ? {
            extendedDeadline: outcome.extendedDeadline.date,
            ...(outcome.extendedDeadline.provisional ? { extendedDeadlineProvisional: true } : {}),
            extensionsUsed: claim.extensionsUsed + 1,
          }
        : {}),
    },
    event: EVENTS[input.decision],
    actor: caller,
    link: undefined,
    at,
    today,
    rule:
      input.decision === 'APPROVE'
        ? policy.claims.payment.rule
        : input.decision.startsWith('EXTEND')
          ? policy.claims.extension.rule
          : policy.claims.documents.rule,
    message: (next) => decisionContent(next, input.decision, input.notices),
    present: reviewerPresent(caller, loaded, today),
  });
}

export async function markClaimPaid(
  deps: ClaimServiceDeps,
  caller: Caller,
  input: { claimId: string; expectedVersion: number },
): Promise<ClaimView> {
  const { at, today } = nowOf(deps.clock);
  const loaded = await loadClaimForReviewer(deps, caller, input.claimId, input.expectedVersion);
  const { claim, history, policy, link } = loaded;
  requireNoConflict(caller, claim, link);
  const blocked = claimPaidBlocked(policy, claimStateOf(claim));
  if (blocked) throw AppError.fromRefusal(blocked);
  return writeClaim(deps, {
    previous: claim,
    history,
    next: { ...claim, status: 'PAID', paidAt: at },
    event: 'PAID',
    actor: caller,
    link: undefined,
    at,
    today,
    rule: policy.claims.payment.rule,
    message: paidContent,
    present: reviewerPresent(caller, loaded, today),
  });
}
