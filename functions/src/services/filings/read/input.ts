import type { FilingListQuery } from '@yidi/shared';

export interface GetFilingInput {
  filingId: string;
}

/** GET /v1/filings?personId=&status=; without personId: every person the caller acts for. */
export type ListFilingsInput = FilingListQuery;

/** 404 NOT_FOUND (unknown or foreign filing / person), 403 AGENT_NOT_AUTHORIZED (link pending). */
export const READ_FILING_ERRORS = ['NOT_FOUND', 'AGENT_NOT_AUTHORIZED'] as const;
