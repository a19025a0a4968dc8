// A stored claim as the policy engine reads it, and the sweep day its due row is filed under.
import { nextClaimSweepDay, type ClaimState, type IsoDate } from '@yidi/shared';
import type { ClaimRecord } from '../../store';

export function claimStateOf(claim: ClaimRecord): ClaimState {
  return {
    kind: claim.kind,
    case: claim.case,
    status: claim.status,
    paidOn: claim.paidOn,
    deadline: claim.deadline ?? null,
    ...(claim.deadlineProvisional ? { deadlineProvisional: true } : {}),
    extendedDeadline: claim.extendedDeadline ?? null,
    ...(claim.extendedDeadlineProvisional ? { extendedDeadlineProvisional: true } : {}),
    ...(claim.extensionRequest ? { extensionRequest: claim.extensionRequest } : {}),
    extensionsUsed: claim.extensionsUsed,
    provided: claim.docTypes,
    completeOn: claim.completeOn ?? null,
    paymentDueBy: claim.paymentDueBy ?? null,
  };
}

/** The claim with its due row on the next day the sweep must look at it (from `today` on). */
export function withSweepDay<T extends ClaimRecord>(claim: T, today: IsoDate): T {
  const day = nextClaimSweepDay(claimStateOf(claim), today);
  const { sweepDay: _old, ...rest } = claim;
  return (day ? { ...rest, sweepDay: day } : rest) as T;
}
