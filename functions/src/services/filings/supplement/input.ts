import type { IsoDate } from '@yidi/shared';

/** POST /v1/filings/{id}/supplements. */
export interface SupplementFilingInput {
  filingId: string;
  materialIds: string[];
  expectedVersion?: number;
  /** HA-8 / YJ-9: when the proof arrives, its end date becomes the registration's. */
  proofEndDate?: IsoDate;
}

/**
 * NOT_FOUND, AGENT_NOT_AUTHORIZED, VERSION_CONFLICT, VALIDATION_FAILED (materials); from the
 * engine: NOT_APPLICABLE (no open commitment), FILING_NOT_ACTIVE (past due or closed),
 * MATERIALS_INCOMPLETE (nothing that was missing).
 */
export const SUPPLEMENT_FILING_ERRORS = [
  'NOT_FOUND',
  'AGENT_NOT_AUTHORIZED',
  'VERSION_CONFLICT',
  'VALIDATION_FAILED',
  'NOT_APPLICABLE',
  'FILING_NOT_ACTIVE',
  'MATERIALS_INCOMPLETE',
] as const;
