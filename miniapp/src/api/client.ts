// The typed API client: one `apiRequest` over Taro.request (wx.request on WeChat, fetch on H5)
// and one small function per endpoint. Request and response types come from @yidi/shared; the
// filing routes' types are read off their route contracts (shared/src/contract), type-only, so
// the bundle gains nothing.
import Taro from '@tarojs/taro';
import type {
  AgentRevocation,
  IdentityBodyInput,
  IdentityResponse,
  BodyInputOf,
  CancellationBody,
  ChangeBody,
  filingsExtendRoute,
  filingsResubmitRoute,
  filingsSupplementRoute,
  ResponseOf,
  reviewQueueRoute,
  CreateFilingBody,
  CreateMaterialBody,
  CreateMaterialResponse,
  CreatePersonBodyInput,
  Filing,
  LoginBody,
  LoginResponse,
  Material,
  MeResponse,
  Person,
  PublicPolicyView,
  ReviewDecisionBodyInput,
  SubscriptionGrants,
  SubscriptionGrantsRequest,
} from '@yidi/shared';
import type { AgentLink, FilingVersion, InboxMessage, PolicyRegionSummary } from './types';
import { apiBase } from './apiBase';
import { decodeApiError, networkError } from './apiError';
import { clearToken, readRefreshToken, readToken, saveToken } from './tokenStore';

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface ApiRequestOptions {
  method?: HttpMethod;
  /** Path below the base URL, starting with '/': '/me', '/filings/abc'. */
  path: string;
  body?: unknown;
  /** Required (docs/api.md) for filing, supplement, change, cancellation and review decisions. */
  idempotencyKey?: string;
  /** Login and the public policy reads go without a token. */
  authenticated?: boolean;
}

const REQUEST_TIMEOUT_MS = 15_000;

function headersFor(options: ApiRequestOptions): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const token = options.authenticated === false ? undefined : readToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  return headers;
}

const LOGIN_PAGE = '/pages/login/index';

// Only these two members are read, and the body is decoded before it is trusted.
async function send(options: ApiRequestOptions): Promise<{ statusCode: number; data: unknown }> {
  try {
    return await Taro.request({
      url: `${apiBase}${options.path}`,
      method: options.method ?? 'GET',
      header: headersFor(options),
      data: options.body,
      dataType: 'json',
      timeout: REQUEST_TIMEOUT_MS,
    });
  } catch (_error) {
    throw networkError();
  }
}

/** One refresh at a time: a refresh token is single-use, so parallel 401s share this one. */
let refreshing: Promise<boolean> | undefined;

/** Exchanges the stored refresh token for a new pair; false when the session is over. */
function refreshSession(refreshToken: string): Promise<boolean> {
  refreshing ??= send({
    method: 'POST',
    path: '/auth/refresh',
    body: { refreshToken },
    authenticated: false,
  })
    .then((response) => {
      const session = response.data as Partial<LoginResponse> | undefined;
      if (response.statusCode !== 200 || !session?.token || !session.refreshToken) return false;
      saveToken(session.token, session.refreshToken);
      return true;
    })
    .catch(() => false)
    .finally(() => {
      refreshing = undefined;
    });
  return refreshing;
}

/**
 * Sends one request and returns the decoded 2xx body. Anything else throws an ApiError. A 401
 * (the 15-minute access token has expired) refreshes the session once and retries the request;
 * when the refresh fails too, the tokens are forgotten and the user is sent to log in.
 */
export async function apiRequest<TResponse>(options: ApiRequestOptions): Promise<TResponse> {
  const authenticated = options.authenticated !== false;
  let response = await send(options);
  const refreshToken = authenticated ? readRefreshToken() : undefined;
  if (response.statusCode === 401 && refreshToken) {
    if (await refreshSession(refreshToken)) {
      response = await send(options);
    } else {
      // The session is over (refresh token expired, revoked or reused): log in again.
      clearToken();
      void Taro.reLaunch({ url: LOGIN_PAGE }).catch(() => undefined);
    }
  }
  if (response.statusCode >= 200 && response.statusCode < 300) {
    return response.data as TResponse;
  }
  if (response.statusCode === 401) clearToken();
  throw decodeApiError(response.statusCode, response.data);
}

export function login(body: LoginBody): Promise<LoginResponse> {
  return apiRequest<LoginResponse>({
    method: 'POST',
    path: '/auth/login',
    body,
    authenticated: false,
  });
}

export function getMe(): Promise<MeResponse> {
  return apiRequest<MeResponse>({ path: '/me' });
}

/** What the user accepted of wx.requestSubscribeMessage; the server counts one-time grants. */
export function reportSubscriptions(
  body: SubscriptionGrantsRequest,
): Promise<{ grants: SubscriptionGrants }> {
  return apiRequest({ method: 'POST', path: '/me/subscriptions', body });
}

export function listPersons(): Promise<Person[]> {
  return apiRequest<Person[]>({ path: '/persons' });
}

// Persons and consent (docs/api.md "Persons"; the consent body is the backend's: {agentUserId}).

export function createPerson(body: CreatePersonBodyInput): Promise<Person> {
  return apiRequest<Person>({ method: 'POST', path: '/persons', body });
}

export function verifyIdentity(body: IdentityBodyInput): Promise<IdentityResponse> {
  return apiRequest<IdentityResponse>({ method: 'POST', path: '/me/identity', body });
}

export function revokeAgent(personId: string, agentUserId: string): Promise<AgentRevocation> {
  return apiRequest<AgentRevocation>({
    method: 'POST',
    path: `/persons/${encodeURIComponent(personId)}/agents/${encodeURIComponent(agentUserId)}/revocation`,
  });
}

