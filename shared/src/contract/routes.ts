// Every HTTP route of the API (docs/api.md), one contract each. serverless.yml declares exactly
// these (functions/src/http/contract.test.ts); docs/openapi.json is generated from them
// (`npm run generate:openapi -w shared`). Plain object literals over the shared schemas (no
// spreads or calls, which a bundler must keep), so a Lambda bundle keeps only the contract it imports.
import {
  admissionBodySchema,
  agentLinkListSchema,
  agentLinkSchema,
  agentRevocationSchema,
  agentUserIdSchema,
  auditTrailSchema,
  calendarImportReportSchema,
  calendarYearSchema,
  cancellationBodySchema,
  changeBodySchema,
  claimCsvSchema,
  claimDecisionBodySchema,
  claimExportQuerySchema,
  claimIdSchema,
  claimListQuerySchema,
  claimListSchema,
  claimPaidBodySchema,
  claimQueuePageSchema,
  claimQueueQuerySchema,
  claimSchema,
  claimSupplementBodySchema,
  consentBodySchema,
  createClaimBodySchema,
  createFilingBodySchema,
  createMaterialBodySchema,
  createMaterialResponseSchema,
  createPersonBodySchema,
  extensionBodySchema,
  extensionDecisionBodySchema,
  filingIdSchema,
  filingListQuerySchema,
  filingListSchema,
  filingSchema,
  identityBodySchema,
  identityResponseSchema,
  inboxMessageListSchema,
  insuranceStatusEndBodySchema,
  loginBodySchema,
  loginResponseSchema,
  materialIdSchema,
  materialSchema,
  officialScheduleBodySchema,
  meResponseSchema,
  openApiDocumentSchema,
  personIdSchema,
  personListSchema,
  personSchema,
  policyRegionListSchema,
  publicPolicyViewSchema,
  refreshBodySchema,
  refreshResponseSchema,
  regionCodeSchema,
  resubmissionBodySchema,
  reviewDecisionBodySchema,
  exportIdSchema,
  reviewExportQuerySchema,
  reviewExportSchema,
  reviewExportStartedSchema,
  reviewQueueQuerySchema,
  reviewQueueSchema,
  subscriptionGrantsRequestSchema,
  subscriptionGrantsResponseSchema,
  supplementBodySchema,
} from '../schemas';
import type { RouteContract } from './define';

const json = 'application/json' as const;
const filing = {
  status: 200,
  description: 'The filing',
  contentType: json,
  schema: filingSchema,
} as const;
const filingPath = { id: filingIdSchema };
const personPath = { id: personIdSchema };
/** Six digits; a code without a policy is 404. */
const regionCodePath = { code: regionCodeSchema };

export const authLoginRoute = {
  name: 'authLogin',
  method: 'POST',
  path: '/v1/auth/login',
  summary: 'Log in with a wx.login code (dev users in local/test only)',
  tag: 'Identity',
  auth: 'public',
  idempotency: 'none',
  body: loginBodySchema,
  response: { status: 200, description: 'A token', contentType: json, schema: loginResponseSchema },
} as const satisfies RouteContract;

export const authRefreshRoute = {
  name: 'authRefresh',
  method: 'POST',
  path: '/v1/auth/refresh',
  summary: 'A refresh token for a new token (and a new refresh token)',
  tag: 'Identity',
  auth: 'public',
  idempotency: 'none',
  body: refreshBodySchema,
  response: {
    status: 200,
    description: 'A new token',
    contentType: json,
    schema: refreshResponseSchema,
  },
} as const satisfies RouteContract;

export const meRoute = {
  name: 'me',
  method: 'GET',
  path: '/v1/me',
  summary: 'The user and the persons they may act for',
  tag: 'Identity',
  auth: 'user',
  idempotency: 'none',
  response: { status: 200, description: 'The user', contentType: json, schema: meResponseSchema },
} as const satisfies RouteContract;

export const meIdentityRoute = {
  name: 'meIdentity',
  method: 'POST',
  path: '/v1/me/identity',
  summary: 'Real-name verification of the account (WeChat face verification; dev in local/test)',
  tag: 'Identity',
  auth: 'user',
  idempotency: 'none',
  body: identityBodySchema,
  response: {
    status: 200,
    description: 'The verified identity, masked',
    contentType: json,
    schema: identityResponseSchema,
  },
} as const satisfies RouteContract;

