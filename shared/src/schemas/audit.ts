// A filing's audit trail (GET /v1/filings/{id}/audit).
import * as z from 'zod/mini';
import { filingStatusSchema } from './enums';
import { instantSchema } from './dates';

export const ACTOR_KINDS = ['SELF', 'AGENT', 'REVIEWER', 'SYSTEM', 'UNKNOWN'] as const;

/** GET /v1/filings/{id}/audit: who changed what, when, from which version, by which rule. */
export const auditEntrySchema = z.object({
  version: z.number().check(z.int()),
  event: z.string(),
  at: instantSchema,
  actor: z.object({ userId: z.string(), kind: z.enum(ACTOR_KINDS) }),
  actingForPersonId: z.string(),
  fromVersion: z.number().check(z.int()),
  fromStatus: z.nullable(filingStatusSchema),
  toStatus: filingStatusSchema,
  rule: z.optional(z.string()),
  note: z.optional(z.string()),
  detail: z.optional(z.record(z.string(), z.unknown())),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditTrailSchema = z.array(auditEntrySchema);
