// 零星报销 calls (docs/api.md "Reimbursement claims"), beside the filing client so the claims
// pages stay in their own files.
import type {
  Claim,
  ClaimDecisionBodyInput,
  ClaimQueuePage,
  CreateClaimBodyInput,
} from '@yidi/shared';
import { apiRequest } from './client';

const claimPath = (id: string, action = '') => `/claims/${encodeURIComponent(id)}${action}`;
const reviewPath = (id: string, action: string) =>
  `/review/claims/${encodeURIComponent(id)}${action}`;

export function createClaim(body: CreateClaimBodyInput, idempotencyKey: string): Promise<Claim> {
  return apiRequest<Claim>({ method: 'POST', path: '/claims', body, idempotencyKey });
}

export function listClaims(personId?: string): Promise<Claim[]> {
  const query = personId ? `?personId=${encodeURIComponent(personId)}` : '';
  return apiRequest<Claim[]>({ path: `/claims${query}` });
}

export function getClaim(id: string): Promise<Claim> {
  return apiRequest<Claim>({ path: claimPath(id) });
}

export function supplementClaim(
  id: string,
  body: { expectedVersion: number; materialIds: string[] },
  idempotencyKey: string,
): Promise<Claim> {
  return apiRequest<Claim>({
    method: 'POST',
    path: claimPath(id, '/supplements'),
    body,
    idempotencyKey,
  });
}

/** One page of the reviewer's claims, earliest due date first; pass nextCursor for the next. */
export function getClaimQueue(region?: string, cursor?: string): Promise<ClaimQueuePage> {
  const query = new URLSearchParamsLite().set('region', region).set('cursor', cursor).toString();
  return apiRequest<ClaimQueuePage>({ path: `/review/claims${query}` });
}

export function decideClaim(
  id: string,
  body: ClaimDecisionBodyInput,
  idempotencyKey: string,
): Promise<Claim> {
  return apiRequest<Claim>({
    method: 'POST',
    path: reviewPath(id, '/decision'),
    body,
    idempotencyKey,
  });
}

export function markClaimPaid(
  id: string,
  body: { expectedVersion: number },
  idempotencyKey: string,
): Promise<Claim> {
  return apiRequest<Claim>({ method: 'POST', path: reviewPath(id, '/paid'), body, idempotencyKey });
}

/** URLSearchParams is missing from the WeChat runtime; this builds the few queries needed. */
class URLSearchParamsLite {
  private readonly parts: string[] = [];

  set(name: string, value: string | undefined): this {
    if (value) this.parts.push(`${name}=${encodeURIComponent(value)}`);
    return this;
  }

  toString(): string {
    return this.parts.length > 0 ? `?${this.parts.join('&')}` : '';
  }
}
