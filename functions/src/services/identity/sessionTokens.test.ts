import { loadStageConfig } from '../../config/stage';
import { verifyToken } from '../../middleware/tokens';
import {
  accessTokenFor,
  hashOfSecret,
  newFamilyId,
  newSecret,
  parseRefreshToken,
  refreshTokenOf,
  secretMatches,
} from './sessionTokens';

const settings = {
  jwtSecret: new TextEncoder().encode('unit-test-secret-unit-test-secret'),
  accessTtlSeconds: 15 * 60,
  refreshTtlSeconds: 30 * 24 * 3600,
};

describe('refresh tokens', () => {
  it('round-trips a token it issued and matches the secret only against its own hash', () => {
    const { secret, hash } = newSecret();
    const familyId = newFamilyId();
    expect(parseRefreshToken(refreshTokenOf(familyId, secret))).toEqual({ familyId, secret });
    expect(hash).toBe(hashOfSecret(secret));
    expect(hash).not.toContain(secret);
    expect(secretMatches(secret, hash)).toBe(true);
    expect(secretMatches(newSecret().secret, hash)).toBe(false);
  });

  it('draws a new secret each time', () => {
    expect(newSecret().secret).not.toBe(newSecret().secret);
    expect(newFamilyId()).not.toBe(newFamilyId());
  });

  it.each(['', 'abc', 'a.b', `${'A'.repeat(22)}.${'B'.repeat(20)}`, `x y.${'B'.repeat(43)}`])(
    'refuses %j as a refresh token',
    (token) => {
      expect(parseRefreshToken(token)).toBeUndefined();
    },
  );
});

describe('access tokens', () => {
  const user = { id: 'dev_alice', roles: ['INSURED' as const], regions: [] };

  it('lives exactly the configured time, judged by the given real time', () => {
    const issuedAt = new Date('2026-12-01T10:00:00Z');
    const { token, expiresAt } = accessTokenFor(user, settings, issuedAt);
    expect(expiresAt).toBe('2026-12-01T10:15:00.000Z');
    const secret = settings.jwtSecret;
    expect(verifyToken(token, secret, new Date('2026-12-01T10:14:59Z'))?.userId).toBe('dev_alice');
    expect(verifyToken(token, secret, new Date('2026-12-01T10:15:00Z'))).toBeUndefined();
  });

  it('is never configured longer than 15 minutes', () => {
    expect(loadStageConfig({ STAGE: 'test' }).tokenTtlSeconds).toBe(900);
    expect(loadStageConfig({ STAGE: 'test', TOKEN_TTL_SECONDS: '60' }).tokenTtlSeconds).toBe(60);
    expect(() => loadStageConfig({ STAGE: 'test', TOKEN_TTL_SECONDS: '43200' })).toThrow(
      /TOKEN_TTL_SECONDS/,
    );
  });
});
