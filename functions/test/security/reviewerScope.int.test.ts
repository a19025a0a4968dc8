// Reviewers work only for their own pooling regions: another region's queue and export are 403,
// another region's filing is 404 for a decision; an insured account is 403 on every review route.
import { build as buildCreateFiling } from '../../src/http/filings/create';
import { build as buildDecision } from '../../src/http/review/decision';
import { build as buildExport } from '../../src/http/review/export';
import { build as buildQueue } from '../../src/http/review/queue';
import type { Runtime } from '../../src/runtime';
import {
  call,
  chinaMorning,
  testMaterial,
  testPerson,
  testRuntime,
  testUser,
  type TestUser,
} from '../filings.support';
import { envelopeProblem } from '../robustness/envelope';

const HEFEI = '340100';
const BENGBU = '340300';
let runtime: Runtime;
let hefeiReviewer: TestUser;
let bengbuReviewer: TestUser;
let insured: TestUser;
let filing: { id: string; version: number };

beforeAll(async () => {
  runtime = await testRuntime();
  hefeiReviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: [HEFEI] });
  bengbuReviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: [BENGBU] });
  insured = await testUser(runtime);
  const person = await testPerson(runtime, insured, { insuredRegion: HEFEI });
  const materialId = await testMaterial(runtime, insured, person.id, 'RESIDENCE_PERMIT');
  const filed = await call(runtime, buildCreateFiling, 'POST /v1/filings', {
    user: insured,
    clock: chinaMorning('2026-12-15'),
    body: {
      personId: person.id,
      category: 'LONG_TERM_RESIDENT',
      destination: { code: '310000' },
      startDate: '2026-12-15',
      contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
      proof: { kind: 'MATERIALS', materialIds: [materialId] },
    },
  });
  expect(filed.status).toBe(201);
  filing = { id: filed.body.id, version: filed.body.version };
});

const decide = (user: TestUser) =>
  call(runtime, buildDecision, 'POST /v1/review/{filingId}/decision', {
    user,
    clock: chinaMorning('2026-12-16'),
    params: { filingId: filing.id },
    body: { expectedVersion: filing.version, decision: 'APPROVE' },
  });

it.each([
  [
    'another region’s queue',
    () =>
      call(runtime, buildQueue, 'GET /v1/review/queue', {
        user: bengbuReviewer,
        query: { region: HEFEI },
      }),
    403,
  ],
  [
    'another region’s export',
    () =>
      call(runtime, buildExport, 'GET /v1/review/export', {
        user: bengbuReviewer,
        query: { region: HEFEI },
      }),
    403,
  ],
  ['a decision on another region’s filing', () => decide(bengbuReviewer), 404],
  [
    'the queue, for an insured account',
    () =>
      call(runtime, buildQueue, 'GET /v1/review/queue', {
        user: insured,
        query: { region: HEFEI },
      }),
    403,
  ],
  ['a decision, for an insured account (the filer)', () => decide(insured), 403],
])('refuses %s', async (_label, request, status) => {
  const response = await request();
  expect(response.status).toBe(status);
  expect(envelopeProblem(response)).toBeUndefined();
  const stored = await runtime.store.filings.get(filing.id);
  expect(stored?.filing.status).toBe('PENDING_REVIEW');
});

it('the region’s own reviewer sees it in the queue and may decide (the refusals are about scope)', async () => {
  const queue = await call<{ id: string }[]>(runtime, buildQueue, 'GET /v1/review/queue', {
    user: hefeiReviewer,
    clock: chinaMorning('2026-12-16'),
    query: { region: HEFEI },
  });
  expect(queue.status).toBe(200);
  expect(JSON.stringify(queue.body)).toContain(filing.id);
  expect((await decide(hefeiReviewer)).status).toBe(200);
});
