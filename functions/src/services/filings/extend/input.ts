/** POST /v1/filings/{id}/extensions (PZH-4-2-2): a request with its reason. */
export interface ExtendFilingInput {
  filingId: string;
  expectedVersion: number;
  reason?: string;
}

/**
 * NOT_FOUND, AGENT_NOT_AUTHORIZED, VERSION_CONFLICT; from the engine: NOT_APPLICABLE (the
 * region or category has no extension, or the person was admitted), FILING_NOT_ACTIVE (not
 * active, or already ended), EXTENSION_PENDING (one waits for the reviewer), VALIDATION_FAILED
 * (no reason given).
 */
export const EXTEND_FILING_ERRORS = [
  'NOT_FOUND',
  'AGENT_NOT_AUTHORIZED',
  'VERSION_CONFLICT',
  'NOT_APPLICABLE',
  'FILING_NOT_ACTIVE',
  'EXTENSION_PENDING',
  'VALIDATION_FAILED',
] as const;
