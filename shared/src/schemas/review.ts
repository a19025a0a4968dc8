// The reviewer's side (docs/api.md "Review"): decisions, the queue and the export.
import * as z from 'zod/mini';
import {
  CATEGORIES,
  categorySchema,
  filingClassSchema,
  filingStatusSchema,
  reviewDecisionSchema,
} from './enums';
import { expectedVersionSchema, plainTextSchema } from './common';
import { isoDateSchema } from './dates';
import { reviewNoticeSchema } from './filing';
import { filingStatusQuerySchema } from './filingRequests';
import { destinationResponseSchema, regionCodeSchema, regionCodeSchemaFor } from './region';

/** POST /v1/review/{filingId}/decision. RETURN and REJECT must say why (AH-12-1/2, HA-18). */
export const reviewDecisionBodySchema = z
  .object(
    {
      expectedVersion: expectedVersionSchema,
      decision: reviewDecisionSchema,
      notices: z._default(
        z
          .array(reviewNoticeSchema, { error: '问题清单格式不正确' })
          .check(z.maxLength(50, { error: '问题最多列50条，请合并相近的问题' })),
        [],
      ),
    },
    { error: '请选择审核结果' },
  )
  .check(
    z.superRefine((body, context) => {
      if (body.decision !== 'APPROVE' && body.notices.length === 0) {
        context.addIssue({
          code: 'custom',
          path: ['notices'],
          message:
            body.decision === 'RETURN'
              ? '退回补正时请一次写明所有需要补正的问题'
              : '不予通过时请写明原因',
        });
      }
    }),
  );
export type ReviewDecisionBody = z.infer<typeof reviewDecisionBodySchema>;
export type ReviewDecisionBodyInput = z.input<typeof reviewDecisionBodySchema>;

/** POST /v1/review/{filingId}/extension-decision: a reviewer decides a PZH-4-2-2 request. */
export const extensionDecisionBodySchema = z.object(
  {
    expectedVersion: expectedVersionSchema,
    decision: z.enum(['APPROVE', 'REFUSE'], { error: '请选择是否同意延期' }),
    note: z.optional(plainTextSchema('审批意见', { max: 500 })),
  },
  { error: '请选择是否同意延期' },
);
export type ExtensionDecisionBody = z.infer<typeof extensionDecisionBodySchema>;

/** POST /v1/review/{filingId}/insurance-status-end: AH 第十三条（一）, recorded by staff. */
export const insuranceStatusEndBodySchema = z.object(
  {
    expectedVersion: expectedVersionSchema,
    note: plainTextSchema('参保状态变化说明', { min: 2, max: 500 }),
  },
  { error: '请写明参保状态变化情况' },
);
export type InsuranceStatusEndBody = z.infer<typeof insuranceStatusEndBodySchema>;

/** Rows per queue page: a page stays far below 1 MB (a row is well under 1 KB of JSON). */
export const REVIEW_QUEUE_PAGE = { default: 50, max: 100 } as const;

/** `?limit=` on the wire is a string: whole numbers 1 … REVIEW_QUEUE_PAGE.max. */
const pageLimitSchema = z.pipe(
  z.string().check(z.regex(/^[1-9]\d{0,2}$/, { error: `每页条数应为1到${REVIEW_QUEUE_PAGE.max}` })),
  z.pipe(
    z.transform((value: string) => Number(value)),
    z
      .number()
      .check(
        z.maximum(REVIEW_QUEUE_PAGE.max, { error: `每页条数应为1到${REVIEW_QUEUE_PAGE.max}` }),
      ),
  ),
);

/** The `nextCursor` a page answered with (opaque to clients; the server signs it). */
export const pageCursorSchema = z
  .string({ error: '翻页位置不正确' })
  .check(z.minLength(1), z.maxLength(2000, { error: '翻页位置不正确' }));

