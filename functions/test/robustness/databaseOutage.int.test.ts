// DynamoDB unavailable (nothing listens at its endpoint): every request answers 503 with the
// error envelope and leaves its access-log line — including a keyed POST, whose idempotency
// check runs again on the failure path and fails too.
import { randomUUID } from 'node:crypto';
import { build as buildCreateFiling } from '../../src/http/filings/create';
import { build as buildGetFiling } from '../../src/http/filings/get';
import { build as buildListPersons } from '../../src/http/persons/list';
import { createLogger } from '../../src/middleware/logging';
import type { Runtime } from '../../src/runtime';
import { createStore } from '../../src/store';
import { freePort } from '../../../infra/src/ports';
import { testRuntime, testUser, type TestUser } from '../filings.support';
import { envelopeProblem, send } from './envelope';

// The SDK retries a refused connection with backoff before giving up.
jest.setTimeout(60_000);

let down: Runtime;
let user: TestUser;
const lines: string[] = [];

beforeAll(async () => {
  const base = await testRuntime();
  user = await testUser(base);
  const deadPort = await freePort();
  const logger = createLogger({ level: 'INFO' });
  down = {
    ...base,
    logger,
    store: createStore({
      tableName: base.config.tableName,
      region: base.config.region,
      endpoint: `http://127.0.0.1:${deadPort}`,
      encryptionKey: base.config.idEncryptionKey,
    }),
  };
});

function capture() {
  const record = (chunk: string | Uint8Array) => {
    lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation(record),
    jest.spyOn(process.stderr, 'write').mockImplementation(record),
  ];
  return () => spies.forEach((spy) => spy.mockRestore());
}

it.each([
  ['GET /v1/persons', buildListPersons, {}],
  ['GET /v1/filings/{id}', buildGetFiling, { pathParameters: { id: 'p-1_0000-1111' } }],
  [
    'POST /v1/filings',
    buildCreateFiling,
    {
      body: {
        personId: 'p-1',
        category: 'LONG_TERM_RESIDENT',
        destination: { code: '310000' },
        startDate: '2026-12-15',
        contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
        proof: {
          kind: 'COMMITMENT',
          missing: ['RESIDENCE_PERMIT'],
          signatureMaterialId: 'p-1_abc',
        },
      },
      headers: { 'idempotency-key': randomUUID() },
    },
  ],
] as const)('%s: 503 with the envelope and one access-log line', async (routeKey, build, call) => {
  lines.length = 0;
  const restore = capture();
  let response;
  try {
    response = await send(build(down), { routeKey, token: user.token, ...call });
  } finally {
    restore();
  }
  expect(response.status).toBe(503);
  expect(response.body).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } });
  expect(envelopeProblem({ ...response, status: 422 })).toBeUndefined();
  const accessLines = lines
    .join('')
    .split('\n')
    .filter((line) => line.includes('"message":"request"'));
  expect(accessLines).toHaveLength(1);
  expect(JSON.parse(accessLines[0]!)).toMatchObject({ route: routeKey, status: 503 });
});
