// The pair a session holds: a short-lived access token (JWT, ≤ 15 minutes, carries roles and
// regions) and a one-use refresh token `<familyId>.<secret>` (random; the server keeps only the
// secret's SHA-256). Lifetimes run on the server's real clock, never X-Clock, so a test that
// travels in time keeps its session and a forged clock header cannot stretch a token.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '@yidi/shared';
import { issueToken } from '../../middleware/tokens';

export interface SessionSettings {
  jwtSecret: Uint8Array;
  /** Access-token lifetime; config caps it at 15 minutes. */
  accessTtlSeconds: number;
  /** A family unused for this long ends (the TTL of its item). */
  refreshTtlSeconds: number;
}

export interface SessionUser {
  id: string;
  roles: Role[];
  regions: string[];
}

export const hashOfSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('base64url');

/** A fresh random secret and its hash: 32 bytes, so it can be neither guessed nor enumerated. */
export function newSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, hash: hashOfSecret(secret) };
}

export const newFamilyId = (): string => randomBytes(16).toString('base64url');

export const refreshTokenOf = (familyId: string, secret: string): string => `${familyId}.${secret}`;

/** The parts of a refresh token, or undefined when it is not one we could have issued. */
export function parseRefreshToken(token: string): { familyId: string; secret: string } | undefined {
  const match = /^([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{32,64})$/.exec(token);
  return match ? { familyId: match[1]!, secret: match[2]! } : undefined;
}

/** Constant-time comparison of a presented secret with the stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashOfSecret(secret));
  const stored = Buffer.from(storedHash);
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export const epochSeconds = (at: Date): number => Math.floor(at.getTime() / 1000);

export function accessTokenFor(user: SessionUser, settings: SessionSettings, issuedAt: Date) {
  return issueToken(
    { userId: user.id, roles: user.roles, regions: user.regions },
    { secret: settings.jwtSecret, ttlSeconds: settings.accessTtlSeconds, issuedAt },
  );
}