export const meSubscriptionsRoute = {
  name: 'meSubscriptions',
  method: 'POST',
  path: '/v1/me/subscriptions',
  summary: "The user's answers to wx.requestSubscribeMessage; the grants the server holds",
  tag: 'Identity',
  auth: 'user',
  idempotency: 'none',
  body: subscriptionGrantsRequestSchema,
  response: {
    status: 200,
    description: 'Messages the server may still send, per purpose',
    contentType: json,
    schema: subscriptionGrantsResponseSchema,
  },
} as const satisfies RouteContract;

export const personsCreateRoute = {
  name: 'personsCreate',
  method: 'POST',
  path: '/v1/persons',
  summary: 'Add a person the caller acts for (SELF, or PENDING until confirmed)',
  tag: 'Persons',
  auth: 'user',
  idempotency: 'optional',
  body: createPersonBodySchema,
  response: {
    status: 201,
    alsoStatus: 200,
    description: 'The person (200: the caller was already linked to them)',
    contentType: json,
    schema: personSchema,
  },
} as const satisfies RouteContract;

export const personsListRoute = {
  name: 'personsList',
  method: 'GET',
  path: '/v1/persons',
  summary: 'Persons the caller may see',
  tag: 'Persons',
  auth: 'user',
  idempotency: 'none',
  response: { status: 200, description: 'Persons', contentType: json, schema: personListSchema },
} as const satisfies RouteContract;

export const personsConsentRoute = {
  name: 'personsConsent',
  method: 'POST',
  path: '/v1/persons/{id}/consent',
  summary: 'The person confirms a pending agent (from their own account)',
  tag: 'Persons',
  auth: 'user',
  idempotency: 'optional',
  pathParams: personPath,
  body: consentBodySchema,
  response: {
    status: 200,
    description: 'The agent link, now ACTIVE',
    contentType: json,
    schema: agentLinkSchema,
  },
} as const satisfies RouteContract;

export const personsAgentsRoute = {
  name: 'personsAgents',
  method: 'GET',
  path: '/v1/persons/{id}/agents',
  summary: 'Who else is linked to the person (the person only)',
  tag: 'Persons',
  auth: 'user',
  idempotency: 'none',
  pathParams: personPath,
  response: {
    status: 200,
    description: 'Agent links',
    contentType: json,
    schema: agentLinkListSchema,
  },
} as const satisfies RouteContract;

export const personsAgentRevocationRoute = {
  name: 'personsAgentRevocation',
  method: 'POST',
  path: '/v1/persons/{id}/agents/{userId}/revocation',
  summary: 'The person withdraws an agent (from their own account)',
  tag: 'Persons',
  auth: 'user',
  idempotency: 'optional',
  pathParams: { id: personIdSchema, userId: agentUserIdSchema },
  response: {
    status: 200,
    description: 'The agent link, now REVOKED',
    contentType: json,
    schema: agentRevocationSchema,
  },
} as const satisfies RouteContract;

export const personsMessagesRoute = {
  name: 'personsMessages',
  method: 'GET',
  path: '/v1/persons/{id}/messages',
  summary: "The person's messages, newest first (linked accounts only)",
  tag: 'Persons',
  auth: 'user',
  idempotency: 'none',
  pathParams: personPath,
  response: {
    status: 200,
    description: 'Messages',
    contentType: json,
    schema: inboxMessageListSchema,
  },
} as const satisfies RouteContract;

export const regionsListRoute = {
  name: 'regionsList',
  method: 'GET',
  path: '/v1/regions',
  summary: 'Pooling regions with a policy',
  tag: 'Policies',
  auth: 'public',
  idempotency: 'none',
  response: {
    status: 200,
    description: 'Regions',
    contentType: json,
    schema: policyRegionListSchema,
  },
} as const satisfies RouteContract;

export const regionsPolicyRoute = {
  name: 'regionsPolicy',
  method: 'GET',
  path: '/v1/regions/{code}/policy',
  summary: 'The effective policy of a region, every item with its rule id and clause',
  tag: 'Policies',
  auth: 'public',
  idempotency: 'none',
  pathParams: regionCodePath,
  response: {
    status: 200,
    description: 'The policy',
    contentType: json,
    schema: publicPolicyViewSchema,
  },
} as const satisfies RouteContract;

export const materialsCreateRoute = {
  name: 'materialsCreate',
  method: 'POST',
  path: '/v1/materials',
  summary: 'Declare a material and get a presigned upload limited to its type and size',
  tag: 'Materials',
  auth: 'user',
  idempotency: 'optional',
  body: createMaterialBodySchema,
  response: {
    status: 201,
    description: 'The material id and its upload',
    contentType: json,
    schema: createMaterialResponseSchema,
  },
} as const satisfies RouteContract;

