// 零星报销 claims (docs/api.md "Reimbursement claims"): the Claim as the API returns it, every
// request body and query, the reviewer queue page. Rules (deadline, documents, payment time) are
// the engine's (shared/src/policy/claims); these schemas check only what a form can get wrong.
import * as z from 'zod/mini';
import { actionSchema } from './action';
import {
  compositeIdSchema,
  expectedVersionSchema,
  materialIdListSchema,
  personIdSchema,
  plainTextSchema,
  versionSchema,
} from './common';
import { instantSchema, isoDateSchema, isoDateSchemaFor } from './dates';
import {
  CLAIM_STATUSES,
  claimCaseSchema,
  claimDecisionSchema,
  claimKindSchema,
  claimStatusSchema,
  docTypeSchema,
} from './enums';
import { reviewNoticeSchema } from './filing';
import { regionCodeSchema, regionCodeSchemaFor } from './region';

/** `<personId>_<unique>` like a filing id: the person's link is read with the claim. */
export const claimIdSchema = compositeIdSchema('报销申请编号不正确');
const optionalFilingIdSchema = compositeIdSchema('备案编号不正确');

/** Amounts in fen (分), whole numbers: no floating-point money. Up to 10 million yuan. */
export const amountFenSchema = z
  .number({ error: '请填写金额' })
  .check(
    z.int({ error: '金额应精确到分' }),
    z.minimum(1, { error: '金额应大于0' }),
    z.maximum(1_000_000_000, { error: '金额太大，请核对' }),
  );

/** AH-47: asked with the claim, before the deadline, when the documents cannot all come in time. */
export const claimExtensionRequestSchema = z.object(
  { reason: plainTextSchema('延期原因', { min: 2, max: 500, multiline: true }) },
  { error: '请写明延期原因' },
);

/** POST /v1/claims. */
export const createClaimBodySchema = z.object(
  {
    personId: personIdSchema,
    /** The registration the care was under; none for HA-17（二）–（五） cases. */
    filingId: z.optional(optionalFilingIdSchema),
    kind: claimKindSchema,
    /** HA-17: why the bills were not settled directly; the engine defaults it (see policy). */
    case: z.optional(claimCaseSchema),
    hospitalName: plainTextSchema('医院名称', { min: 2, max: 100 }),
    /** The day the bill was paid in full (AH-47 counts 3 months from it). */
    paidOn: isoDateSchemaFor('付费日期'),
    amountFen: amountFenSchema,
    // May be empty: what a kind needs is the region's policy (409 MATERIALS_INCOMPLETE).
    materialIds: materialIdListSchema(),
    extensionRequest: z.optional(claimExtensionRequestSchema),
  },
  { error: '请填写报销信息' },
);
export type CreateClaimBody = z.infer<typeof createClaimBodySchema>;
export type CreateClaimBodyInput = z.input<typeof createClaimBodySchema>;

/** POST /v1/claims/{id}/supplements. */
export const claimSupplementBodySchema = z.object(
  {
    expectedVersion: expectedVersionSchema,
    materialIds: materialIdListSchema({ min: 1 }, '请至少上传一份要补充的材料'),
  },
  { error: '请上传要补充的材料' },
);
export type ClaimSupplementBody = z.infer<typeof claimSupplementBodySchema>;

/** POST /v1/review/claims/{id}/decision. RETURN, REJECT and EXTEND_REFUSED say why. */
export const claimDecisionBodySchema = z
  .object(
    {
      expectedVersion: expectedVersionSchema,
      decision: claimDecisionSchema,
      notices: z._default(
        z
          .array(reviewNoticeSchema, { error: '问题清单格式不正确' })
          .check(z.maxLength(50, { error: '问题最多列50条，请合并相近的问题' })),
        [],
      ),
      /** HA-19 "特殊情况": 20 working days instead of 10 (APPROVE only). */
      special: z.optional(z.boolean({ error: '请选择是否属于特殊情况' })),
    },
    { error: '请选择审核结果' },
  )
  .check(
    z.superRefine((body, context) => {
      const needsReason: Record<string, string> = {
        RETURN: '退回补正时请一次写明所有需要补正的问题',
        REJECT: '不予通过时请写明原因',
        EXTEND_REFUSED: '不同意延期时请写明原因',
      };
      const reason = needsReason[body.decision];
      if (reason && body.notices.length === 0) {
        context.addIssue({ code: 'custom', path: ['notices'], message: reason });
      }
      if (body.special && body.decision !== 'APPROVE') {
        context.addIssue({
          code: 'custom',
          path: ['special'],
          message: '特殊情况只在审核通过时选择',
        });
      }
    }),
  );
export type ClaimDecisionBody = z.infer<typeof claimDecisionBodySchema>;
export type ClaimDecisionBodyInput = z.input<typeof claimDecisionBodySchema>;

/** POST /v1/review/claims/{id}/paid. */
export const claimPaidBodySchema = z.object(
  { expectedVersion: expectedVersionSchema },
  { error: '缺少版本号，请刷新页面后重试' },
);
export type ClaimPaidBody = z.infer<typeof claimPaidBodySchema>;

/** GET /v1/claims?personId=. */
export const claimListQuerySchema = z.object(
  { personId: z.optional(personIdSchema) },
  { error: '查询条件不正确' },
);
export type ClaimListQuery = z.infer<typeof claimListQuerySchema>;

