// The typed API client: one `apiRequest` over Taro.request (wx.request on WeChat, fetch on H5)
// and one small function per endpoint. Request and response types come from @yidi/shared.
import Taro from '@tarojs/taro';
import type { LoginBody, LoginResponse, MeResponse, Person } from '@yidi/shared';
import { apiBase } from './apiBase';
import { decodeApiError, networkError } from './apiError';
import { clearToken, readToken } from './tokenStore';

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface ApiRequestOptions {
  method?: HttpMethod;
  /** Path below the base URL, starting with '/': '/me', '/filings/abc'. */
  path: string;
  body?: unknown;
  /** Required by API.md for filing, supplement, change, cancellation and review decisions. */
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

/**
 * Sends one request and returns the decoded 2xx body. Anything else throws an ApiError; a 401
 * also forgets the token, so the next screen asks the user to log in again.
 */
export async function apiRequest<TResponse>(options: ApiRequestOptions): Promise<TResponse> {
  // Only these two members are read, and the body is decoded before it is trusted.
  let response: { statusCode: number; data: unknown };
  try {
    response = await Taro.request({
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

export function listPersons(): Promise<Person[]> {
  return apiRequest<Person[]>({ path: '/persons' });
}
