// Session tokens: HS256 JWTs signed with the stage's secret. Expiry is checked against real
// time, not X-Clock, so time-travel tests keep their session.
import { jwtVerify, SignJWT } from 'jose';
import { ROLES, type Role } from '@yidi/shared';
import type { Caller } from './types';

const ISSUER = 'yidi-api';
const AUDIENCE = 'yidi-miniapp';

export async function issueToken(
  caller: Caller,
  options: { secret: Uint8Array; ttlSeconds: number; issuedAt?: Date },
): Promise<{ token: string; expiresAt: string }> {
  const issuedAtSeconds = Math.floor((options.issuedAt ?? new Date()).getTime() / 1000);
  const expiresAtSeconds = issuedAtSeconds + options.ttlSeconds;
  const token = await new SignJWT({ roles: caller.roles, regions: caller.regions })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(caller.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAtSeconds)
    .setExpirationTime(expiresAtSeconds)
    .sign(options.secret);
  return { token, expiresAt: new Date(expiresAtSeconds * 1000).toISOString() };
}

/** The caller, or undefined for a missing, forged, expired or malformed token. */
export async function verifyToken(token: string, secret: Uint8Array): Promise<Caller | undefined> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    const roles = Array.isArray(payload.roles)
      ? payload.roles.filter((role): role is Role => (ROLES as readonly unknown[]).includes(role))
      : [];
    const regions = Array.isArray(payload.regions)
      ? payload.regions.filter((region): region is string => typeof region === 'string')
      : [];
    if (!payload.sub) return undefined;
    return { userId: payload.sub, roles, regions };
  } catch {
    return undefined;
  }
}
