// A deployed stage (dev, prod): dev login refused, X-Clock ignored, and a deployed config that
// carries any local/test setting refuses to start.
import { loadStageConfig } from '../../src/config/stage';
import { devKeys } from '../../src/config/devKeys';
import { build as buildLogin } from '../../src/http/auth/login';
import { build as buildCreateFiling } from '../../src/http/filings/create';
import { issueToken } from '../../src/middleware/tokens';
import { createRuntime, type Runtime } from '../../src/runtime';
import { buildSweep } from '../../src/scheduled/sweep';
import {
  call,
  testMaterial,
  testPerson,
  testRuntime,
  testUser,
  type TestUser,
} from '../filings.support';
import { DEPLOYED_ENV, DEPLOYED_SECRETS } from '../support/testRuntime';

let testStage: Runtime;
let deployed: Runtime;
beforeAll(async () => {
  testStage = await testRuntime();
  // The deployed config, on the test table (its real AWS endpoints are never reached).
  deployed = createRuntime(loadStageConfig(DEPLOYED_ENV, DEPLOYED_SECRETS), {
    store: testStage.store,
    storage: testStage.storage,
    logger: testStage.logger,
  });
});

describe('dev login', () => {
  it.each([
    ['alice, as INSURED', { provider: 'dev', devUser: 'alice' }],
    [
      'an ADMIN asking for every region',
      { provider: 'dev', devUser: 'root', roles: ['ADMIN'], regions: ['340100'] },
    ],
  ])('is refused in prod: %s', async (_label, body) => {
    const response = await call(testStage, () => buildLogin(deployed), 'POST /v1/auth/login', {
      body,
      idempotencyKey: null,
    });
    expect(response.status).toBe(403);
    expect(response.body.error?.code).toBe('FORBIDDEN');
  });
});

describe('X-Clock', () => {
  // A filing starting on a past day is accepted only where "now" can be moved to that day.
  const PAST_DAY = '2026-01-05';
  async function fileOnPastDay(runtime: Runtime, user: TestUser) {
    const person = await testPerson(testStage, user, { insuredRegion: '340100' });
    const materialId = await testMaterial(testStage, user, person.id, 'RESIDENCE_PERMIT');
    return call(runtime, buildCreateFiling, 'POST /v1/filings', {
      user,
      clock: `${PAST_DAY}T10:00:00+08:00`,
      body: {
        personId: person.id,
        category: 'LONG_TERM_RESIDENT',
        destination: { code: '310000' },
        startDate: PAST_DAY,
        contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
        proof: { kind: 'MATERIALS', materialIds: [materialId] },
      },
    });
  }

  it('is honoured in the test stage', async () => {
    const response = await fileOnPastDay(testStage, await testUser(testStage));
    expect(response.status).toBe(201);
  });

  it('is ignored in prod: the real date applies (START_DATE_IN_PAST)', async () => {
    const insured = await testUser(testStage);
    const { token } = await issueToken(insured, {
      secret: deployed.config.jwtSecret,
      ttlSeconds: 600,
    });
    const response = await fileOnPastDay(deployed, { ...insured, token });
    expect(response.status).toBe(409);
    expect(response.body.error?.code).toBe('START_DATE_IN_PAST');
  });

  it('the sweep refuses a chosen day in prod', async () => {
    await expect(buildSweep(deployed)({ date: '2027-03-20' })).rejects.toThrow(/today/);
  });
});

describe('a deployed config with local settings refuses to start', () => {
  it.each<[string, Record<string, string>, Record<string, string>]>([
    ['a DynamoDB Local endpoint', { DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' }, {}],
    ['an S3 stand-in endpoint', { S3_ENDPOINT: 'http://127.0.0.1:4569' }, {}],
    ['ALLOW_DEV_LOGIN', { ALLOW_DEV_LOGIN: '1' }, {}],
    ['FAKE_WECHAT', { FAKE_WECHAT: '1' }, {}],
    ['the development JWT secret', {}, { JWT_SECRET: devKeys.jwtSecret }],
    ['the development ID hashing key', {}, { ID_HMAC_KEY: devKeys.idHmacKey }],
    ['no JWT secret', {}, { JWT_SECRET: '' }],
    ['no WeChat app secret', {}, { WECHAT_APP_SECRET: '' }],
    ['a secret in the environment', { JWT_SECRET: DEPLOYED_SECRETS.JWT_SECRET }, {}],
  ])('%s', (_label, env, secrets) => {
    expect(() =>
      loadStageConfig({ ...DEPLOYED_ENV, ...env }, { ...DEPLOYED_SECRETS, ...secrets }),
    ).toThrow(/Refusing to start/);
  });
});
