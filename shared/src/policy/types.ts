// Types the engine speaks: the validated policy (inferred from policySchema) and the inputs and
// outcomes of each decision. Dates are ISO calendar dates in China Standard Time.
import type * as z from 'zod/mini';
import type { IsoDate } from '../calendar';
import type { ErrorCode } from '../errors';
import type {
  Category,
  ChangeReason,
  CommitmentStatus,
  DocType,
  FilingClass,
  FilingStatus,
  InsuranceType,
  ReferralCondition,
} from '../schemas/enums';
import type {
  benefitSchema,
  categoryPolicySchema,
  COMMITMENT_CONSEQUENCES,
  COMMITMENT_GROUPS,
  regionPolicySchema,
  STUDENT_SITUATIONS,
  validitySchema,
} from './policySchema';
import type { RuleId } from './ruleIds';

export type RegionPolicy = z.infer<typeof regionPolicySchema>;
/** What buildPolicy accepts (same shape: the schema has no defaults or transforms). */
export type RegionPolicyInput = z.input<typeof regionPolicySchema>;
export type CategoryPolicy = z.infer<typeof categoryPolicySchema>;
export type Validity = z.infer<typeof validitySchema>;
export type BenefitAdjustment = z.infer<typeof benefitSchema>;
export type CommitmentConsequence = (typeof COMMITMENT_CONSEQUENCES)[number];
export type CommitmentGroup = (typeof COMMITMENT_GROUPS)[number];
export type StudentSituation = (typeof STUDENT_SITUATIONS)[number];

export interface RuleRef {
  rule: RuleId;
  /** Human reference, e.g. '《安徽省基本医疗保险异地就医结算服务经办规程》第十四条'. */
  clause: string;
}

/** A policy value with the rule and clause it comes from. */
export interface Ruled<T> extends RuleRef {
  value: T;
}

export interface Refusal {
  code: ErrorCode;
  rule: RuleId;
  /** Plain Chinese for the user: why, from when (if a date lifts it), and the clause. */
  message: string;
  /** The first day the refused thing becomes possible, where a date lifts the refusal. */
  until?: IsoDate;
  fields?: Record<string, string>;
}

/** `applicable: false`: refused for good (never possible for this filing); see actions.ts. */
export type Action = { allowed: true } | ({ allowed: false; applicable?: false } & Refusal);
export type Decision<T> = { ok: true; value: T } | { ok: false; refusal: Refusal };

export interface PersonFacts {
  insuranceType: InsuranceType;
  birthDate: IsoDate;
  gender: 'MALE' | 'FEMALE';
  insuredRegion: string;
}

/** Eligibility facts the wizard asks for (docs/policy-sources.md §1). */
export interface EligibilityFacts {
  retired?: boolean;
  residenceMonths?: number;
  workMonths?: number;
  student?: boolean;
  /** YJ-5: where the student is (only some situations count as a stationed worker). */
  studentSituation?: StudentSituation;
  hukouMoved?: boolean;
}

export interface EmergencyFacts {
  admissionDate: IsoDate;
  hospitalName?: string;
  discharged: boolean;
  /** YJ-6: a discharge on a statutory holiday or rest day may still be retro-filed on the next working day. */
  dischargeDate?: IsoDate;
}

export type ProofSubmission =
  | { kind: 'MATERIALS'; provided: DocType[] }
  | {
      kind: 'COMMITMENT';
      missing: DocType[];
      provided: DocType[];
      /** HA-7: the group the person belongs to, where a region accepts only some. */
      group?: CommitmentGroup;
    };

/** One hospital stay recorded on a filing (AH-13-2, YJ-9, AH-22, HA-11, PZH-4-2-2). */
export interface AdmissionState {
  hospitalName: string;
  admissionDate: IsoDate;
  dischargeDate?: IsoDate;
}

/** A PZH-4-2-2 extension asked for and waiting for a reviewer. */
export interface ExtensionRequestState {
  reason: string;
  requestedOn: IsoDate;
}

