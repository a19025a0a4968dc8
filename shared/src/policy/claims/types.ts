// The engine's view of a 零星报销 claim and the outcomes of its decisions.
import type { DatedResult, IsoDate } from '../../calendar';
import type {
  ClaimCase,
  ClaimDecision,
  ClaimKind,
  ClaimStatus,
  DocType,
} from '../../schemas/enums';
import type { RuleId } from '../ruleIds';
import type { Action, Refusal } from '../types';

/** A refusal that may name every missing document at once (MATERIALS_INCOMPLETE). */
export interface ClaimRefusal extends Refusal {
  missing?: DocType[];
}
export type ClaimDecisionResult<T> = { ok: true; value: T } | { ok: false; refusal: ClaimRefusal };

export interface ClaimExtensionRequest {
  reason: string;
  requestedOn: IsoDate;
}

/** A stored claim as the engine reads it. */
export interface ClaimState {
  kind: ClaimKind;
  case: ClaimCase;
  status: ClaimStatus;
  paidOn: IsoDate;
  /** AH-47 last day (CC-201), null where the region sets none. */
  deadline: IsoDate | null;
  deadlineProvisional?: boolean;
  /** Set when an AH-47 extension was granted. */
  extendedDeadline: IsoDate | null;
  extendedDeadlineProvisional?: boolean;
  extensionRequest?: ClaimExtensionRequest;
  extensionsUsed: number;
  /** The docTypes of the materials on the claim. */
  provided: DocType[];
  /** The day the materials became complete (HA-19 counts from it); null while incomplete. */
  completeOn: IsoDate | null;
  paymentDueBy: IsoDate | null;
}

export interface NewClaimRequest {
  kind: ClaimKind;
  /** Defaults from the filing: with one NOT_SETTLED_DIRECTLY, without one the first case that needs none. */
  case?: ClaimCase;
  hasFiling: boolean;
  paidOn: IsoDate;
  provided: readonly DocType[];
  extensionRequest?: { reason: string };
}

export interface NewClaimOutcome {
  status: 'SUBMITTED' | 'EXTENSION_REQUESTED';
  case: ClaimCase;
  deadline: DatedResult | null;
  missing: DocType[];
  completeOn: IsoDate | null;
  /** Working days from complete materials; null while incomplete. */
  reviewDueBy: DatedResult | null;
  extensionRequest?: ClaimExtensionRequest;
  /** The rules the claim was accepted under, each once (one rule may govern several terms). */
  rules: RuleId[];
}

export interface ClaimSupplementOutcome {
  status: ClaimStatus;
  missing: DocType[];
  completeOn: IsoDate | null;
  reviewDueBy: DatedResult | null;
}

export interface ClaimReviewRequest {
  decision: ClaimDecision;
  /** HA-19 "特殊情况": 20 working days instead of 10; the person is told in advance. */
  special?: boolean;
}

export interface ClaimReviewOutcome {
  status: ClaimStatus;
  paymentDueBy?: DatedResult | null;
  extendedDeadline?: DatedResult;
  /** The extension request is answered (approved or refused). */
  extensionAnswered?: boolean;
}

export type ClaimReminderStage = 30 | 7 | 1;
export interface ClaimSweepResult {
  forfeit: null | { rule: Refusal['rule'] };
  reminder: null | { daysBefore: ClaimReminderStage; dueDate: IsoDate };
}

export interface ClaimActions {
  supplement: Action;
  approve: Action;
  return: Action;
  reject: Action;
  approveExtension: Action;
  refuseExtension: Action;
  markPaid: Action;
}

/** Before a claim exists: may a bill paid on `paidOn` still be claimed, or an extension asked? */
export interface NewClaimActions {
  submit: Action;
  requestExtension: Action;
}
