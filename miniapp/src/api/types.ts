// Response shapes of the routes whose types the pages import from here, taken from the route
// contracts (shared/src/contract): the server's answer and this type are one definition.
import type {
  filingsAuditRoute,
  personsAgentsRoute,
  personsMessagesRoute,
  regionsListRoute,
  ResponseOf,
} from '@yidi/shared';

/** GET /v1/regions. */
export type PolicyRegionSummary = ResponseOf<typeof regionsListRoute>[number];

/** GET /v1/persons/{id}/agents and POST …/consent. */
export type AgentLink = ResponseOf<typeof personsAgentsRoute>[number];

/** GET /v1/persons/{id}/messages. */
export type InboxMessage = ResponseOf<typeof personsMessagesRoute>[number];

/** GET /v1/filings/{id}/audit: one version of a filing, oldest first (the 办理记录). */
export type FilingVersion = ResponseOf<typeof filingsAuditRoute>[number];
