// Sessions: a missing, expired, forged (other key), unsigned (alg none), tampered (payload edited
// after signing), wrong-issuer or wrong-audience token is 401 on every authenticated route —
// including a tampered one that promotes itself to REVIEWER or ADMIN.
import { SignJWT } from 'jose';
import { build as buildGetFiling } from '../../src/http/filings/get';
import { build as buildListFilings } from '../../src/http/filings/list';
import { build as buildCreateMaterial } from '../../src/http/materials/create';
import { build as buildMe } from '../../src/http/me/get';
import { build as buildListPersons } from '../../src/http/persons/list';
import { build as buildDecision } from '../../src/http/review/decision';
import { build as buildExport } from '../../src/http/review/export';
import { build as buildQueue } from '../../src/http/review/queue';
import type { LambdaHandler } from '../../src/http/route';
import { issueToken } from '../../src/middleware/tokens';
import type { Runtime } from '../../src/runtime';
import { testRuntime, testUser, type TestUser } from '../filings.support';
import { invoke } from '../support/http';
import { envelopeProblem } from '../robustness/envelope';

let runtime: Runtime;
let user: TestUser;
beforeAll(async () => {
  runtime = await testRuntime();
  user = await testUser(runtime);
});

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const partsOf = (token: string) => token.split('.') as [string, string, string];

const BAD_TOKENS: [string, () => Promise<string | undefined>][] = [
  ['no token', async () => undefined],
  ['a malformed token', async () => 'a.b'],
  [
    'a token signed with another key (forged)',
    async () =>
      (
        await issueToken(user, {
          secret: new TextEncoder().encode('attacker-chosen-secret-0123456789abcdef'),
          ttlSeconds: 600,
        })
      ).token,
  ],
  [
    'an expired token',
    async () =>
      (
        await issueToken(user, {
          secret: runtime.config.jwtSecret,
          ttlSeconds: 60,
          issuedAt: new Date(Date.now() - 2 * 3600_000),
        })
      ).token,
  ],
  [
    'an unsigned token (alg none) with a valid-looking payload',
    async () => {
      const [, payload] = partsOf(user.token);
      return `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`;
    },
  ],
  [
    'a tampered payload promoting itself to ADMIN (signature kept)',
    async () => {
      const [header, payload, signature] = partsOf(user.token);
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      const promoted = b64({ ...claims, roles: ['ADMIN', 'REVIEWER'], regions: ['340100'] });
      return `${header}.${promoted}.${signature}`;
    },
  ],
  [
    'a tampered subject (another user id, signature kept)',
    async () => {
      const [header, payload, signature] = partsOf(user.token);
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      return `${header}.${b64({ ...claims, sub: 'dev_alice' })}.${signature}`;
    },
  ],
  [
    'an HS512 token with the right key (algorithm not allowed)',
    async () =>
      new SignJWT({ roles: ['INSURED'] })
        .setProtectedHeader({ alg: 'HS512' })
        .setSubject(user.userId)
        .setIssuer('yidi-api')
        .setAudience('yidi-miniapp')
        .setExpirationTime('1h')
        .sign(runtime.config.jwtSecret),
  ],
  [
    'a token from another issuer',
    async () =>
      new SignJWT({ roles: ['INSURED'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(user.userId)
        .setIssuer('someone-else')
        .setAudience('yidi-miniapp')
        .setExpirationTime('1h')
        .sign(runtime.config.jwtSecret),
  ],
];

const ROUTES: [string, (runtime: Runtime) => LambdaHandler][] = [
  ['GET /v1/me', buildMe],
  ['GET /v1/persons', buildListPersons],
  ['GET /v1/filings', buildListFilings],
  ['GET /v1/filings/{id}', buildGetFiling],
  ['POST /v1/materials', buildCreateMaterial],
  ['GET /v1/review/queue', buildQueue],
  ['GET /v1/review/export', buildExport],
  ['POST /v1/review/{filingId}/decision', buildDecision],
];

describe.each(BAD_TOKENS)('%s', (_label, tokenOf) => {
  it.each(ROUTES)('%s → 401 UNAUTHENTICATED', async (routeKey, build) => {
    const token = await tokenOf();
    const response = await invoke(build(runtime), {
      routeKey,
      ...(token ? { token } : {}),
      pathParameters: { id: 'f-1', filingId: 'f-1' },
      body: {},
    });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('UNAUTHENTICATED');
    expect(envelopeProblem(response)).toBeUndefined();
  });
});

it('the genuine token passes (the cases above fail for the token alone)', async () => {
  const response = await invoke(buildMe(runtime), { routeKey: 'GET /v1/me', token: user.token });
  expect(response.status).toBe(200);
});
