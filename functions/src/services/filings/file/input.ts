import type { CreateFilingBody } from '@yidi/shared';

/** POST /v1/filings, already parsed; `facts` are the wizard's eligibility answers (docs/policy-sources.md §1). */
export type FileFilingInput = CreateFilingBody;

/**
 * Refusals this use case can produce (besides the engine's rule refusals, which carry a rule):
 * 404 NOT_FOUND (person not linked), 403 AGENT_NOT_AUTHORIZED (link pending), 422
 * VALIDATION_FAILED (materials missing, foreign or of the wrong type), 409 ACTIVE_FILING_EXISTS.
 * From the engine: NOT_ELIGIBLE, EMERGENCY_DEEMED_FILED, RETRO_FILING_AFTER_DISCHARGE,
 * DESTINATION_INVALID, START_DATE_IN_PAST, MATERIALS_INCOMPLETE, COMMITMENT_NOT_ALLOWED.
 */
export const FILE_FILING_ERRORS = [
  'NOT_FOUND',
  'AGENT_NOT_AUTHORIZED',
  'VALIDATION_FAILED',
  'ACTIVE_FILING_EXISTS',
  'NOT_ELIGIBLE',
  'EMERGENCY_DEEMED_FILED',
  'RETRO_FILING_AFTER_DISCHARGE',
  'DESTINATION_INVALID',
  'START_DATE_IN_PAST',
  'MATERIALS_INCOMPLETE',
  'COMMITMENT_NOT_ALLOWED',
] as const;