export interface FilingRequest {
  category: Category;
  destinationCode: string;
  startDate: IsoDate;
  proof: ProofSubmission;
  /** HA-8 / YJ-9: long-term validity ends with the proof document. */
  proofEndDate?: IsoDate;
  referral?: { condition?: ReferralCondition };
  emergency?: EmergencyFacts;
  facts?: EligibilityFacts;
  /** AH-22, HA-11: filed during a hospital stay (not yet discharged); may start on its first day. */
  admission?: { admissionDate: IsoDate; hospitalName: string };
}

export interface CommitmentState {
  status: CommitmentStatus;
  signedOn: IsoDate;
  dueDate: IsoDate;
  /** CC-201: counted over a year whose official holiday schedule is not published yet. */
  dueDateProvisional?: boolean;
  missing: DocType[];
}

/** The engine's view of a stored filing. */
export interface FilingState {
  category: Category;
  class: FilingClass;
  status: FilingStatus;
  insuredRegion: string;
  destinationCode: string;
  filedOn: IsoDate;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  /**
   * The day the registration took effect (approval); a change moves it only where
   * changeLock.countsFrom is LATEST_EFFECTIVE_DATE. Change and cancel locks count from it.
   */
  lockAnchor: IsoDate;
  commitment: null | CommitmentState;
  proofEndDate?: IsoDate;
  referral?: { condition?: ReferralCondition; hospitalName?: string };
  emergency?: EmergencyFacts;
  extensionsUsed?: number;
  /** Recorded hospital stays, oldest first. */
  admissions?: AdmissionState[];
  extensionRequest?: ExtensionRequestState;
}

export interface Destination {
  code: string;
  name: string;
  level: 'CITY' | 'PROVINCE';
  /** AH-9: which catalogue applies depends on it. */
  crossProvince: boolean;
}

export interface NewFilingOutcome {
  class: FilingClass;
  /** ACTIVE when the category is instant self-service (AH-12-3). */
  status: 'PENDING_REVIEW' | 'ACTIVE';
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  lockAnchor: IsoDate;
  commitment: FilingState['commitment'];
  /** Working days from the submission date; null when no review is needed. */
  reviewDueBy: IsoDate | null;
  /** CC-201: reviewDueBy was counted over a year whose schedule is not published yet. */
  reviewDueByProvisional?: boolean;
  destination: Destination;
  benefit: BenefitAdjustment;
  /** The stay recorded with the filing: AH-22/HA-11 or the emergency admission itself. */
  admissions: AdmissionState[];
  rules: RuleId[];
}

export interface ChangeRequest {
  reason: ChangeReason;
  category?: Category;
  destinationCode?: string;
  evidenceProvided: boolean;
  /** Needed when the new category's validity ends with its proof document. */
  proofEndDate?: IsoDate;
}

export interface ChangeOutcome {
  category: Category;
  class: FilingClass;
  destination: Destination;
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  lockAnchor: IsoDate;
  rules: RuleId[];
}

export interface CancelRequest {
  inHospital?: boolean;
  emergency?: boolean;
}

export interface FilingActions {
  change: Action;
  cancel: Action;
  supplement: Action;
  extend: Action;
  resubmit: Action;
  admission: Action;
}

export type ReminderKind = 'COMMITMENT_DUE' | 'EXPIRY';
export interface Reminder {
  kind: ReminderKind;
  daysBefore: 30 | 7 | 1;
  dueDate: IsoDate;
}

export interface SweepResult {
  transition: null | {
    status: 'TERMINATED' | 'EXPIRED';
    consequence?: CommitmentConsequence;
    rule: RuleId;
  };
  reminders: Reminder[];
  /**
   * CC-201: an open commitment past its stored date not ended: its due date is provisional, or
   * counted again on the loaded schedules it falls later (the recompute will move it).
   */
  heldProvisional?: boolean;
}
