// Broken object-level authorization: a signed-in stranger names another user's person, filing
// and material on every endpoint. Each answer is 404 (we do not confirm the id exists) or 403,
// in the error envelope, and nothing of the owner's is written or shown.
import { randomUUID } from 'node:crypto';
import { build as buildAudit } from '../../src/http/filings/audit';
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
import { build as buildAgents } from '../../src/http/persons/agents';
import { build as buildConsent } from '../../src/http/persons/consent';
import { build as buildMessages } from '../../src/http/persons/messages';
import { build as buildDecision } from '../../src/http/review/decision';
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
import { envelopeProblem } from '../robustness/envelope';

const REGION = '340100';
let runtime: Runtime;
let stranger: TestUser;
let ids: { personId: string; filingId: string; materialId: string; version: number };

beforeAll(async () => {
  runtime = await testRuntime();
  const owner = await testUser(runtime);
  stranger = await testUser(runtime);
  await testPerson(runtime, stranger, { insuredRegion: REGION }); // the stranger has a person too
  const person = await testPerson(runtime, owner, { insuredRegion: REGION });
  const materialId = await testMaterial(runtime, owner, person.id, 'RESIDENCE_PERMIT');
  const filed = await call(runtime, buildCreateFiling, 'POST /v1/filings', {
    user: owner,
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
  const approved = await approve(runtime, filed.body, chinaMorning('2026-12-16'));
  ids = { personId: person.id, filingId: approved.id, materialId, version: approved.version };
});

type Case = [string, (runtime: Runtime) => LambdaHandler, () => Record<string, unknown>];

const CASES: Case[] = [
  ['GET /v1/filings/{id}', buildGetFiling, () => ({ params: { id: ids.filingId } })],
  ['GET /v1/filings/{id}/audit', buildAudit, () => ({ params: { id: ids.filingId } })],
  ['GET /v1/filings', buildListFilings, () => ({ query: { personId: ids.personId } })],
  ['GET /v1/materials/{id}', buildGetMaterial, () => ({ params: { id: ids.materialId } })],
  ['GET /v1/persons/{id}/agents', buildAgents, () => ({ params: { id: ids.personId } })],
  ['GET /v1/persons/{id}/messages', buildMessages, () => ({ params: { id: ids.personId } })],
  [
    'POST /v1/persons/{id}/consent',
    buildConsent,
    () => ({ params: { id: ids.personId }, body: { agentUserId: stranger.userId } }),
  ],
  [
    'POST /v1/materials',
    buildCreateMaterial,
    () => ({
      body: {
        personId: ids.personId,
        docType: 'IDENTITY',
        contentType: 'image/png',
        size: 100,
        sha256: 'a'.repeat(64),
      },
    }),
  ],
  [
    'POST /v1/filings',
    buildCreateFiling,
    () => ({
      body: {
        personId: ids.personId,
        category: 'LONG_TERM_RESIDENT',
        destination: { code: '320100' },
        startDate: '2027-01-20',
        contact: { address: '南京市玄武区中山路1号', phone: '13912345678' },
        proof: { kind: 'MATERIALS', materialIds: [ids.materialId] },
      },
    }),
  ],
  [
    'POST /v1/filings/{id}/supplements',
    buildSupplement,
    () => ({
      params: { id: ids.filingId },
      body: { materialIds: [ids.materialId], expectedVersion: ids.version },
    }),
  ],
  [
    'POST /v1/filings/{id}/changes',
    buildChange,
    () => ({
      params: { id: ids.filingId },
      body: {
        expectedVersion: ids.version,
        reason: 'RELOCATED',
        destination: { code: '320100' },
        evidenceMaterialIds: [ids.materialId],
      },
    }),
  ],
  [
    'POST /v1/filings/{id}/cancellation',
    buildCancel,
    () => ({
      params: { id: ids.filingId },
      body: { expectedVersion: ids.version, reason: '不去了' },
    }),
  ],
  [
    'POST /v1/filings/{id}/extensions',
    buildExtend,
    () => ({ params: { id: ids.filingId }, body: { expectedVersion: ids.version } }),
  ],
  [
    'POST /v1/filings/{id}/resubmission',
    buildResubmit,
    () => ({ params: { id: ids.filingId }, body: { expectedVersion: ids.version } }),
  ],
  [
    'POST /v1/review/{filingId}/decision',
    buildDecision,
    () => ({
      params: { filingId: ids.filingId },
      body: { expectedVersion: ids.version, decision: 'REJECT', notices: [{ problem: '伪造' }] },
    }),
  ],
];

describe.each(CASES)('%s with another user’s ids', (routeKey, build, input) => {
  it('is refused with 404 or 403 and changes nothing', async () => {
    const response = await call(runtime, build, routeKey, {
      user: stranger,
      clock: chinaMorning('2027-01-20'),
      idempotencyKey: randomUUID(),
      ...input(),
    });
    expect([403, 404]).toContain(response.status);
    expect(envelopeProblem(response)).toBeUndefined();
    expect(JSON.stringify(response.body)).not.toContain(ids.personId);
    const stored = await runtime.store.filings.get(ids.filingId);
    expect(stored?.filing.version).toBe(ids.version);
    expect(stored?.filing.status).toBe('ACTIVE');
    expect(await runtime.store.filings.listForPerson(ids.personId)).toHaveLength(1);
  });
});
