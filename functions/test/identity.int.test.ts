import { SignJWT } from 'jose';
import { loadStageConfig } from '../src/config/stage';
import { build as buildLogin } from '../src/http/auth/login';
import { build as buildMe } from '../src/http/me/get';
import { build as buildCreateMaterial } from '../src/http/materials/create';
import { build as buildCreatePerson } from '../src/http/persons/create';
import { issueToken } from '../src/middleware/tokens';
import { createRuntime, type Runtime } from '../src/runtime';
import { invoke, loginAs, verifyAs } from './support/http';
import { testPerson } from './support/people';
import { DEPLOYED_ENV, DEPLOYED_SECRETS, testRuntime } from './support/testRuntime';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

describe('POST /v1/auth/login', () => {
  it('logs a dev user in with the roles and regions asked for (test stage)', async () => {
    const response = await invoke(buildLogin(runtime), {
      routeKey: 'POST /v1/auth/login',
      body: { provider: 'dev', devUser: 'carol', roles: ['REVIEWER'], regions: ['340300'] },
    });
    expect(response.status).toBe(200);
    expect(response.body.user).toEqual({
      id: 'dev_carol',
      roles: ['REVIEWER'],
      regions: ['340300'],
    });
    expect(typeof response.body.token).toBe('string');
    expect(Date.parse(response.body.expiresAt)).toBeGreaterThan(Date.now());
  });

  it('exchanges a WeChat code server-side and never returns the session key', async () => {
    const response = await invoke(buildLogin(runtime), {
      routeKey: 'POST /v1/auth/login',
      body: { provider: 'wechat', code: 'code-from-wx-login' },
    });
    expect(response.status).toBe(200);
    expect(response.body.user.id).toMatch(/^wx_[0-9a-f]{32}$/);
    expect(JSON.stringify(response.body)).not.toMatch(/session_?key|openid/i);
    const again = await invoke(buildLogin(runtime), {
      routeKey: 'POST /v1/auth/login',
      body: { provider: 'wechat', code: 'code-from-wx-login' },
    });
    expect(again.body.user.id).toBe(response.body.user.id);
  });

  it.each([
    ['an invalid WeChat code', { provider: 'wechat', code: 'invalid' }, 401, 'UNAUTHENTICATED'],
    ['an unknown provider', { provider: 'github', code: 'x' }, 422, 'VALIDATION_FAILED'],
    ['a bad dev user name', { provider: 'dev', devUser: '爱丽丝' }, 422, 'VALIDATION_FAILED'],
  ])('refuses %s', async (_label, body, status, code) => {
    const response = await invoke(buildLogin(runtime), { routeKey: 'POST /v1/auth/login', body });
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
  });

  it('refuses dev login in a deployed stage', async () => {
    const deployed = createRuntime(loadStageConfig(DEPLOYED_ENV, DEPLOYED_SECRETS), {
      store: runtime.store,
      logger: runtime.logger,
    });
    const response = await invoke(buildLogin(deployed), {
      routeKey: 'POST /v1/auth/login',
      body: { provider: 'dev', devUser: 'alice' },
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('FORBIDDEN');
  });
});

describe('authentication (GET /v1/me)', () => {
  const me = () => buildMe(runtime);

  it('returns the user, the verified identity (masked) and the persons they may act for', async () => {
    const { token, userId } = await loginAs(runtime, 'me-user');
    const self = testPerson({ name: '孟浩然' });
    await verifyAs(runtime, token, self);
    await invoke(buildCreatePerson(runtime), {
      routeKey: 'POST /v1/persons',
      token,
      body: self,
    });
    const response = await invoke(me(), { routeKey: 'GET /v1/me', token });
    expect(response.status).toBe(200);
    expect(response.body.user).toEqual({ id: userId, roles: ['INSURED'], regions: [] });
    expect(response.body.identity).toEqual({
      name: '孟浩然',
      idNumberMasked: `${self.idNumber.slice(0, 4)}**********${self.idNumber.slice(-4)}`,
      provider: 'dev',
      verifiedAt: expect.any(String),
    });
    expect(JSON.stringify(response.body)).not.toContain(self.idNumber);
    expect(response.body.persons).toHaveLength(1);
    expect(response.body.persons[0]).toMatchObject({
      relationship: 'SELF',
      authorization: 'ACTIVE',
    });
  });

  it.each([
    ['no token', async () => undefined],
    ['a malformed token', async () => 'not-a-jwt'],
    [
      'a token signed with another secret (forged)',
      async () =>
        (
          await issueToken(
            { userId: 'dev_alice', roles: ['ADMIN'], regions: [] },
            {
              secret: new TextEncoder().encode('some-other-secret-0123456789abcdef'),
              ttlSeconds: 600,
            },
          )
        ).token,
    ],
    [
      'an expired token',
      async () =>
        (
          await issueToken(
            { userId: 'dev_alice', roles: ['INSURED'], regions: [] },
            {
              secret: runtime.config.jwtSecret,
              ttlSeconds: 60,
              issuedAt: new Date(Date.now() - 3600_000),
            },
          )
        ).token,
    ],
    [
      'an unsigned (alg none) token',
      async () =>
        `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"dev_alice"}').toString('base64url')}.`,
    ],
    [
      'a token for another audience',
      async () =>
        new SignJWT({ roles: ['INSURED'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('dev_alice')
          .setIssuer('yidi-api')
          .setAudience('someone-else')
          .setExpirationTime('1h')
          .sign(runtime.config.jwtSecret),
    ],
  ])('is 401 UNAUTHENTICATED with %s', async (_label, tokenOf) => {
    const token = await tokenOf();
    const response = await invoke(me(), { routeKey: 'GET /v1/me', ...(token ? { token } : {}) });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('UNAUTHENTICATED');
    expect(response.body.error.message).toMatch(/登录/);
  });
});

describe('X-Clock', () => {
  const travelTo = '2030-06-01T09:00:00+08:00';

  it('is honoured in the test stage', async () => {
    const { token } = await loginAs(runtime, 'clock-test');
    const self = testPerson();
    await verifyAs(runtime, token, self);
    const person = await invoke(buildCreatePerson(runtime), {
      routeKey: 'POST /v1/persons',
      token,
      body: self,
    });
    const response = await invoke(buildCreateMaterial(runtime), {
      routeKey: 'POST /v1/materials',
      token,
      headers: { 'X-Clock': travelTo },
      body: {
        personId: person.body.id,
        docType: 'IDENTITY',
        contentType: 'image/png',
        size: 10,
        sha256: 'a'.repeat(64),
      },
    });
    expect(response.status).toBe(201);
    // Uploads may start for 15 minutes from "now".
    expect(response.body.upload.expiresAt).toBe('2030-06-01T01:15:00.000Z');
  });

  it('is ignored in a deployed stage', async () => {
    const deployed = createRuntime(loadStageConfig(DEPLOYED_ENV, DEPLOYED_SECRETS), {
      store: runtime.store,
      storage: runtime.storage,
      logger: runtime.logger,
    });
    const login = await loginAs(runtime, 'deployed-clock');
    const self = testPerson();
    await verifyAs(runtime, login.token, self);
    const person = await invoke(buildCreatePerson(runtime), {
      routeKey: 'POST /v1/persons',
      token: login.token,
      body: self,
    });
    // The deployed runtime shares the test table but signs tokens with its own secret.
    const { token } = await issueToken(
      { userId: login.userId, roles: ['INSURED'], regions: [] },
      { secret: deployed.config.jwtSecret, ttlSeconds: 600 },
    );
    const response = await invoke(buildCreateMaterial(deployed), {
      routeKey: 'POST /v1/materials',
      token,
      headers: { 'X-Clock': travelTo },
      body: {
        personId: person.body.id,
        docType: 'IDENTITY',
        contentType: 'image/png',
        size: 10,
        sha256: 'b'.repeat(64),
      },
    });
    expect(response.status).toBe(201);
    const expiresAt = Date.parse(response.body.upload.expiresAt);
    expect(Math.abs(expiresAt - (Date.now() + 15 * 60_000))).toBeLessThan(60_000);
  });

  it('must be an ISO instant with an offset where it is honoured', async () => {
    const { token } = await loginAs(runtime, 'clock-bad');
    const response = await invoke(buildMe(runtime), {
      routeKey: 'GET /v1/me',
      token,
      headers: { 'X-Clock': 'next tuesday' },
    });
    expect(response.status).toBe(422);
    expect(response.body.error.fields['X-Clock']).toMatch(/ISO/);
  });
});
