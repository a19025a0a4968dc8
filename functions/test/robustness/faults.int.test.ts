// DynamoDB throttling and timeouts on the request path. The runtime's DynamoDB client keeps the
// SDK's default retry policy (functions/src/store/index.ts sets none): standard mode, and for
// DynamoDB in this SDK version 4 attempts; throttling and TimeoutError are retried with backoff. The tests check that a retried request
// succeeds once, and that nothing is doubled or lost when the faults outlast the retries.
import { randomUUID } from 'node:crypto';
import { build as buildChange } from '../../src/http/filings/change';
import { build as buildCreateFiling } from '../../src/http/filings/create';
import { build as buildGetFiling } from '../../src/http/filings/get';
import { createLogger } from '../../src/middleware/logging';
import type { Runtime } from '../../src/runtime';
import {
  approve,
  call,
  chinaMorning,
  testMaterial,
  testPerson,
  testRuntime,
  testUser,
} from '../filings.support';
import { envelopeProblem } from './envelope';
import { faultyStore, type FaultKind, type FaultyStore } from './faultInjection';

// Retries back off for seconds on a busy 2-core machine.
jest.setTimeout(30_000);

const REGION = '340100';
const FILED_ON = '2026-12-15';

let base: Runtime;
let faulty: FaultyStore;
let runtime: Runtime;
beforeAll(async () => {
  base = await testRuntime();
  faulty = faultyStore(base);
  // Exhausted retries are logged as unexpected errors: expected here, kept off the test output.
  runtime = { ...base, store: faulty.store, logger: createLogger({ level: 'SILENT' }) };
});
afterAll(() => faulty.destroy());

async function filer() {
  const user = await testUser(runtime);
  const person = await testPerson(base, user, { insuredRegion: REGION });
  const materialId = await testMaterial(base, user, person.id, 'RESIDENCE_PERMIT');
  const file = (idempotencyKey: string) =>
    call(runtime, buildCreateFiling, 'POST /v1/filings', {
      user,
      clock: chinaMorning(FILED_ON),
      idempotencyKey,
      body: {
        personId: person.id,
        category: 'LONG_TERM_RESIDENT',
        destination: { code: '310000' },
        startDate: FILED_ON,
        contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
        proof: { kind: 'MATERIALS', materialIds: [materialId] },
      },
    });
  return { user, person, file };
}

it('the runtime retries DynamoDB calls (SDK default, at least 3 attempts)', async () => {
  expect(await faulty.maxAttempts()).toBeGreaterThanOrEqual(3);
});

describe.each<[FaultKind]>([['THROTTLED'], ['TIMEOUT']])('%s on the request path', (kind) => {
  it('the first 2 attempts of every call fail: the SDK retries, one filing is made', async () => {
    const { person, file } = await filer();
    const injected = faulty.inject({ kind, when: 'before', failures: 2 });
    const response = await file(randomUUID());
    faulty.inject({ kind, when: 'before', failures: 0 });
    expect(injected()).toBe(2);
    expect(response.status).toBe(201);
    expect(await base.store.filings.listForPerson(person.id)).toHaveLength(1);
  });

  it('a write applied but its answer lost is retried without doubling (TransactWriteItems token)', async () => {
    const { person, file } = await filer();
    const injected = faulty.inject({
      kind,
      when: 'after',
      failures: 1,
      command: 'TransactWriteItemsCommand',
    });
    const response = await file(randomUUID());
    faulty.inject({ kind, when: 'before', failures: 0 });
    expect(injected()).toBe(1);
    expect(response.status).toBe(201);
    const filings = await base.store.filings.listForPerson(person.id);
    expect(filings).toHaveLength(1);
    expect((await base.store.filings.get(filings[0]!.id))?.history).toHaveLength(1);
  });
});

describe('a versioned update under faults', () => {
  // Throttling backs off for seconds per attempt; timeouts show the same outcome quicker.
  it('timeouts outlasting the retries: an error in the envelope, nothing written, the same key then succeeds once', async () => {
    const { person, file } = await filer();
    const key = randomUUID();
    const attempts = await faulty.maxAttempts();
    const injected = faulty.inject({
      kind: 'TIMEOUT',
      when: 'before',
      failures: attempts,
      command: 'TransactWriteItemsCommand',
    });
    const failed = await file(key);
    faulty.inject({ kind: 'TIMEOUT', when: 'before', failures: 0 });
    expect(injected()).toBe(attempts);
    expect(failed.status).toBeGreaterThanOrEqual(500);
    expect(failed.body.error?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await base.store.filings.listForPerson(person.id)).toHaveLength(0);

    const retried = await file(key);
    expect(retried.status).toBe(201);
    expect(await base.store.filings.listForPerson(person.id)).toHaveLength(1);
  });
  it('a change whose answer is lost once is recorded once (one CHANGED version)', async () => {
    const { user, person, file } = await filer();
    const filed = await file(randomUUID());
    const filing = await approve(base, filed.body, chinaMorning('2026-12-16'));
    const evidence = await testMaterial(base, user, person.id, 'EVIDENCE');
    const injected = faulty.inject({
      kind: 'TIMEOUT',
      when: 'after',
      failures: 1,
      command: 'TransactWriteItemsCommand',
    });
    const changed = await call(runtime, buildChange, 'POST /v1/filings/{id}/changes', {
      user,
      clock: chinaMorning('2027-01-20'),
      params: { id: filing.id },
      body: {
        expectedVersion: filing.version,
        reason: 'RELOCATED',
        destination: { code: '320100' },
        evidenceMaterialIds: [evidence],
      },
    });
    faulty.inject({ kind: 'TIMEOUT', when: 'before', failures: 0 });
    expect(injected()).toBe(1);
    expect(envelopeProblem(changed)).toBeUndefined();
    expect(changed.status).toBe(200);
    const stored = await base.store.filings.get(filing.id);
    expect(stored?.filing.version).toBe(filing.version + 1);
    expect(stored?.history.filter((entry) => entry.event === 'CHANGED')).toHaveLength(1);
  });

  it('reads retry too: GET /v1/filings/{id} through 2 throttled attempts', async () => {
    const { user, file } = await filer();
    const filed = await file(randomUUID());
    const injected = faulty.inject({
      kind: 'THROTTLED',
      when: 'before',
      failures: 2,
      // GET by id: the filing item and the caller's link in one BatchGetItem.
      command: 'BatchGetItemCommand',
    });
    const read = await call(runtime, buildGetFiling, 'GET /v1/filings/{id}', {
      user,
      params: { id: filed.body.id },
    });
    faulty.inject({ kind: 'THROTTLED', when: 'before', failures: 0 });
    expect(injected()).toBe(2);
    expect(read.status).toBe(200);
    expect(read.body.id).toBe(filed.body.id);
  });
});