export function listAgents(personId: string): Promise<AgentLink[]> {
  return apiRequest<AgentLink[]>({ path: `/persons/${encodeURIComponent(personId)}/agents` });
}

export function giveConsent(personId: string, agentUserId: string): Promise<AgentLink> {
  return apiRequest<AgentLink>({
    method: 'POST',
    path: `/persons/${encodeURIComponent(personId)}/consent`,
    body: { agentUserId },
  });
}

export function listMessages(personId: string): Promise<InboxMessage[]> {
  return apiRequest<InboxMessage[]>({ path: `/persons/${encodeURIComponent(personId)}/messages` });
}

// Public policy reads.

export function listRegions(): Promise<PolicyRegionSummary[]> {
  return apiRequest<PolicyRegionSummary[]>({ path: '/regions', authenticated: false });
}

export function getRegionPolicy(code: string): Promise<PublicPolicyView> {
  return apiRequest<PublicPolicyView>({
    path: `/regions/${encodeURIComponent(code)}/policy`,
    authenticated: false,
  });
}

// Materials.

export function createMaterial(body: CreateMaterialBody): Promise<CreateMaterialResponse> {
  return apiRequest<CreateMaterialResponse>({ method: 'POST', path: '/materials', body });
}

export function getMaterial(id: string): Promise<Material> {
  return apiRequest<Material>({ path: `/materials/${encodeURIComponent(id)}` });
}

// Filings.

const filingPath = (id: string, action = '') => `/filings/${encodeURIComponent(id)}${action}`;

export function createFiling(body: CreateFilingBody, idempotencyKey: string): Promise<Filing> {
  return apiRequest<Filing>({ method: 'POST', path: '/filings', body, idempotencyKey });
}

export function listFilings(personId: string): Promise<Filing[]> {
  return apiRequest<Filing[]>({ path: `/filings?personId=${encodeURIComponent(personId)}` });
}

export function getFiling(id: string): Promise<Filing> {
  return apiRequest<Filing>({ path: filingPath(id) });
}

/** Its versions, oldest first: the 办理记录 (GET filing carries no `history`, layout 3). */
export function getFilingVersions(id: string): Promise<FilingVersion[]> {
  return apiRequest<FilingVersion[]>({ path: filingPath(id, '/audit') });
}

export function supplementFiling(
  id: string,
  body: BodyInputOf<typeof filingsSupplementRoute>,
  idempotencyKey: string,
): Promise<Filing> {
  return apiRequest<Filing>({
    method: 'POST',
    path: filingPath(id, '/supplements'),
    body,
    idempotencyKey,
  });
}

export function changeFiling(
  id: string,
  body: ChangeBody,
  idempotencyKey: string,
): Promise<Filing> {
  return apiRequest<Filing>({
    method: 'POST',
    path: filingPath(id, '/changes'),
    body,
    idempotencyKey,
  });
}

export function cancelFiling(
  id: string,
  body: CancellationBody,
  idempotencyKey: string,
): Promise<Filing> {
  return apiRequest<Filing>({
    method: 'POST',
    path: filingPath(id, '/cancellation'),
    body,
    idempotencyKey,
  });
}

/** PZH-4-2-2: a request with its reason; a reviewer decides it. */
export function extendFiling(
  id: string,
  body: BodyInputOf<typeof filingsExtendRoute>,
  idempotencyKey: string,
): Promise<Filing> {
  return apiRequest<Filing>({
    method: 'POST',
    path: filingPath(id, '/extensions'),
    body,
    idempotencyKey,
  });
}

/** An admission, or (same admissionDate with dischargeDate) the discharge of the open one. */
export function recordAdmission(
  id: string,
  body: {
    expectedVersion: number;
    hospitalName: string;
    admissionDate: string;
    dischargeDate?: string;
  },
  idempotencyKey: string,
): Promise<Filing> {
  return apiRequest<Filing>({
    method: 'POST',
    path: filingPath(id, '/admissions'),
    body,
    idempotencyKey,
  });
}

/** After a RETURN: the same filing goes back for review, with any corrected proof. */
export function resubmitFiling(
  id: string,
  body: BodyInputOf<typeof filingsResubmitRoute>,
  idempotencyKey: string,
): Promise<Filing> {
  return apiRequest<Filing>({
    method: 'POST',
    path: filingPath(id, '/resubmission'),
    body,
    idempotencyKey,
  });
}

// Review (REVIEWER role).

/** One page of the queue; pass the previous page's `nextCursor` for the next one. */
export function getReviewQueue(
  region?: string,
  page: { cursor?: string; limit?: number } = {},
): Promise<ResponseOf<typeof reviewQueueRoute>> {
  const params = [
    ...(region ? [`region=${encodeURIComponent(region)}`, 'status=PENDING_REVIEW'] : []),
    ...(page.limit ? [`limit=${page.limit}`] : []),
    ...(page.cursor ? [`cursor=${encodeURIComponent(page.cursor)}`] : []),
  ];
  const query = params.length > 0 ? `?${params.join('&')}` : '';
  return apiRequest<ResponseOf<typeof reviewQueueRoute>>({ path: `/review/queue${query}` });
}

export function decideReview(
  filingId: string,
  body: ReviewDecisionBodyInput,
  idempotencyKey: string,
): Promise<Filing> {
  return apiRequest<Filing>({
    method: 'POST',
    path: `/review/${encodeURIComponent(filingId)}/decision`,
    body,
    idempotencyKey,
  });
}
