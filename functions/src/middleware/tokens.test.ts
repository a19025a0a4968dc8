import { issueToken, verifyToken } from './tokens';

const secret = new TextEncoder().encode('unit-test-secret-unit-test-secret-0001');
const caller = { userId: 'dev_alice', roles: ['INSURED' as const], regions: ['340300'] };

describe('session tokens', () => {
  it('round-trips the caller', async () => {
    const { token, expiresAt } = await issueToken(caller, { secret, ttlSeconds: 600 });
    expect(await verifyToken(token, secret)).toEqual(caller);
    expect(Date.parse(expiresAt)).toBeGreaterThan(Date.now());
  });

  it.each([
    [
      'another secret',
      async () =>
        (
          await issueToken(caller, {
            secret: new TextEncoder().encode('x'.repeat(40)),
            ttlSeconds: 600,
          })
        ).token,
    ],
    [
      'an expired token',
      async () =>
        (
          await issueToken(caller, {
            secret,
            ttlSeconds: 10,
            issuedAt: new Date(Date.now() - 60_000),
          })
        ).token,
    ],
    ['garbage', async () => 'a.b.c'],
  ])('rejects %s', async (_label, tokenOf) => {
    expect(await verifyToken(await tokenOf(), secret)).toBeUndefined();
  });

  it('drops roles it does not know', async () => {
    const { token } = await issueToken(
      { ...caller, roles: ['INSURED', 'ROOT' as never] },
      { secret, ttlSeconds: 600 },
    );
    expect((await verifyToken(token, secret))?.roles).toEqual(['INSURED']);
  });
});
