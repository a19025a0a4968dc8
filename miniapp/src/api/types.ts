// Response shapes the shared schemas do not define (the backend chose them, or not yet).
import type { AuthorizationStatus, Relationship } from '@yidi/shared';

/** GET /v1/regions. */
export interface PolicyRegionSummary {
  code: string;
  name: string;
  province: string;
  policyId: string;
}

/** GET /v1/persons/{id}/agents and POST …/consent (functions/src/services/persons/agents.ts). */
export interface AgentLink {
  userId: string;
  relationship: Relationship;
  authorization: AuthorizationStatus;
  requestedAt: string;
  activatedAt?: string;
  authorizedBy?: string;
  /** A PENDING request: the name the agent typed. */
  requestedName?: string;
}

/** GET /v1/persons/{id}/messages — proposed; the backend has no such route yet. */
export interface InboxMessage {
  id: string;
  title: string;
  body: string;
  createdAt: string;
  filingId?: string;
}