/** An opaque page cursor the server issued. */
export const cursorSchema = z
  .string({ error: '分页参数不正确' })
  .check(
    z.minLength(1, { error: '分页参数不正确' }),
    z.maxLength(2000, { error: '分页参数不正确' }),
    z.regex(/^[A-Za-z0-9_-]+$/, { error: '分页参数不正确' }),
  );

/** GET /v1/review/claims?region=&status=&cursor= (ordered by due date). */
export const claimQueueQuerySchema = z.object(
  {
    region: z.optional(regionCodeSchemaFor('地区')),
    /** Default: what waits for the office (SUBMITTED, EXTENSION_REQUESTED, APPROVED to pay). */
    status: z.optional(z.enum(CLAIM_STATUSES, { error: '报销申请状态不正确' })),
    cursor: z.optional(cursorSchema),
  },
  { error: '查询条件不正确' },
);
export type ClaimQueueQuery = z.infer<typeof claimQueueQuerySchema>;

/** GET /v1/review/claims/export?region=&status= → CSV. */
export const claimExportQuerySchema = z.object(
  {
    region: z.optional(regionCodeSchemaFor('地区')),
    status: z.optional(z.enum(CLAIM_STATUSES, { error: '报销申请状态不正确' })),
  },
  { error: '查询条件不正确' },
);
export type ClaimExportQuery = z.infer<typeof claimExportQuerySchema>;

export const claimActionsSchema = z.object({
  supplement: actionSchema,
  approve: actionSchema,
  return: actionSchema,
  reject: actionSchema,
  approveExtension: actionSchema,
  refuseExtension: actionSchema,
  markPaid: actionSchema,
});
export type ClaimActionsResponse = z.infer<typeof claimActionsSchema>;

export const CLAIM_EVENTS = [
  'SUBMITTED',
  'EXTENSION_REQUESTED',
  'SUPPLEMENTED',
  'APPROVED',
  'RETURNED',
  'REJECTED',
  'EXTENSION_APPROVED',
  'EXTENSION_REFUSED',
  'PAID',
  'FORFEITED',
] as const;
export const claimEventSchema = z.enum(CLAIM_EVENTS);
export type ClaimEvent = z.infer<typeof claimEventSchema>;

/** One version of the claim: what happened, by whom, and the status it left. */
export const claimHistoryEntrySchema = z.object({
  version: versionSchema,
  event: claimEventSchema,
  status: claimStatusSchema,
  recordedAt: instantSchema,
  recordedBy: z.string(),
  rule: z.optional(z.string()),
});
export type ClaimHistoryEntry = z.infer<typeof claimHistoryEntrySchema>;

export const claimSchema = z.object({
  id: z.string(),
  /** The number shown to the person and the office (报销申请编号). */
  number: z.string(),
  personId: z.string(),
  filingId: z.nullable(z.string()),
  insuredRegion: regionCodeSchema,
  kind: claimKindSchema,
  case: claimCaseSchema,
  hospitalName: z.string(),
  amountFen: z.number(),
  status: claimStatusSchema,
  paidOn: isoDateSchema,
  /** AH-47 last day to claim (CC-201); null where the region sets none. */
  deadline: z.nullable(isoDateSchema),
  deadlineProvisional: z.optional(z.boolean()),
  /** Set once an AH-47 extension is granted. */
  extendedDeadline: z.nullable(isoDateSchema),
  /** HA-19: set at approval where the region sets a payment time. */
  paymentDueBy: z.nullable(isoDateSchema),
  paymentDueByProvisional: z.optional(z.boolean()),
  /** HA-19 special case (20 working days): the person is told in advance. */
  special: z.optional(z.boolean()),
  /** Every document still missing (HA-18 一次性告知). */
  missing: z.array(docTypeSchema),
  notices: z.array(reviewNoticeSchema),
  /** When the office should have answered (queue order). */
  reviewDueBy: z.nullable(isoDateSchema),
  extensionRequest: z.optional(z.object({ reason: z.string(), requestedOn: isoDateSchema })),
  materialIds: z.array(z.string()),
  paidAt: z.optional(instantSchema),
  actions: claimActionsSchema,
  version: versionSchema,
  createdBy: z.string(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  history: z.array(claimHistoryEntrySchema),
  /** For a reviewer of the claim's region: may this reviewer decide it (SOD-1)? */
  reviewerDecision: z.optional(
    z.object({
      allowed: z.boolean(),
      code: z.optional(z.literal('CONFLICT_OF_INTEREST')),
      rule: z.optional(z.string()),
      message: z.optional(z.string()),
    }),
  ),
  /** The person claimed for, masked (the reviewer queue shows it). */
  person: z.optional(z.object({ id: z.string(), name: z.string(), idNumberMasked: z.string() })),
});
export type Claim = z.infer<typeof claimSchema>;
export const claimListSchema = z.array(claimSchema);

/** GET /v1/review/claims: one page, earliest due date first. */
export const claimQueuePageSchema = z.object({
  items: z.array(z.extend(claimSchema, { overdue: z.boolean() })),
  nextCursor: z.nullable(z.string()),
});
export type ClaimQueuePage = z.infer<typeof claimQueuePageSchema>;

/** GET /v1/review/claims/export: UTF-8 with BOM, ID numbers masked. */
export const claimCsvSchema = z.string();
