/** POST /v1/filings/{id}/extensions (PZH-4-2-2). */
export interface ExtendFilingInput {
  filingId: string;
  expectedVersion: number;
}

/**
 * NOT_FOUND, AGENT_NOT_AUTHORIZED, VERSION_CONFLICT; from the engine: NOT_APPLICABLE (the
 * region or category has no extension), FILING_NOT_ACTIVE (not active, or already ended).
 */
export const EXTEND_FILING_ERRORS = [
  'NOT_FOUND',
  'AGENT_NOT_AUTHORIZED',
  'VERSION_CONFLICT',
  'NOT_APPLICABLE',
  'FILING_NOT_ACTIVE',
] as const;
