// POST /v1/auth/refresh: exchanges a refresh token for a new access token and the next refresh
// token. The user's roles and regions are read again, so a removed role ends at the next refresh
// (≤ 15 minutes). A secret the family no longer holds — a consumed one presented again — revokes
// the family: whoever holds either copy must log in again.
import type { RefreshBody } from '@yidi/shared';
import { AppError } from '../../errors';
import type { RefreshTokenRepository, UserRepository } from '../../store';
import {
  accessTokenFor,
  epochSeconds,
  newSecret,
  parseRefreshToken,
  refreshTokenOf,
  secretMatches,
  type SessionSettings,
} from './sessionTokens';

export interface RefreshDeps extends SessionSettings {
  users: Pick<UserRepository, 'get'>;
  refreshTokens: Pick<RefreshTokenRepository, 'get' | 'rotate' | 'revoke'>;
}

const sessionEnded = () => new AppError('UNAUTHENTICATED');

/** `now` is the server's real time (see sessionTokens.ts). */
export async function refreshSession(deps: RefreshDeps, body: RefreshBody, now: Date) {
  const parts = parseRefreshToken(body.refreshToken);
  if (!parts) throw sessionEnded();
  const family = await deps.refreshTokens.get(parts.familyId);
  const nowEpoch = epochSeconds(now);
  if (!family || family.revokedAt || family.expiresAtEpoch <= nowEpoch) throw sessionEnded();
  if (!secretMatches(parts.secret, family.currentHash)) {
    await deps.refreshTokens.revoke(family.familyId, now.toISOString());
    throw sessionEnded();
  }
  const user = await deps.users.get(family.userId);
  if (!user) throw sessionEnded();
  const next = newSecret();
  const outcome = await deps.refreshTokens.rotate({
    familyId: family.familyId,
    fromHash: family.currentHash,
    toHash: next.hash,
    at: now.toISOString(),
    nowEpoch,
    expiresAtEpoch: nowEpoch + deps.refreshTtlSeconds,
  });
  if (outcome === 'STALE') {
    // A twin request consumed the same secret first: that is a second use, so the family ends.
    await deps.refreshTokens.revoke(family.familyId, now.toISOString());
    throw sessionEnded();
  }
  const sessionUser = { id: user.id, roles: user.roles, regions: user.regions };
  const { token, expiresAt } = accessTokenFor(sessionUser, deps, now);
  return {
    token,
    expiresAt,
    refreshToken: refreshTokenOf(family.familyId, next.secret),
    user: sessionUser,
  };
}