/**
 * GET /v1/review/queue?region=&status=&limit=&cursor= (status defaults to PENDING_REVIEW, limit
 * to REVIEW_QUEUE_PAGE.default). `cursor`: the previous page's `nextCursor`, same query.
 */
export const reviewQueueQuerySchema = z.object(
  {
    region: z.optional(regionCodeSchemaFor('地区')),
    status: z._default(filingStatusQuerySchema, 'PENDING_REVIEW'),
    limit: z.optional(pageLimitSchema),
    cursor: z.optional(pageCursorSchema),
  },
  { error: '查询条件不正确' },
);
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;

/** GET /v1/review/export?region=&category=&status= → CSV. */
export const reviewExportQuerySchema = z.object(
  {
    region: z.optional(regionCodeSchemaFor('地区')),
    category: z.optional(z.enum(CATEGORIES, { error: '备案类别不正确' })),
    status: z.optional(filingStatusQuerySchema),
  },
  { error: '查询条件不正确' },
);
export type ReviewExportQuery = z.infer<typeof reviewExportQuerySchema>;

/**
 * GET /v1/review/queue: a filing in brief — what a reviewer needs to pick the next one (who,
 * what, where to, the working-day deadline and whether it has passed). Not the whole filing: the
 * review page GETs that, with its `actions` and `reviewerDecision` (the queue's index projects
 * these attributes only, so a page reads no filing item).
 */
export const filingQueueItemSchema = z.object({
  id: z.string(),
  /** 备案编号 */
  number: z.string(),
  /** The person filed for, masked. */
  person: z.object({ id: z.string(), name: z.string(), idNumberMasked: z.string() }),
  insuredRegion: regionCodeSchema,
  category: categorySchema,
  class: filingClassSchema,
  destination: destinationResponseSchema,
  status: filingStatusSchema,
  /** China date the filing was submitted. */
  filedOn: isoDateSchema,
  /** The review's working-day deadline (null: a filing of another status without one). */
  review: z.nullable(
    z.object({
      dueBy: isoDateSchema,
      /** CC-201: counted before the year's official holiday schedule was published. */
      dueByProvisional: z.optional(z.boolean()),
    }),
  ),
  /** PENDING_REVIEW and `review.dueBy` has passed. */
  overdue: z.boolean(),
});
export type FilingQueueItem = z.infer<typeof filingQueueItemSchema>;
/** One page of the queue; `nextCursor` is absent on the last page. */
export const reviewQueueSchema = z.object({
  items: z.array(filingQueueItemSchema),
  nextCursor: z.optional(pageCursorSchema),
});
export type ReviewQueuePage = z.infer<typeof reviewQueueSchema>;

export const exportIdSchema = z
  .string({ error: '导出编号不正确' })
  .check(z.regex(/^exp_[0-9a-f-]{36}$/, { error: '导出编号不正确' }));

/** GET /v1/review/export: 202, the export runs as a job; poll GET /v1/review/exports/{exportId}. */
export const reviewExportStartedSchema = z.object({ exportId: exportIdSchema });
export type ReviewExportStarted = z.infer<typeof reviewExportStartedSchema>;

export const EXPORT_STATES = ['RUNNING', 'READY', 'FAILED'] as const;

/**
 * GET /v1/review/exports/{exportId}: the job's state; when READY, the CSV (UTF-8 with BOM, opens
 * in Excel; ID numbers and contacts masked) as a download link valid for a few minutes — ask
 * again for a fresh one until the export expires.
 */
export const reviewExportSchema = z.object({
  exportId: exportIdSchema,
  state: z.enum(EXPORT_STATES),
  createdAt: z.string(),
  /** The export and its file are deleted after this instant. */
  expiresAt: z.string(),
  fileName: z.string(),
  rows: z.optional(z.number()),
  bytes: z.optional(z.number()),
  download: z.optional(z.object({ url: z.string(), expiresAt: z.string() })),
});
export type ReviewExport = z.infer<typeof reviewExportSchema>;
