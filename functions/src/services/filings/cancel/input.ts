/** POST /v1/filings/{id}/cancellation. */
export interface CancelFilingInput {
  filingId: string;
  expectedVersion: number;
  reason: string;
  /** HA-9: a hospital admission lifts the 3-month cancellation lock. */
  inHospital?: boolean;
}

/**
 * NOT_FOUND, AGENT_NOT_AUTHORIZED, VERSION_CONFLICT; from the engine: CANCEL_LOCKED (with
 * until), FILING_NOT_ACTIVE.
 */
export const CANCEL_FILING_ERRORS = [
  'NOT_FOUND',
  'AGENT_NOT_AUTHORIZED',
  'VERSION_CONFLICT',
  'CANCEL_LOCKED',
  'FILING_NOT_ACTIVE',
] as const;
