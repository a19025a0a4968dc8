import type { Caller } from '../../../middleware/types';

/** A reviewer's approval (the APPROVE branch of POST /v1/review/{filingId}/decision). */
export interface ApproveFilingInput {
  filingId: string;
  expectedVersion: number;
}

/** The caller with the REVIEWER (or ADMIN) role; `regions` are the pools they work for. */
export type Reviewer = Caller;

/** FORBIDDEN (not a reviewer), NOT_FOUND (unknown, or another region's), VERSION_CONFLICT, FILING_NOT_ACTIVE. */
export const APPROVE_FILING_ERRORS = [
  'FORBIDDEN',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'FILING_NOT_ACTIVE',
] as const;
