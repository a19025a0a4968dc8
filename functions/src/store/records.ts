import type { MaterialVerification } from '../security/uploadVerification';
// Domain records as the repositories hand them to services. Key attributes and index keys are
// the store's business and never appear here.
import type {
  AuthorizationStatus,
  Category,
  CommitmentStatus,
  DocType,
  FilingClass,
  FilingStatus,
  Gender,
  InsuranceType,
  ReferralCondition,
  Relationship,
  Role,
} from '@yidi/shared';

export type LoginProvider = 'wechat' | 'dev';

export interface UserRecord {
  id: string;
  provider: LoginProvider;
  /** WeChat openid, or the dev user's name. */
  subject: string;
  roles: Role[];
  /** Pooling regions a REVIEWER/ADMIN works for. */
  regions: string[];
  createdAt: string;
  lastLoginAt: string;
}

export interface PersonRecord {
  id: string;
  name: string;
  idNumberHash: string;
  idNumberEncrypted: string;
  idNumberMasked: string;
  gender: Gender;
  birthDate: string;
  phoneEncrypted: string;
  phoneMasked: string;
  insuranceType: InsuranceType;
  insuredRegion: string;
  createdBy: string;
  createdAt: string;
}

/** What a link carries of its person, so "my persons" is one Query. Persons do not change. */
export type PersonSummary = Pick<
  PersonRecord,
  'id' | 'name' | 'idNumberMasked' | 'gender' | 'birthDate' | 'insuranceType' | 'insuredRegion'
> & { phoneMasked?: string };

export type AuthorizedBy = 'SELF' | 'CONSENT' | 'AUTHORIZATION_LETTER';

/** The caller's separate consent to processing the person's sensitive data (PIPL 第二十九条). */
export interface SensitiveConsentRecord {
  policyVersion: string;
  sensitive: true;
  /** Given as the guardian of a child under 14 (第三十一条). */
  guardian?: boolean;
  at: string;
}

/** An account's verified real-name identity (实名认证): immutable once written. */
export interface IdentityRecord {
  userId: string;
  name: string;
  idNumberHash: string;
  idNumberEncrypted: string;
  idNumberMasked: string;
  provider: 'wechat-face' | 'dev';
  verifiedAt: string;
}

/** A user's right to act for a person. */
export interface AgentLinkRecord {
  userId: string;
  personId: string;
  /** From the user's side: "this person is my …". */
  relationship: Relationship;
  authorization: AuthorizationStatus;
  authorizedBy?: AuthorizedBy;
  authorizationMaterialId?: string;
  requestedAt: string;
  activatedAt?: string;
  /** The asking account's identity verification time: acting for another person needs it. */
  identityVerifiedAt?: string;
  consent?: SensitiveConsentRecord;
  /**
   * The person as the link shows them. For a PENDING non-SELF request: only what the caller sent
   * (nothing of the stored person leaks before consent); the real summary once ACTIVE.
   */
  person: PersonSummary;
}

export type MaterialContentType = 'image/jpeg' | 'image/png' | 'application/pdf';

export interface MaterialRecord {
  /** `<personId>_<uuid>` (store/ids). */
  id: string;
  personId: string;
  /** The person's pooling region, so its reviewers may read it without reading the person. */
  insuredRegion: string;
  docType: DocType;
  contentType: MaterialContentType;
  size: number;
  sha256: string;
  objectKey: string;
  createdBy: string;
  createdAt: string;
  /** The server's check of the stored object (security/uploadVerification); absent: unchecked. */
  verification?: MaterialVerification;
}

export interface FilingDestination {
  code: string;
  name: string;
  level: 'CITY' | 'PROVINCE';
}

export interface FilingCommitment {
  status: CommitmentStatus;
  signedAt: string;
  signedOn: string;
  dueDate: string;
  /** CC-201: counted before the due date's year had an official holiday schedule. */
  dueDateProvisional?: boolean;
  missing: DocType[];
  clawback: boolean;
}

export interface FilingReview {
  dueBy: string;
  /** CC-201: counted before the year had an official holiday schedule. */
  dueByProvisional?: boolean;
  /** China date of the submission it counts from (absent on records before it was kept). */
  submittedOn?: string;
  notices: ReviewNotice[];
}

export interface ReviewNotice {
  docType?: DocType;
  problem: string;
}

export type FilingProof =
  | { kind: 'MATERIALS'; materialIds: string[] }
  | { kind: 'COMMITMENT'; missing: DocType[]; signatureMaterialId: string; materialIds: string[] };

