// Fuzzing every endpoint's input with fast-check: any JSON, malformed text, a valid body with
// one field (at any depth) replaced, removed or joined by strangers, and odd path and query
// values. The answer is never a 500, and every refusal is the error envelope in Chinese.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { build as buildLogin } from '../../src/http/auth/login';
import { build as buildCancel } from '../../src/http/filings/cancel';
import { build as buildChange } from '../../src/http/filings/change';
import { build as buildCreateFiling } from '../../src/http/filings/create';
import { build as buildExtend } from '../../src/http/filings/extend';
import { build as buildGetFiling } from '../../src/http/filings/get';
import { build as buildListFilings } from '../../src/http/filings/list';
import { build as buildResubmit } from '../../src/http/filings/resubmit';
import { build as buildSupplement } from '../../src/http/filings/supplement';
import { build as buildCreateMaterial } from '../../src/http/materials/create';
import { build as buildGetMaterial } from '../../src/http/materials/get';
import { build as buildConsent } from '../../src/http/persons/consent';
import { build as buildCreatePerson } from '../../src/http/persons/create';
import { build as buildVerifyIdentity } from '../../src/http/me/identity';
import { build as buildPolicy } from '../../src/http/regions/policy';
import { build as buildDecision } from '../../src/http/review/decision';
import { build as buildExport } from '../../src/http/review/export';
import { build as buildQueue } from '../../src/http/review/queue';
import type { LambdaHandler } from '../../src/http/route';
import type { Runtime } from '../../src/runtime';
import {
  approve,
  call,
  chinaMorning,
  testMaterial,
  testPerson,
  testRuntime,
  testUser,
  type TestUser,
} from '../filings.support';
import { verifyAs } from '../support/http';
import { testPerson as newPersonBody } from '../support/people';
import { envelopeProblem, send } from './envelope';

// Hundreds of DynamoDB Local round trips; slow on a busy 2-core machine.
jest.setTimeout(30_000);

const RUNS = 50;
const REGION = '340100';
const FILED_ON = '2026-12-15';

type Json = unknown;
type Path = (string | number)[];

function leafPaths(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value))
    return [path, ...value.flatMap((item, index) => leafPaths(item, [...path, index]))];
  if (value && typeof value === 'object') {
    return [
      path,
      ...Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key])),
    ];
  }
  return [path];
}

function replaced(value: Json, path: Path, replacement: Json | typeof REMOVE): Json {
  if (path.length === 0) return replacement === REMOVE ? undefined : replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    Json
  >;
  const next = replaced(copy[head!], rest, replacement);
  if (next === undefined && rest.length === 0) delete copy[head!];
  else copy[head!] = next;
  return copy;
}
const REMOVE = Symbol('remove');

const anyJson = fc.jsonValue({ maxDepth: 3 });

/** Bodies near and far from a valid one. */
function bodiesAround(valid: Record<string, Json>): fc.Arbitrary<Json> {
  const paths = leafPaths(valid).filter((path) => path.length > 0);
  return fc.oneof(
    anyJson,
    fc.string({ maxLength: 30 }),
    fc
      .tuple(fc.constantFrom(...paths), anyJson)
      .map(([path, value]) => replaced(valid, path, value)),
    fc
      .tuple(
        fc.constantFrom(...paths),
        fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null)),
      )
      .map(([path, value]) => replaced(valid, path, value)),
    fc.constantFrom(...paths).map((path) => replaced(valid, path, REMOVE)),
    fc
      .dictionary(fc.string({ maxLength: 12 }), anyJson, { maxKeys: 3 })
      .map((extra) => ({ ...valid, ...extra })),
  );
}

let runtime: Runtime;
let user: TestUser;
let reviewer: TestUser;
let personId: string;
let filingId: string;
let materialId: string;

beforeAll(async () => {
  runtime = await testRuntime();
  user = await testUser(runtime);
  // Verified, so valid person bodies reach the store rather than stop at IDENTITY_NOT_VERIFIED.
  await verifyAs(runtime, user.token);
  reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: [REGION] });
  const person = await testPerson(runtime, user, { insuredRegion: REGION });
  personId = person.id;
  materialId = await testMaterial(runtime, user, personId, 'RESIDENCE_PERMIT');
  const filed = await call(runtime, buildCreateFiling, 'POST /v1/filings', {
    user,
    clock: chinaMorning(FILED_ON),
    body: filingBody(),
  });
  expect(filed.status).toBe(201);
  filingId = (await approve(runtime, filed.body, chinaMorning('2026-12-16'))).id;
});

function filingBody(): Record<string, Json> {
  return {
    personId,
    category: 'LONG_TERM_RESIDENT',
    destination: { code: '310000' },
    startDate: FILED_ON,
    contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
    proof: { kind: 'MATERIALS', materialIds: [materialId] },
    facts: { residenceMonths: 12 },
  };
}

interface BodyEndpoint {
  routeKey: string;
  build: (runtime: Runtime) => LambdaHandler;
  as?: () => TestUser | undefined;
  params?: () => Record<string, string>;
  valid: () => Record<string, Json>;
}

