// Response shapes the server chose beyond API.md's minimum: the region list, a person's inbox, a
// filing's audit trail, a review-queue row and the public policy view. One definition for the
// server's types, the app's client and docs/openapi.json.
import * as z from 'zod/mini';
import { filingStatusSchema } from './enums';
import { instantSchema, isoDateSchema } from './dates';
import { filingSchema } from './filing';

/** GET /v1/regions: pooling regions with a policy. */
export const policyRegionSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  province: z.string(),
  policyId: z.string(),
});
export type PolicyRegionSummary = z.infer<typeof policyRegionSummarySchema>;
export const policyRegionListSchema = z.array(policyRegionSummarySchema);

/** GET /v1/persons/{id}/messages: one message of the person's inbox (review results, reminders). */
export const inboxMessageSchema = z.object({
  id: z.string(),
  filingId: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: instantSchema,
  /** Reminders: the deadline they are about, and how many days before it they were sent. */
  dueDate: z.optional(isoDateSchema),
  daysBefore: z.optional(z.number().check(z.int())),
  /** PENDING in the outbox, then SENT / RECORDED / NOT_SUBSCRIBED / FAILED. */
  delivery: z.string(),
});
export type InboxMessage = z.infer<typeof inboxMessageSchema>;
export const inboxMessageListSchema = z.array(inboxMessageSchema);

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

/** GET /v1/review/queue: a filing, whether its working-day deadline has passed, its round. */
export const reviewQueueItemSchema = z.extend(filingSchema, {
  overdue: z.boolean(),
  reviewRound: z.number().check(z.int(), z.minimum(1)),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueItemSchema>;
export const reviewQueueSchema = z.array(reviewQueueItemSchema);

/** A policy item: its value, the rule id and the clause it comes from. */
const ruledSchema = z.looseObject({ rule: z.string(), clause: z.string() });

/**
 * GET /v1/regions/{code}/policy: the effective policy (shared/src/policy/publicView.ts). Its
 * members are the policy's own items, each `{value, rule, clause}`; they are typed by
 * `PublicPolicyView` and documented here at the first level.
 */
export const publicPolicyViewSchema = z.looseObject({
  policyId: z.string(),
  name: z.string(),
  documents: z.array(z.unknown()),
  periodCounting: ruledSchema,
  classification: ruledSchema,
  categories: z.array(
    z.looseObject({ category: z.string(), label: z.string(), class: z.string() }),
  ),
  materials: z.looseObject({}),
  commitment: z.looseObject({}),
  changeLock: z.looseObject({}),
  cancelLock: z.looseObject({}),
  review: z.looseObject({}),
  reimbursement: z.looseObject({}),
});

/** GET /v1/openapi.json: an OpenAPI 3.1 document (docs/openapi.json). */
export const openApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});

/** GET /v1/review/export: the CSV, UTF-8 with BOM (opens in Excel), ID numbers masked. */
export const registrationCsvSchema = z.string();
