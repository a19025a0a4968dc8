// 零星报销 claims as the store hands them to services (store/claims.ts holds the key design).
import type {
  ClaimCase,
  ClaimEvent,
  ClaimKind,
  ClaimStatus,
  DocType,
  IsoDate,
  ReviewNotice,
} from '@yidi/shared';

/** The current state of a claim: one item, rewritten at each version. */
export interface ClaimRecord {
  id: string;
  number: string;
  personId: string;
  filingId?: string;
  insuredRegion: string;
  kind: ClaimKind;
  case: ClaimCase;
  hospitalName: string;
  amountFen: number;
  status: ClaimStatus;
  paidOn: IsoDate;
  deadline?: IsoDate;
  deadlineProvisional?: boolean;
  extendedDeadline?: IsoDate;
  extendedDeadlineProvisional?: boolean;
  extensionRequest?: { reason: string; requestedOn: IsoDate };
  extensionsUsed: number;
  materialIds: string[];
  /** The docTypes of materialIds (what the engine checks). */
  docTypes: DocType[];
  missing: DocType[];
  notices: ReviewNotice[];
  /** HA-19: the day the materials were complete; absent while incomplete. */
  completeOn?: IsoDate;
  reviewDueBy?: IsoDate;
  paymentDueBy?: IsoDate;
  paymentDueByProvisional?: boolean;
  special?: boolean;
  paidAt?: string;
  /** The person's summary, masked ID only (the queue and the export show it). */
  person: { name: string; idNumberMasked: string };
  /** The day of the claim's due-index row (the sweep's next look), if any. */
  sweepDay?: IsoDate;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** One version: what happened, who did it, and only the attributes that changed. */
export interface ClaimVersionRecord {
  claimId: string;
  version: number;
  event: ClaimEvent;
  status: ClaimStatus;
  recordedAt: string;
  recordedBy: string;
  /** REVIEWER, INSURED …: the audit's role of the actor; SYSTEM for the sweep. */
  actorRole: string;
  rule?: string;
  /** The changed attributes (small: no snapshot of the claim). */
  delta: Record<string, unknown>;
}