export const materialsGetRoute = {
  name: 'materialsGet',
  method: 'GET',
  path: '/v1/materials/{id}',
  summary: 'Metadata and a short-lived download link',
  tag: 'Materials',
  auth: 'user',
  idempotency: 'none',
  pathParams: { id: materialIdSchema },
  response: { status: 200, description: 'The material', contentType: json, schema: materialSchema },
} as const satisfies RouteContract;

export const filingsCreateRoute = {
  name: 'filingsCreate',
  method: 'POST',
  path: '/v1/filings',
  summary: 'File a registration',
  tag: 'Filings',
  auth: 'user',
  idempotency: 'required',
  body: createFilingBodySchema,
  response: {
    status: 201,
    description: 'The new filing',
    contentType: json,
    schema: filingSchema,
  },
} as const satisfies RouteContract;

export const filingsListRoute = {
  name: 'filingsList',
  method: 'GET',
  path: '/v1/filings',
  summary: "A person's filings (or all the caller may see), newest first",
  tag: 'Filings',
  auth: 'user',
  idempotency: 'none',
  query: filingListQuerySchema,
  response: { status: 200, description: 'Filings', contentType: json, schema: filingListSchema },
} as const satisfies RouteContract;

export const filingsGetRoute = {
  name: 'filingsGet',
  method: 'GET',
  path: '/v1/filings/{id}',
  summary: 'A filing with its history and actions',
  tag: 'Filings',
  auth: 'user',
  idempotency: 'none',
  pathParams: filingPath,
  response: filing,
} as const satisfies RouteContract;

export const filingsSupplementRoute = {
  name: 'filingsSupplement',
  method: 'POST',
  path: '/v1/filings/{id}/supplements',
  summary: 'Supplement materials; complete materials fulfil an open commitment',
  tag: 'Filings',
  auth: 'user',
  idempotency: 'required',
  pathParams: filingPath,
  body: supplementBodySchema,
  response: filing,
} as const satisfies RouteContract;

export const filingsChangeRoute = {
  name: 'filingsChange',
  method: 'POST',
  path: '/v1/filings/{id}/changes',
  summary: 'Change destination or category (version + 1; the previous one stays in history)',
  tag: 'Filings',
  auth: 'user',
  idempotency: 'required',
  pathParams: filingPath,
  body: changeBodySchema,
  response: filing,
} as const satisfies RouteContract;

export const filingsCancelRoute = {
  name: 'filingsCancel',
  method: 'POST',
  path: '/v1/filings/{id}/cancellation',
  summary: 'Cancel the filing (CANCELLED)',
  tag: 'Filings',
  auth: 'user',
  idempotency: 'required',
  pathParams: filingPath,
  body: cancellationBodySchema,
  response: filing,
} as const satisfies RouteContract;

export const filingsExtendRoute = {
  name: 'filingsExtend',
  method: 'POST',
  path: '/v1/filings/{id}/extensions',
  summary: 'Extend a referral where the policy allows it (PZH-4-2-2)',
  tag: 'Filings',
  auth: 'user',
  idempotency: 'required',
  pathParams: filingPath,
  body: extensionBodySchema,
  response: filing,
} as const satisfies RouteContract;

export const filingsResubmitRoute = {
  name: 'filingsResubmit',
  method: 'POST',
  path: '/v1/filings/{id}/resubmission',
  summary: 'A RETURNED filing goes back to review, with corrected proof',
  tag: 'Filings',
  auth: 'user',
  idempotency: 'required',
  pathParams: filingPath,
  body: resubmissionBodySchema,
  response: filing,
} as const satisfies RouteContract;

export const filingsAdmissionsRoute = {
  name: 'filingsAdmissions',
  method: 'POST',
  path: '/v1/filings/{id}/admissions',
  summary:
    'Record a hospital admission, or the discharge of the open one (AH-13-2, YJ-9, PZH-4-2-2)',
  tag: 'Filings',
  auth: 'user',
  idempotency: 'required',
  pathParams: filingPath,
  body: admissionBodySchema,
  response: filing,
} as const satisfies RouteContract;

export const filingsAuditRoute = {
  name: 'filingsAudit',
  method: 'GET',
  path: '/v1/filings/{id}/audit',
  summary: "Every recorded change (the person's linked accounts, their region's reviewers)",
  tag: 'Filings',
  auth: 'user',
  idempotency: 'none',
  pathParams: filingPath,
  response: {
    status: 200,
    description: 'Audit entries, oldest first',
    contentType: json,
    schema: auditTrailSchema,
  },
} as const satisfies RouteContract;

