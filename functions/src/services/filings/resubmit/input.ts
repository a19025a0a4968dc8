import type { ResubmissionBody } from '@yidi/shared';

/** POST /v1/filings/{id}/resubmission: the body is the shared `resubmissionBodySchema`. */
export { resubmissionBodySchema as resubmitBodySchema } from '@yidi/shared';

export interface ResubmitFilingInput extends ResubmissionBody {
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
