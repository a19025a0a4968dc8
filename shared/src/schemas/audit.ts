// A filing's audit trail (GET /v1/filings/{id}/audit).
import * as z from 'zod/mini';
import { changeReasonSchema, filingStatusSchema } from './enums';
import { instantSchema } from './dates';
import { filingEventSchema } from './filing';
import { destinationResponseSchema } from './region';

export const ACTOR_KINDS = ['SELF', 'AGENT', 'REVIEWER', 'SYSTEM', 'UNKNOWN'] as const;

/** GET /v1/filings/{id}/audit: who changed what, when, from which version, by which rule. */
export const auditEntrySchema = z.object({
  version: z.number().check(z.int()),
  /** The stored event (REVIEWED, SWEPT, ENDED … as recorded). */
  event: z.string(),
  /**
   * The same event as the person's history names it (REVIEWED → APPROVED/RETURNED/REJECTED,
   * SWEPT → EXPIRED/TERMINATED, ENDED → TERMINATED): the app's 办理记录 labels it.
   */
  filingEvent: filingEventSchema,
  at: instantSchema,
  actor: z.object({ userId: z.string(), kind: z.enum(ACTOR_KINDS) }),
  actingForPersonId: z.string(),
  fromVersion: z.number().check(z.int()),
  fromStatus: z.nullable(filingStatusSchema),
  toStatus: filingStatusSchema,
  rule: z.optional(z.string()),
  note: z.optional(z.string()),
  detail: z.optional(z.record(z.string(), z.unknown())),
  /** Where the version let the person be treated (a CHANGED version may move it). */
  destination: destinationResponseSchema,
  /** A CHANGED version's reason (the stored note). */
  changeReason: z.optional(changeReasonSchema),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditTrailSchema = z.array(auditEntrySchema);
