import * as z from 'zod/mini';
import { expectedVersionSchema } from '@yidi/shared';

/** POST /v1/filings/{id}/resubmission: after a RETURN, the same filing goes back for review. */
export const resubmitBodySchema = z.object(
  {
    expectedVersion: expectedVersionSchema,
    /** Corrected or added proof, uploaded beforehand (POST /v1/materials). */
    materialIds: z._default(
      z
        .array(z.string().check(z.minLength(1, { error: '材料编号不正确' })), {
          error: '材料清单格式不正确',
        })
        .check(z.maxLength(20, { error: '一次最多提交20份材料' })),
      [],
    ),
  },
  { error: '请求格式不正确' },
);

export interface ResubmitFilingInput extends z.infer<typeof resubmitBodySchema> {
  filingId: string;
}

/** NOT_FOUND, AGENT_NOT_AUTHORIZED, VERSION_CONFLICT, VALIDATION_FAILED, FILING_NOT_ACTIVE (not RETURNED). */
export const RESUBMIT_FILING_ERRORS = [
  'NOT_FOUND',
  'AGENT_NOT_AUTHORIZED',
  'VERSION_CONFLICT',
  'VALIDATION_FAILED',
  'FILING_NOT_ACTIVE',
] as const;