export const reviewQueueRoute = {
  name: 'reviewQueue',
  method: 'GET',
  path: '/v1/review/queue',
  summary:
    "One page of the reviewer's queue, earliest working-day deadline first (`nextCursor` for the next)",
  tag: 'Review',
  auth: 'reviewer',
  idempotency: 'none',
  query: reviewQueueQuerySchema,
  response: {
    status: 200,
    description: 'Queue rows of one page',
    contentType: json,
    schema: reviewQueueSchema,
  },
} as const satisfies RouteContract;

export const reviewDecisionRoute = {
  name: 'reviewDecision',
  method: 'POST',
  path: '/v1/review/{filingId}/decision',
  summary: 'APPROVE, RETURN (every problem at once) or REJECT',
  tag: 'Review',
  auth: 'reviewer',
  idempotency: 'required',
  pathParams: { filingId: filingIdSchema },
  body: reviewDecisionBodySchema,
  response: filing,
} as const satisfies RouteContract;

export const reviewExtensionDecisionRoute = {
  name: 'reviewExtensionDecision',
  method: 'POST',
  path: '/v1/review/{filingId}/extension-decision',
  summary: 'APPROVE or REFUSE a referral extension request (PZH-4-2-2)',
  tag: 'Review',
  auth: 'reviewer',
  idempotency: 'required',
  pathParams: { filingId: filingIdSchema },
  body: extensionDecisionBodySchema,
  response: filing,
} as const satisfies RouteContract;

export const reviewInsuranceStatusEndRoute = {
  name: 'reviewInsuranceStatusEnd',
  method: 'POST',
  path: '/v1/review/{filingId}/insurance-status-end',
  summary: 'End a long-term registration when the insurance status changed (AH 第十三条（一）)',
  tag: 'Review',
  auth: 'reviewer',
  idempotency: 'required',
  pathParams: { filingId: filingIdSchema },
  body: insuranceStatusEndBodySchema,
  response: filing,
} as const satisfies RouteContract;

export const reviewExportRoute = {
  name: 'reviewExport',
  method: 'GET',
  path: '/v1/review/export',
  summary:
    'Start an export of registrations as CSV (UTF-8 with BOM, ID numbers masked), run as a job',
  tag: 'Review',
  auth: 'reviewer',
  idempotency: 'none',
  query: reviewExportQuerySchema,
  response: {
    status: 202,
    description: 'The export started; poll GET /v1/review/exports/{exportId}',
    contentType: json,
    schema: reviewExportStartedSchema,
  },
} as const satisfies RouteContract;

export const reviewExportGetRoute = {
  name: 'reviewExportGet',
  method: 'GET',
  path: '/v1/review/exports/{exportId}',
  summary: "An export's state and, when READY, a download link valid for a few minutes",
  tag: 'Review',
  auth: 'reviewer',
  idempotency: 'none',
  pathParams: { exportId: exportIdSchema },
  response: {
    status: 200,
    description: 'The export',
    contentType: json,
    schema: reviewExportSchema,
  },
} as const satisfies RouteContract;

// 零星报销 (docs/api.md "Reimbursement claims"; AH-47, HA-17, HA-18, HA-19).
const claim = {
  status: 200,
  description: 'The claim',
  contentType: json,
  schema: claimSchema,
} as const;
const claimPath = { id: claimIdSchema };

export const claimsCreateRoute = {
  name: 'claimsCreate',
  method: 'POST',
  path: '/v1/claims',
  summary:
    'Claim bills not settled directly (every missing document at once; AH-47 deadline, or an extension request)',
  tag: 'Claims',
  auth: 'user',
  idempotency: 'required',
  body: createClaimBodySchema,
  response: { status: 201, description: 'The new claim', contentType: json, schema: claimSchema },
} as const satisfies RouteContract;

export const claimsListRoute = {
  name: 'claimsList',
  method: 'GET',
  path: '/v1/claims',
  summary: "A person's claims (or all the caller may see), newest first",
  tag: 'Claims',
  auth: 'user',
  idempotency: 'none',
  query: claimListQuerySchema,
  response: { status: 200, description: 'Claims', contentType: json, schema: claimListSchema },
} as const satisfies RouteContract;

export const claimsGetRoute = {
  name: 'claimsGet',
  method: 'GET',
  path: '/v1/claims/{id}',
  summary: 'A claim with its history and actions',
  tag: 'Claims',
  auth: 'user',
  idempotency: 'none',
  pathParams: claimPath,
  response: claim,
} as const satisfies RouteContract;

export const claimsSupplementRoute = {
  name: 'claimsSupplement',
  method: 'POST',
  path: '/v1/claims/{id}/supplements',
  summary: 'Add documents; a complete RETURNED or extended claim goes back to SUBMITTED',
  tag: 'Claims',
  auth: 'user',
  idempotency: 'required',
  pathParams: claimPath,
  body: claimSupplementBodySchema,
  response: claim,
} as const satisfies RouteContract;

