import type { Category, ChangeReason, IsoDate } from '@yidi/shared';

/** POST /v1/filings/{id}/changes. */
export interface ChangeFilingInput {
  filingId: string;
  expectedVersion: number;
  reason: ChangeReason;
  destination?: { code: string };
  category?: Category;
  evidenceMaterialIds?: string[];
  proofEndDate?: IsoDate;
}

/**
 * NOT_FOUND, AGENT_NOT_AUTHORIZED, VERSION_CONFLICT, VALIDATION_FAILED (evidence materials);
 * from the engine: CHANGE_LOCKED (with until), COMMITMENT_OPEN, MATERIALS_INCOMPLETE (an
 * exception without its evidence), FILING_NOT_ACTIVE, NOT_APPLICABLE, NOT_ELIGIBLE,
 * DESTINATION_INVALID; from the database: ACTIVE_FILING_EXISTS.
 */
export const CHANGE_FILING_ERRORS = [
  'NOT_FOUND',
  'AGENT_NOT_AUTHORIZED',
  'VERSION_CONFLICT',
  'VALIDATION_FAILED',
  'CHANGE_LOCKED',
  'COMMITMENT_OPEN',
  'MATERIALS_INCOMPLETE',
  'FILING_NOT_ACTIVE',
  'NOT_APPLICABLE',
  'NOT_ELIGIBLE',
  'DESTINATION_INVALID',
] as const;
