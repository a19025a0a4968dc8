// The Filing (备案) as the API returns it (docs/api.md "Filing").
import * as z from 'zod/mini';
import {
  categorySchema,
  changeReasonSchema,
  commitmentStatusSchema,
  docTypeSchema,
  filingClassSchema,
  filingStatusSchema,
  reviewDecisionSchema,
} from './enums';
import { filingActionsSchema } from './action';
import { versionSchema } from './common';
import { instantSchema, isoDateSchema } from './dates';
import { contactSchema, emergencySchema, referralSchema } from './filingRequests';
import { destinationResponseSchema, regionCodeSchema } from './region';

/** One problem a reviewer found; RETURN lists them all at once (AH-12-1/2, HA-18). */
export const reviewNoticeSchema = z.object(
  {
    docType: z.optional(docTypeSchema),
    problem: z
      .string({ error: '请写明问题' })
      .check(
        z.trim(),
        z.minLength(1, { error: '请写明问题' }),
        z.maxLength(500, { error: '每条问题说明不能超过500个字' }),
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
  missing: z.array(docTypeSchema),
  /** AH-13-1: a breach claws back what was settled during the commitment. */
  clawback: z.boolean(),
});
export type Commitment = z.infer<typeof commitmentSchema>;

export const reviewSchema = z.object({
  /** Working-day deadline of the review (AH-12-2, HA next working day). */
  dueBy: isoDateSchema,
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
] as const;
export const filingEventSchema = z.enum(FILING_EVENTS);
export type FilingEvent = z.infer<typeof filingEventSchema>;

/** A version the filing had before; every version is kept and auditable (AH-14). */
export const filingHistoryEntrySchema = z.object({
  version: versionSchema,
  event: filingEventSchema,
  status: filingStatusSchema,
  category: categorySchema,
  destination: destinationResponseSchema,
  validFrom: isoDateSchema,
  validUntil: z.nullable(isoDateSchema),
  changeReason: z.optional(changeReasonSchema),
  recordedAt: instantSchema,
  recordedBy: z.string(),
});
export type FilingHistoryEntry = z.infer<typeof filingHistoryEntrySchema>;

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
  history: z.array(filingHistoryEntrySchema),
  // Added beyond docs/api.md: what was filed, for the detail screen.
  startDate: z.optional(isoDateSchema),
  proofEndDate: z.optional(isoDateSchema),
  contact: z.optional(contactSchema),
  materialIds: z.optional(z.array(z.string())),
  referral: z.optional(referralSchema),
  emergency: z.optional(emergencySchema),
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
