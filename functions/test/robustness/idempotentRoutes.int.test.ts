// Each state change writes its Idempotency-Key record in its own transaction: a retry with the
// key replays the first answer and changes nothing more; a refused request leaves no record, so
// the same key is judged afresh once the request is corrected.
import { randomUUID } from 'node:crypto';
import { build as buildChange } from '../../src/http/filings/change';
import { build as buildCreateFiling } from '../../src/http/filings/create';
import { build as buildCreateMaterial } from '../../src/http/materials/create';
import { build as buildConsent } from '../../src/http/persons/consent';
import type { Runtime } from '../../src/runtime';
import {
  approve,
  call,
  chinaMorning,
  linkAgent,
  testMaterial,
  testPerson,
  testRuntime,
  testUser,
} from '../filings.support';

const REGION = '340100';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

async function activeFiling() {
  const user = await testUser(runtime);
  const person = await testPerson(runtime, user, { insuredRegion: REGION });
  const filed = await call(runtime, buildCreateFiling, 'POST /v1/filings', {
    user,
    clock: chinaMorning('2026-12-15'),
    body: {
      personId: person.id,
      category: 'LONG_TERM_RESIDENT',
      destination: { code: '310000' },
      startDate: '2026-12-15',
      contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
      proof: {
        kind: 'MATERIALS',
        materialIds: [await testMaterial(runtime, user, person.id, 'RESIDENCE_PERMIT')],
      },
    },
  });
  expect(filed.status).toBe(201);
  const filing = await approve(runtime, filed.body, chinaMorning('2026-12-16'));
  return { user, person, filing };
}

describe('a retried state change with the same Idempotency-Key', () => {
  it('POST /v1/filings/{id}/changes: replays the answer and writes one version', async () => {
    const { user, person, filing } = await activeFiling();
    const key = randomUUID();
    const change = async () =>
      call(runtime, buildChange, 'POST /v1/filings/{id}/changes', {
        user,
        clock: chinaMorning('2027-01-20'),
        params: { id: filing.id },
        idempotencyKey: key,
        body: {
          expectedVersion: filing.version,
          reason: 'RELOCATED',
          destination: { code: '320100' },
          evidenceMaterialIds: [evidenceId],
        },
      });
    const evidenceId = await testMaterial(runtime, user, person.id, 'EVIDENCE');
    const first = await change();
    const retry = await change();

    expect(first.status).toBe(200);
    expect(first.headers['idempotent-replay']).toBeUndefined();
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replay']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect((await runtime.store.filings.get(filing.id))?.filing.version).toBe(filing.version + 1);
  });

  it('POST /v1/materials: replays the same material and upload', async () => {
    const { user, person } = await activeFiling();
    const key = randomUUID();
    const create = () =>
      call<{ id: string; upload: unknown }>(runtime, buildCreateMaterial, 'POST /v1/materials', {
        user,
        idempotencyKey: key,
        body: {
          personId: person.id,
          docType: 'EVIDENCE',
          contentType: 'image/jpeg',
          size: 2048,
          sha256: 'b'.repeat(64),
        },
      });
    const first = await create();
    const retry = await create();

    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replay']).toBe('true');
    expect(retry.body).toEqual(first.body);
  });

  it('POST /v1/persons/{id}/consent: replays the activation', async () => {
    const { user, person } = await activeFiling();
    const agent = await testUser(runtime);
    await linkAgent(runtime, agent, person, 'PENDING');
    const key = randomUUID();
    const consent = () =>
      call<{ authorization: string }>(runtime, buildConsent, 'POST /v1/persons/{id}/consent', {
        user,
        params: { id: person.id },
        idempotencyKey: key,
        body: { agentUserId: agent.userId },
      });
    const first = await consent();
    const retry = await consent();

    expect(first.status).toBe(200);
    expect(first.body.authorization).toBe('ACTIVE');
    expect(retry.headers['idempotent-replay']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect((await runtime.store.agentLinks.get(agent.userId, person.id))?.authorization).toBe(
      'ACTIVE',
    );
  });
});

describe('a refused state change', () => {
  it('leaves no record: the corrected request with the same key is carried out', async () => {
    const { user, person, filing } = await activeFiling();
    const key = randomUUID();
    const evidenceId = await testMaterial(runtime, user, person.id, 'EVIDENCE');
    const change = (expectedVersion: number) =>
      call(runtime, buildChange, 'POST /v1/filings/{id}/changes', {
        user,
        clock: chinaMorning('2027-01-20'),
        params: { id: filing.id },
        idempotencyKey: key,
        body: {
          expectedVersion,
          reason: 'RELOCATED',
          destination: { code: '330100' },
          evidenceMaterialIds: [evidenceId],
        },
      });

    const stale = await change(filing.version - 1);
    expect(stale.status).toBe(409);
    expect(stale.body.error?.code).toBe('VERSION_CONFLICT');

    const corrected = await change(filing.version);
    expect(corrected.status).toBe(200);
    expect(corrected.headers['idempotent-replay']).toBeUndefined();
    expect(corrected.body.destination.code).toBe('330100');
  });
});