const BODY_ENDPOINTS: BodyEndpoint[] = [
  {
    routeKey: 'POST /v1/auth/login',
    build: buildLogin,
    as: () => undefined,
    valid: () => ({ provider: 'dev', devUser: 'fuzz' }),
  },
  { routeKey: 'POST /v1/persons', build: buildCreatePerson, valid: () => ({ ...newPersonBody() }) },
  {
    routeKey: 'POST /v1/me/identity',
    build: buildVerifyIdentity,
    valid: () => ({ provider: 'dev', name: '张三丰', idNumber: newPersonBody().idNumber }),
  },
  {
    routeKey: 'POST /v1/persons/{id}/consent',
    build: buildConsent,
    params: () => ({ id: personId }),
    valid: () => ({ agentUserId: 'u-agent' }),
  },
  {
    routeKey: 'POST /v1/materials',
    build: buildCreateMaterial,
    valid: () => ({
      personId,
      docType: 'IDENTITY',
      contentType: 'image/png',
      size: 1000,
      sha256: 'a'.repeat(64),
    }),
  },
  { routeKey: 'POST /v1/filings', build: buildCreateFiling, valid: filingBody },
  {
    routeKey: 'POST /v1/filings/{id}/supplements',
    build: buildSupplement,
    params: () => ({ id: filingId }),
    valid: () => ({ materialIds: [materialId], expectedVersion: 2 }),
  },
  {
    routeKey: 'POST /v1/filings/{id}/changes',
    build: buildChange,
    params: () => ({ id: filingId }),
    valid: () => ({
      expectedVersion: 2,
      reason: 'RELOCATED',
      destination: { code: '320100' },
      evidenceMaterialIds: [materialId],
    }),
  },
  {
    routeKey: 'POST /v1/filings/{id}/cancellation',
    build: buildCancel,
    params: () => ({ id: filingId }),
    valid: () => ({ expectedVersion: 2, reason: '已回参保地居住', inHospital: false }),
  },
  {
    routeKey: 'POST /v1/filings/{id}/extensions',
    build: buildExtend,
    params: () => ({ id: filingId }),
    valid: () => ({ expectedVersion: 2 }),
  },
  {
    routeKey: 'POST /v1/filings/{id}/resubmission',
    build: buildResubmit,
    params: () => ({ id: filingId }),
    valid: () => ({ expectedVersion: 2, materialIds: [materialId] }),
  },
  {
    routeKey: 'POST /v1/review/{filingId}/decision',
    build: buildDecision,
    as: () => reviewer,
    params: () => ({ filingId }),
    valid: () => ({
      expectedVersion: 2,
      decision: 'RETURN',
      notices: [{ docType: 'RESIDENCE_PERMIT', problem: '照片不清晰' }],
    }),
  },
];

describe.each(BODY_ENDPOINTS)('$routeKey with fuzzed bodies', (endpoint) => {
  it(`answers ${RUNS} odd bodies without a 500, refusals in the Chinese error envelope`, async () => {
    await fc.assert(
      fc.asyncProperty(bodiesAround(endpoint.valid()), async (body) => {
        const as = endpoint.as ? endpoint.as() : user;
        const response = await call(runtime, endpoint.build, endpoint.routeKey, {
          ...(as ? { user: as } : {}),
          ...(endpoint.params ? { params: endpoint.params() } : {}),
          clock: chinaMorning('2027-01-20'),
          body,
        });
        expect(envelopeProblem(response)).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });
});

// Strings a path or a query may carry: anything printable, very long, or near-valid.
const oddStrings = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 400 }),
  fc.constantFrom(
    '',
    ' ',
    '..',
    '%00',
    '340100\n',
    'FILING#x',
    '__proto__',
    'f-' + 'a'.repeat(300),
  ),
);

interface LookupEndpoint {
  routeKey: string;
  build: (runtime: Runtime) => LambdaHandler;
  as: () => TestUser;
  input: (value: string) => { params?: Record<string, string>; query?: Record<string, string> };
}

const LOOKUP_ENDPOINTS: LookupEndpoint[] = [
  {
    routeKey: 'GET /v1/filings/{id}',
    build: buildGetFiling,
    as: () => user,
    input: (id) => ({ params: { id } }),
  },
  {
    routeKey: 'GET /v1/filings',
    build: buildListFilings,
    as: () => user,
    input: (value) => ({ query: { personId: value, status: value } }),
  },
  {
    routeKey: 'GET /v1/materials/{id}',
    build: buildGetMaterial,
    as: () => user,
    input: (id) => ({ params: { id } }),
  },
  {
    routeKey: 'GET /v1/regions/{code}/policy',
    build: buildPolicy,
    as: () => user,
    input: (code) => ({ params: { code } }),
  },
  {
    routeKey: 'GET /v1/review/queue',
    build: buildQueue,
    as: () => reviewer,
    input: (value) => ({ query: { region: value, status: value } }),
  },
  {
    routeKey: 'GET /v1/review/export',
    build: buildExport,
    as: () => reviewer,
    input: (value) => ({ query: { region: value, category: value } }),
  },
];

