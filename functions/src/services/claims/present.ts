// The Claim as the API returns it: the stored state, its history, and `actions` from the engine
// (the app decides nothing from `status` that actions can tell it).
import {
  decideClaimActions,
  isAfter,
  policyForRegion,
  type Claim,
  type ClaimHistoryEntry,
  type IsoDate,
} from '@yidi/shared';
import type { ClaimRecord, ClaimVersionRecord } from '../../store';
import { claimStateOf } from './state';

export type ClaimView = Claim;

export function historyOf(versions: readonly ClaimVersionRecord[]): ClaimHistoryEntry[] {
  return versions.map((v) => ({
    version: v.version,
    event: v.event,
    status: v.status,
    recordedAt: v.recordedAt,
    recordedBy: v.recordedBy,
    ...(v.rule ? { rule: v.rule } : {}),
  }));
}

export function presentClaim(input: {
  claim: ClaimRecord;
  history: readonly ClaimVersionRecord[];
  today: IsoDate;
  reviewerDecision?: Claim['reviewerDecision'];
  withPerson?: boolean;
}): ClaimView {
  const { claim, today } = input;
  const policy = policyForRegion(claim.insuredRegion);
  if (!policy) throw new Error(`No policy for ${claim.insuredRegion}`);
  return {
    id: claim.id,
    number: claim.number,
    personId: claim.personId,
    filingId: claim.filingId ?? null,
    insuredRegion: claim.insuredRegion,
    kind: claim.kind,
    case: claim.case,
    hospitalName: claim.hospitalName,
    amountFen: claim.amountFen,
    status: claim.status,
    paidOn: claim.paidOn,
    deadline: claim.deadline ?? null,
    ...(claim.deadlineProvisional ? { deadlineProvisional: true } : {}),
    extendedDeadline: claim.extendedDeadline ?? null,
    paymentDueBy: claim.paymentDueBy ?? null,
    ...(claim.paymentDueByProvisional ? { paymentDueByProvisional: true } : {}),
    ...(claim.special ? { special: true } : {}),
    missing: claim.missing,
    notices: claim.notices,
    reviewDueBy: claim.reviewDueBy ?? null,
    ...(claim.extensionRequest ? { extensionRequest: claim.extensionRequest } : {}),
    materialIds: claim.materialIds,
    ...(claim.paidAt ? { paidAt: claim.paidAt } : {}),
    actions: decideClaimActions(policy, claimStateOf(claim), today),
    version: claim.version,
    createdBy: claim.createdBy,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
    history: historyOf(input.history),
    ...(input.reviewerDecision ? { reviewerDecision: input.reviewerDecision } : {}),
    ...(input.withPerson
      ? {
          person: {
            id: claim.personId,
            name: claim.person.name,
            idNumberMasked: claim.person.idNumberMasked,
          },
        }
      : {}),
  };
}

/** Whether the office's date for the claim has passed (the queue marks it). */
export function claimOverdue(claim: ClaimRecord, today: IsoDate): boolean {
  const due =
    claim.status === 'APPROVED' ? (claim.paymentDueBy ?? claim.reviewDueBy) : claim.reviewDueBy;
  return due !== undefined && isAfter(today, due);
}
