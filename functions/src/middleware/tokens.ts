// Session tokens: HS256 JWTs signed with the stage's secret. Written on node:crypto rather than
// jose, which cost every function 14 KB of the 300 KB bundle budget for this one algorithm; the
// bytes are the ones jose wrote (same header, claims and order), so earlier tokens stay valid.
// Expiry is checked against real time, not X-Clock, so time-travel tests keep their session.
import { createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { ROLES, type Role } from '@yidi/shared';
import type { Caller } from './types';

const ISSUER = 'yidi-api';
const AUDIENCE = 'yidi-miniapp';
const HEADER = { alg: 'HS256', typ: 'JWT' };
const BASE64URL = /^[A-Za-z0-9_-]+$/;

const encodeJson = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

// The HMAC key imported once per secret (per cold start), not on every request.
const hmacKeys = new WeakMap<Uint8Array, KeyObject>();
function hmacKeyOf(secret: Uint8Array): KeyObject {
  let key = hmacKeys.get(secret);
  if (!key) {
    key = createSecretKey(secret);
    hmacKeys.set(secret, key);
  }
  return key;
}
const signatureOf = (signingInput: string, secret: Uint8Array) =>
  createHmac('sha256', hmacKeyOf(secret)).update(signingInput).digest('base64url');

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function issueToken(
  caller: Caller,
  options: { secret: Uint8Array; ttlSeconds: number; issuedAt?: Date },
): { token: string; expiresAt: string } {
  const issuedAtSeconds = Math.floor((options.issuedAt ?? new Date()).getTime() / 1000);
  const expiresAtSeconds = issuedAtSeconds + options.ttlSeconds;
  const claims = {
    roles: caller.roles,
    regions: caller.regions,
    sub: caller.userId,
    iss: ISSUER,
    aud: AUDIENCE,
    iat: issuedAtSeconds,
    exp: expiresAtSeconds,
  };
  const signingInput = `${encodeJson(HEADER)}.${encodeJson(claims)}`;
  return {
    token: `${signingInput}.${signatureOf(signingInput, options.secret)}`,
    expiresAt: new Date(expiresAtSeconds * 1000).toISOString(),
  };
}

/** A segment's JSON object, or undefined when it is not base64url of UTF-8 JSON of an object. */
function objectOf(segment: string): Record<string, unknown> | undefined {
  try {
    const text = utf8.decode(Buffer.from(segment, 'base64url'));
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function signatureMatches(signingInput: string, signature: string, secret: Uint8Array): boolean {
  // Compared as canonical base64url text: an HMAC-SHA256 is always 43 characters.
  const expected = Buffer.from(signatureOf(signingInput, secret));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** The checks jose's jwtVerify made for us (HS256 only, issuer, audience, exp, nbf), plus typ. */
function claimsAreValid(claims: Record<string, unknown>, nowSeconds: number): boolean {
  const { iss, aud, exp, nbf, iat, sub } = claims;
  const audiences = Array.isArray(aud) ? aud : [aud];
  return (
    iss === ISSUER &&
    audiences.includes(AUDIENCE) &&
    // We always set exp; a token without one is not ours.
    isNumber(exp) &&
    exp > nowSeconds &&
    (nbf === undefined || (isNumber(nbf) && nbf <= nowSeconds)) &&
    (iat === undefined || isNumber(iat)) &&
    typeof sub === 'string' &&
    sub !== ''
  );
}

// Every token we issue has the same header segment: once judged, it is not decoded again.
const acceptedHeaders = new Set<string>();
const MAX_ACCEPTED_HEADERS = 8;

/** Only the algorithm we sign with: never 'none', never a key-confusion alternative; no crit. */
function headerIsAccepted(segment: string): boolean {
  if (acceptedHeaders.has(segment)) return true;
  const header = objectOf(segment);
  const accepted =
    header?.alg === 'HS256' &&
    (header.typ === undefined || header.typ === 'JWT') &&
    header.crit === undefined;
  if (accepted && acceptedHeaders.size < MAX_ACCEPTED_HEADERS) acceptedHeaders.add(segment);
  return accepted;
}

/** The caller, or undefined for a missing, forged, expired or malformed token. */
export function verifyToken(
  token: string,
  secret: Uint8Array,
  now: Date = new Date(),
): Caller | undefined {
  const segments = token.split('.');
  if (segments.length !== 3 || !segments.every((segment) => BASE64URL.test(segment))) {
    return undefined;
  }
  const [header, payload, signature] = segments as [string, string, string];
  if (!headerIsAccepted(header)) return undefined;
  if (!signatureMatches(`${header}.${payload}`, signature, secret)) return undefined;
  const claims = objectOf(payload);
  if (!claims || !claimsAreValid(claims, Math.floor(now.getTime() / 1000))) return undefined;
  const roles = Array.isArray(claims.roles)
    ? claims.roles.filter((role): role is Role => (ROLES as readonly unknown[]).includes(role))
    : [];
  const regions = Array.isArray(claims.regions)
    ? claims.regions.filter((region): region is string => typeof region === 'string')
    : [];
  return { userId: claims.sub as string, roles, regions };
}
