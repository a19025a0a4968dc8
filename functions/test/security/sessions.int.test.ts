// Issue 11, point 6: short access tokens with one-use refresh tokens. Against DynamoDB Local: the
// refresh works and rotates, a consumed refresh token revokes its family, an expired access token
// is 401, a removed role ends at the next refresh, and only a hash of the secret is stored.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { build as buildLogin } from '../../src/http/auth/login';
import { build as buildRefresh } from '../../src/http/auth/refresh';
import { build as buildMe } from '../../src/http/me/get';
import { build as buildQueue } from '../../src/http/review/queue';
import { issueToken } from '../../src/middleware/tokens';
import type { Runtime } from '../../src/runtime';
import { createDocumentClient } from '../../src/store';
import { refreshFamilyKey } from '../../src/store/refreshTokens';
import { invoke } from '../support/http';
import { testRuntime } from '../support/testRuntime';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

const login = async (devUser: string, extra: Record<string, unknown> = {}) => {
  const response = await invoke(buildLogin(runtime), {
    routeKey: 'POST /v1/auth/login',
    body: { provider: 'dev', devUser, ...extra },
  });
  expect(response.status).toBe(200);
  return response.body as { token: string; refreshToken: string; expiresAt: string };
};
const refresh = (refreshToken: unknown) =>
  invoke(buildRefresh(runtime), { routeKey: 'POST /v1/auth/refresh', body: { refreshToken } });
const me = (token: string, headers: Record<string, string> = {}) =>
  invoke(buildMe(runtime), { routeKey: 'GET /v1/me', token, headers });

describe('POST /v1/auth/refresh', () => {
  it('gives a 15-minute access token and a new refresh token for the current one', async () => {
    const session = await login('sessionUser');
    const lifetime = Date.parse(session.expiresAt) - Date.now();
    expect(lifetime).toBeLessThanOrEqual(15 * 60_000);
    expect(lifetime).toBeGreaterThan(14 * 60_000);

    const next = await refresh(session.refreshToken);
    expect(next.status).toBe(200);
    expect(next.body.user.id).toBe('dev_sessionUser');
    expect(next.body.refreshToken).not.toBe(session.refreshToken);
    expect((await me(next.body.token)).status).toBe(200);
    // The next one works in turn: rotation, not a single extra use.
    const third = await refresh(next.body.refreshToken);
    expect(third.status).toBe(200);
  });

  it('revokes the family when a consumed refresh token is presented again', async () => {
    const session = await login('reuseUser');
    const next = await refresh(session.refreshToken);
    expect(next.status).toBe(200);

    const replay = await refresh(session.refreshToken);
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('UNAUTHENTICATED');
    // The legitimate holder's newer token is gone with the family.
    expect((await refresh(next.body.refreshToken)).status).toBe(401);
    // A new login starts a new family.
    expect((await refresh((await login('reuseUser')).refreshToken)).status).toBe(200);
  });

  it('lets only one of two concurrent uses of the same token through', async () => {
    const session = await login('raceUser');
    const answers = await Promise.all([
      refresh(session.refreshToken),
      refresh(session.refreshToken),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401]);
  });

  it('stores only a hash of the secret', async () => {
    const session = await login('hashUser');
    const [familyId, secret] = session.refreshToken.split('.') as [string, string];
    const client = createDocumentClient({
      tableName: runtime.config.tableName,
      region: runtime.config.region,
      ...(runtime.config.dynamoEndpoint ? { endpoint: runtime.config.dynamoEndpoint } : {}),
    });
    const { Item } = await client.send(
      new GetCommand({ TableName: runtime.config.tableName, Key: refreshFamilyKey(familyId) }),
    );
    expect(Item).toMatchObject({ userId: 'dev_hashUser', expiresAtEpoch: expect.any(Number) });
    expect(JSON.stringify(Item)).not.toContain(secret);
  });

  it.each([
    ['an unknown family', 'AAAAAAAAAAAAAAAAAAAAAA.' + 'B'.repeat(43), 401],
    ['a malformed token', 'not a token', 422],
    ['a number', 42, 422],
  ])('refuses %s', async (_label, token, status) => {
    expect((await refresh(token)).status).toBe(status);
  });

  it('re-reads the roles: a removed role ends at the next refresh', async () => {
    const reviewer = await login('roleUser', { roles: ['REVIEWER'], regions: ['340300'] });
    const queue = (token: string) =>
      invoke(buildQueue(runtime), {
        routeKey: 'GET /v1/review/queue',
        token,
        query: { region: '340300' },
      });
    expect((await queue(reviewer.token)).status).toBe(200);
    // The role is taken away (the dev login rewrites the profile's roles).
    await login('roleUser', { roles: ['INSURED'], regions: [] });

    const next = await refresh(reviewer.refreshToken);
    expect(next.status).toBe(200);
    expect(next.body.user.roles).toEqual(['INSURED']);
    expect((await queue(next.body.token)).status).toBe(403);
  });
});

describe('access-token expiry', () => {
  it('is 401 once the access token has expired, by the real clock', async () => {
    const expired = issueToken(
      { userId: 'dev_sessionUser', roles: ['INSURED'], regions: [] },
      {
        secret: runtime.config.jwtSecret,
        ttlSeconds: 15 * 60,
        issuedAt: new Date(Date.now() - 16 * 60_000),
      },
    );
    const response = await me(expired.token);
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('is not judged by X-Clock: a time-travelling test keeps its session', async () => {
    const session = await login('travelUser');
    expect((await me(session.token, { 'x-clock': '2031-01-01T00:00:00Z' })).status).toBe(200);
  });
});