export interface FilingAdmission {
  hospitalName: string;
  admissionDate: string;
  dischargeDate?: string;
  recordedAt: string;
  recordedBy: string;
}

export interface FilingExtensionRequest {
  reason: string;
  requestedOn: string;
  requestedAt: string;
  requestedBy: string;
}

export interface FilingRecord {
  /** `<personId>_<uuid>` (store/ids). */
  id: string;
  number: string;
  personId: string;
  /**
   * The person as at filing (from the filer's link; persons do not change): the review queue,
   * the export and a reviewer's read show the name without reading the person. Masked ID only.
   */
  person: PersonSummary;
  insuredRegion: string;
  category: Category;
  class: FilingClass;
  destination: FilingDestination;
  status: FilingStatus;
  /** China date the filing was submitted. */
  filedOn: string;
  validFrom: string;
  validUntil: string | null;
  /** Latest effective date (filing or last change); change/cancel locks count from it. */
  lockAnchor: string;
  commitment: FilingCommitment | null;
  review: FilingReview | null;
  proof: FilingProof;
  contact: { address: string; phone: string; phone2?: string };
  proofEndDate?: string;
  referral?: { hospitalName: string; certificateMaterialId: string; condition?: ReferralCondition };
  emergency?: { admissionDate: string; hospitalName: string; discharged: boolean };
  extensionsUsed: number;
  /** Hospital stays recorded on it (AH-13-2, YJ-9, AH-22, HA-11, PZH-4-2-2), oldest first. */
  admissions?: FilingAdmission[];
  /** A PZH-4-2-2 extension asked for and waiting for a reviewer's decision. */
  extensionRequest?: FilingExtensionRequest;
  /** Anything else the filing services want to keep (benefit adjustment, rule ids …). */
  details?: Record<string, unknown>;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * One version of a filing as the API's `history` and the audit endpoint show it: what its
 * history item (pk=FILING#<id> sk=VERSION#<n>) keeps — a delta, never a full snapshot.
 */
export interface FilingTimelineEntry {
  version: number;
  event: FilingEvent;
  status: FilingStatus;
  category: Category;
  destination: FilingDestination;
  validFrom: string;
  validUntil: string | null;
  recordedAt: string;
  actorUserId: string;
  note?: string;
  audit: FilingAudit;
  /** The keyed request that wrote this version (its idempotency record: store/idempotency). */
  request?: RecordedRequest;
}

/**
 * A keyed request's record kept on the version it wrote: the key (hashed with its scope), the
 * request's hash and the status code it answered. A change to an existing filing needs no item
 * of its own for it.
 */
export interface RecordedRequest {
  key: string;
  hash: string;
  statusCode: number;
}

export type FilingEvent =
  | 'FILED'
  | 'SUPPLEMENTED'
  | 'CHANGED'
  | 'CANCELLED'
  | 'EXTENDED'
  | 'REVIEWED'
  | 'SWEPT'
  /** A loaded holiday schedule moved a deadline (services/calendar/recomputeDeadlines). */
  | 'DEADLINE_MOVED'
  | 'ADMITTED'
  | 'DISCHARGED'
  | 'EXTENSION_REQUESTED'
  | 'EXTENSION_REFUSED'
  /** Staff recorded an insurance-status change that ends the registration (AH 第十三条（一）). */
  | 'ENDED';

/** Who acted: the person themself, an agent acting for them, a reviewer, or the daily sweep. */
export type ActorKind = 'SELF' | 'AGENT' | 'REVIEWER' | 'SYSTEM';

/**
 * The audit part of a history item, written in the same transaction as the change it records:
 * who (actorUserId + actorKind, acting for actingForPersonId), what (fromStatus → toStatus, the
 * event), from which version, by which rule. Never expires (no TTL; docs/policy-sources.md HA-7: 3 years).
 */
export interface FilingAudit {
  actorKind?: ActorKind;
  actingForPersonId: string;
  /** 0 for the filing's creation. */
  fromVersion: number;
  fromStatus: FilingStatus | null;
  toStatus: FilingStatus;
  rule?: string;
  /** Event details worth keeping (review notices, a breach's consequence …). */
  detail?: Record<string, unknown>;
}

/** A filing with every recorded version, oldest first (one Query of its partition). */
export interface FilingWithHistory {
  filing: FilingRecord;
  history: FilingTimelineEntry[];
}
