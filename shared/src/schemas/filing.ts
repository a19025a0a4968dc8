// The Filing (备案) as the API returns it (docs/api.md "Filing").
import * as z from 'zod/mini';
import {
  categorySchema,
  commitmentStatusSchema,
  docTypeSchema,
  filingClassSchema,
  filingStatusSchema,
  reviewDecisionSchema,
} from './enums';
import { filingActionsSchema } from './action';
import { noControlCharacters, versionSchema } from './common';
import { instantSchema, isoDateSchema } from './dates';
import { emergencySchema, referralSchema } from './filingRequests';
import { destinationResponseSchema, regionCodeSchema } from './region';

/** One problem a reviewer found; RETURN lists them all at once (AH-12-1/2, HA-18). */
export const reviewNoticeSchema = z.object(
  {
    docType: z.optional(docTypeSchema),
    problem: z.string({ error: '请写明问题' }).check(
      z.trim(),
      z.minLength(1, { error: '请写明问题' }),
      z.maxLength(500, { error: '每条问题说明不能超过500个字' }),
      // A notice may run over several lines; other controls are refused like everywhere.
      noControlCharacters('问题说明', { multiline: true }),
    ),
  },
  { error: '请写明问题' },
);
export type ReviewNotice = z.infer<typeof reviewNoticeSchema>;

export const commitmentSchema = z.object({
  status: commitmentStatusSchema,
  signedAt: instantSchema,
  /** Supplement deadline (CC-201 period from the commitment date), due at the end of the day. */
  dueDate: isoDateSchema,
  /** CC-201: counted on the statutory holidays alone, the year's schedule not yet published. */
  dueDateProvisional: z.optional(z.boolean()),
  missing: z.array(docTypeSchema),
  /** AH-13-1: a breach claws back what was settled during the commitment. */
  clawback: z.boolean(),
});
export type Commitment = z.infer<typeof commitmentSchema>;

export const reviewSchema = z.object({
  /** Working-day deadline of the review (AH-12-2, HA next working day). */
  dueBy: isoDateSchema,
  /** CC-201: counted on the statutory holidays alone, the year's schedule not yet published. */
  dueByProvisional: z.optional(z.boolean()),
  notices: z.array(reviewNoticeSchema),
  decision: z.optional(reviewDecisionSchema),
  decidedAt: z.optional(instantSchema),
  decidedBy: z.optional(z.string()),
});
export type Review = z.infer<typeof reviewSchema>;

export const FILING_EVENTS = [
  'FILED',
  'SUPPLEMENTED',
  'CHANGED',
  'EXTENDED',
  'APPROVED',
  'RETURNED',
  'REJECTED',
  'CANCELLED',
  'EXPIRED',
  'TERMINATED',
  /** A published holiday schedule moved a deadline (commitment or review due date). */
  'DEADLINE_MOVED',
  'ADMITTED',
  'DISCHARGED',
  'EXTENSION_REQUESTED',
  'EXTENSION_REFUSED',
] as const;
export const filingEventSchema = z.enum(FILING_EVENTS);
export type FilingEvent = z.infer<typeof filingEventSchema>;

/** One hospital stay recorded on a filing. */
export const admissionSchema = z.object({
  hospitalName: z.string(),
  admissionDate: isoDateSchema,
  dischargeDate: z.optional(isoDateSchema),
});
export type Admission = z.infer<typeof admissionSchema>;

export const filingSchema = z.object({
  id: z.string(),
  /** The number shown to the user and the insurance office (备案编号). */
  number: z.string(),
  personId: z.string(),
  insuredRegion: regionCodeSchema,
  category: categorySchema,
  class: filingClassSchema,
  destination: destinationResponseSchema,
  status: filingStatusSchema,
  validFrom: isoDateSchema,
  /** null: valid until changed or cancelled (AH-13-1 "一次备案、长期有效"). */
  validUntil: z.nullable(isoDateSchema),
  commitment: z.nullable(commitmentSchema),
  review: z.nullable(reviewSchema),
  actions: filingActionsSchema,
  version: versionSchema,
  createdBy: z.string(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  // Added beyond docs/api.md: what was filed, for the detail screen.
  startDate: z.optional(isoDateSchema),
  proofEndDate: z.optional(isoDateSchema),
  // In full for the person and their active agents; masked (`139****5678`, the address's first
  // characters + `****`) for reviewers, so not the request's phone and address formats.
  contact: z.optional(
    z.object({ address: z.string(), phone: z.string(), phone2: z.optional(z.string()) }),
  ),
  materialIds: z.optional(z.array(z.string())),
  referral: z.optional(referralSchema),
  emergency: z.optional(emergencySchema),
  /** Hospital stays recorded on the filing (POST /v1/filings/{id}/admissions). */
  admissions: z.optional(z.array(admissionSchema)),
  /** Set while a stay keeps the registration usable: the app shows `text` (住院中，出院前持续有效). */
  inHospital: z.optional(
    z.object({
      admissionDate: isoDateSchema,
      hospitalName: z.string(),
      text: z.string(),
      rule: z.string(),
    }),
  ),
  /** A PZH-4-2-2 extension request waiting for the reviewer. */
  extensionRequest: z.optional(z.object({ reason: z.string(), requestedOn: isoDateSchema })),
  /** PZH-4-4: where direct settlement fails, the phone filing (其它备案) and what to say. */
  phoneFiling: z.optional(
    z.object({
      phone: z.string(),
      name: z.string(),
      text: z.string(),
      rule: z.string(),
      clause: z.string(),
    }),
  ),
  /**
   * For a reviewer of the filing's region only: may this reviewer decide it (separation of
   * duties, SOD-1)? When not, the staff page greys the decision buttons with `message`.
   */
  reviewerDecision: z.optional(
    z.object({
      allowed: z.boolean(),
      code: z.optional(z.literal('CONFLICT_OF_INTEREST')),
      rule: z.optional(z.string()),
      message: z.optional(z.string()),
    }),
  ),
  /** The person filed for, masked (the review queue and the certificate show it). */
  person: z.optional(z.object({ id: z.string(), name: z.string(), idNumberMasked: z.string() })),
  /** What of the service's bookkeeping the app may show: benefit, cancellation, rules. */
  details: z.optional(
    z.object({
      benefit: z.optional(z.unknown()),
      cancellation: z.optional(z.unknown()),
      rules: z.optional(z.array(z.string())),
    }),
  ),
});
export type Filing = z.infer<typeof filingSchema>;

export const filingListSchema = z.array(filingSchema);