export const reviewClaimsQueueRoute = {
  name: 'reviewClaimsQueue',
  method: 'GET',
  path: '/v1/review/claims',
  summary: "Claims of the reviewer's regions, earliest due date first, paged",
  tag: 'Review',
  auth: 'reviewer',
  idempotency: 'none',
  query: claimQueueQuerySchema,
  response: {
    status: 200,
    description: 'One page of the queue',
    contentType: json,
    schema: claimQueuePageSchema,
  },
} as const satisfies RouteContract;

export const reviewClaimsDecisionRoute = {
  name: 'reviewClaimsDecision',
  method: 'POST',
  path: '/v1/review/claims/{id}/decision',
  summary:
    'APPROVE (HA-19 payment date), RETURN (every problem at once), REJECT, EXTEND_APPROVED or EXTEND_REFUSED (AH-47)',
  tag: 'Review',
  auth: 'reviewer',
  idempotency: 'required',
  pathParams: claimPath,
  body: claimDecisionBodySchema,
  response: claim,
} as const satisfies RouteContract;

export const reviewClaimsPaidRoute = {
  name: 'reviewClaimsPaid',
  method: 'POST',
  path: '/v1/review/claims/{id}/paid',
  summary: 'Record the payment of an approved claim (PAID)',
  tag: 'Review',
  auth: 'reviewer',
  idempotency: 'required',
  pathParams: claimPath,
  body: claimPaidBodySchema,
  response: claim,
} as const satisfies RouteContract;

export const reviewClaimsExportRoute = {
  name: 'reviewClaimsExport',
  method: 'GET',
  path: '/v1/review/claims/export',
  summary: 'Claims as CSV (UTF-8 with BOM), ID numbers masked',
  tag: 'Review',
  auth: 'reviewer',
  idempotency: 'none',
  query: claimExportQuerySchema,
  response: {
    status: 200,
    description: 'CSV attachment',
    contentType: 'text/csv',
    schema: claimCsvSchema,
  },
} as const satisfies RouteContract;

export const adminCalendarRoute = {
  name: 'adminCalendar',
  method: 'PUT',
  path: '/v1/admin/calendar/{year}',
  summary: "Load a year's State Council holiday schedule; every open deadline is recounted on it",
  tag: 'Admin',
  auth: 'admin',
  idempotency: 'none',
  pathParams: { year: calendarYearSchema },
  body: officialScheduleBodySchema,
  response: {
    status: 200,
    description: 'What was stored, and the recount',
    contentType: json,
    schema: calendarImportReportSchema,
  },
} as const satisfies RouteContract;

export const openApiRoute = {
  name: 'openApi',
  method: 'GET',
  path: '/v1/openapi.json',
  summary: 'This API as an OpenAPI 3.1 document',
  tag: 'Meta',
  auth: 'public',
  idempotency: 'none',
  response: {
    status: 200,
    description: 'docs/openapi.json',
    contentType: json,
    schema: openApiDocumentSchema,
  },
} as const satisfies RouteContract;

/** Every route, in the order of docs/api.md. */
export const ROUTES = [
  authLoginRoute,
  authRefreshRoute,
  meRoute,
  meIdentityRoute,
  meSubscriptionsRoute,
  personsCreateRoute,
  personsListRoute,
  personsConsentRoute,
  personsAgentsRoute,
  personsAgentRevocationRoute,
  personsMessagesRoute,
  regionsListRoute,
  regionsPolicyRoute,
  materialsCreateRoute,
  materialsGetRoute,
  filingsCreateRoute,
  filingsListRoute,
  filingsGetRoute,
  filingsSupplementRoute,
  filingsChangeRoute,
  filingsCancelRoute,
  filingsExtendRoute,
  filingsResubmitRoute,
  filingsAdmissionsRoute,
  filingsAuditRoute,
  reviewQueueRoute,
  reviewDecisionRoute,
  reviewExtensionDecisionRoute,
  reviewInsuranceStatusEndRoute,
  reviewExportRoute,
  reviewExportGetRoute,
  claimsCreateRoute,
  claimsListRoute,
  claimsGetRoute,
  claimsSupplementRoute,
  reviewClaimsQueueRoute,
  reviewClaimsDecisionRoute,
  reviewClaimsPaidRoute,
  reviewClaimsExportRoute,
  adminCalendarRoute,
  openApiRoute,
] as const satisfies readonly RouteContract[];

export type RouteName = (typeof ROUTES)[number]['name'];