describe.each(LOOKUP_ENDPOINTS)('$routeKey with odd path and query values', (endpoint) => {
  it(`answers ${RUNS} odd values without a 500, refusals in the Chinese error envelope`, async () => {
    await fc.assert(
      fc.asyncProperty(oddStrings, async (value) => {
        const { params, query } = endpoint.input(value);
        const response = await send(endpoint.build(runtime), {
          routeKey: endpoint.routeKey,
          token: endpoint.as().token,
          ...(params ? { pathParameters: params } : {}),
          ...(query ? { query } : {}),
        });
        expect(envelopeProblem(response)).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });
});

describe('odd headers', () => {
  it.each([
    ['Idempotency-Key', 'idempotency-key'],
    ['X-Clock', 'x-clock'],
    ['Authorization', 'authorization'],
  ])('answers odd %s values without a 500', async (_label, header) => {
    await fc.assert(
      fc.asyncProperty(oddStrings, async (value) => {
        const response = await send(buildCreateFiling(runtime), {
          routeKey: 'POST /v1/filings',
          token: user.token,
          body: filingBody(),
          headers: { 'idempotency-key': randomUUID(), [header]: value },
        });
        expect(envelopeProblem(response)).toBeUndefined();
      }),
      { numRuns: 30 },
    );
  });
});

describe('bodies too deep or too large', () => {
  const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
  const nestedObject = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

  it.each(BODY_ENDPOINTS.map((endpoint) => [endpoint.routeKey, endpoint] as const))(
    '%s: nested 5000 levels deep with an Idempotency-Key is 400, not 500',
    async (_routeKey, endpoint) => {
      for (const body of [nested(5000), nestedObject(5000), `{"personId":${nested(40)}}`]) {
        const as = endpoint.as ? endpoint.as() : user;
        const response = await send(endpoint.build(runtime), {
          routeKey: endpoint.routeKey,
          ...(as ? { token: as.token } : {}),
          ...(endpoint.params ? { pathParameters: endpoint.params() } : {}),
          body,
          headers: { 'idempotency-key': randomUUID() },
        });
        expect(envelopeProblem(response)).toBeUndefined();
        expect(response.status).toBe(400);
        expect(response.body).toMatchObject({ error: { code: 'REQUEST_TOO_LARGE' } });
      }
    },
  );

  it('a body over 64 KB is 400 before it is parsed', async () => {
    const response = await send(buildCreateFiling(runtime), {
      routeKey: 'POST /v1/filings',
      token: user.token,
      body: JSON.stringify({ ...filingBody(), padding: 'x'.repeat(70 * 1024) }),
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(response.status).toBe(400);
    expect(envelopeProblem(response)).toBeUndefined();
  });

  it('brackets inside strings do not count as nesting', async () => {
    const response = await call(runtime, buildCreateFiling, 'POST /v1/filings', {
      user,
      clock: chinaMorning('2027-01-20'),
      body: { ...filingBody(), contact: { address: '['.repeat(100), phone: '13912345678' } },
    });
    // Parsed and judged on its content (this person already has a filing: 409), not refused whole.
    expect(response.body.error).not.toMatchObject({ code: 'REQUEST_TOO_LARGE' });
    expect(envelopeProblem(response)).toBeUndefined();
  });
});

describe('invalid dates and control characters over HTTP', () => {
  it.each([
    ['startDate', '2026-02-30'],
    ['proofEndDate', '2026-13-01'],
    ['proofEndDate', '9999-99-99'],
    ['emergency.admissionDate', '2026-04-31'],
  ])('%s = %s is 422 naming the field', async (field, value) => {
    const body: Record<string, Json> = { ...filingBody() };
    if (field === 'emergency.admissionDate') {
      body.category = 'EMERGENCY';
      body.emergency = {
        admissionDate: value,
        hospitalName: '复旦大学附属中山医院',
        discharged: false,
      };
    } else body[field] = value;
    const response = await call(runtime, buildCreateFiling, 'POST /v1/filings', {
      user,
      clock: chinaMorning('2027-01-20'),
      body,
    });
    expect(envelopeProblem(response)).toBeUndefined();
    expect(response.status).toBe(422);
    expect(Object.keys((response.body.error as { fields: object }).fields)).toContain(field);
  });

  it.each(['\u0000', '\u0007', '\u001b[31m', '\u202e', '\u2028', '\t'])(
    'a control character (%j) in the address or a cancellation reason is 422',
    async (control) => {
      const filed = await call(runtime, buildCreateFiling, 'POST /v1/filings', {
        user,
        clock: chinaMorning('2027-01-20'),
        body: {
          ...filingBody(),
          contact: { address: `上海市${control}徐汇区漕溪北路1号`, phone: '13912345678' },
        },
      });
      expect(filed.status).toBe(422);
      const cancelled = await call(runtime, buildCancel, 'POST /v1/filings/{id}/cancellation', {
        user,
        params: { id: filingId },
        body: { expectedVersion: 2, reason: `已回参保地${control}居住`, inHospital: false },
      });
      expect(cancelled.status).toBe(422);
      expect(envelopeProblem(cancelled)).toBeUndefined();
    },
  );
});
