// Each state change writes its Idempotency-Key record in its own transaction: a retry with the
// key replays the first answer and changes nothing more; a refused request leaves no record, so
// the same key is judged afresh once the request is corrected. The record is a reference (status,
// resource kind + id + version), not the response: a replay re-reads the resource for the caller,
// as it is now and under the read's access rules.
import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { build as buildCancel } from '../../src/http/filings/cancel';
import { build as buildChange } from '../../src/http/filings/change';
import { build as buildCreateFiling } from '../../src/http/filings/create';
import { build as buildCreateMaterial } from '../../src/http/materials/create';
import { build as buildConsent } from '../../src/http/persons/consent';
import { build as buildCreatePerson } from '../../src/http/persons/create';
import { build as buildRevocation } from '../../src/http/persons/revocation';
import type { Runtime } from '../../src/runtime';
import { createDocumentClient, keys } from '../../src/store';
import { requestKeyOf } from '../../src/store/idempotency';
import { CONSENT, testPerson as newPersonBody } from '../support/people';
import { verifyAs } from '../support/http';
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
    // The same material; the upload form is signed afresh for it (same object, type and size).
    expect(retry.body.id).toBe(first.body.id);
    const fieldsOf = (body: { upload: unknown }) =>
      (body.upload as { url: string; fields: Record<string, string> }).fields;
    expect(fieldsOf(retry.body).key).toBe(fieldsOf(first.body).key);
    expect(fieldsOf(retry.body)['Content-Type']).toBe('image/jpeg');
    const evidence = (await runtime.store.materials.listForPerson(person.id)).filter(
      (material) => material.docType === 'EVIDENCE',
    );
    expect(evidence.map((material) => material.id)).toEqual([first.body.id]);
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

describe('a replay re-reads what the change produced', () => {
  const changeWith = (
    user: Awaited<ReturnType<typeof activeFiling>>['user'],
    filing: { id: string; version: number },
    key: string,
    evidenceId: string,
  ) =>
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

  it('keeps a reference in the record, no personal data: a change to a filing, on the version it wrote', async () => {
    const { user, person, filing } = await activeFiling();
    const key = randomUUID();
    const first = await changeWith(
      user,
      filing,
      key,
      await testMaterial(runtime, user, person.id, 'EVIDENCE'),
    );
    expect(first.status).toBe(200);

    const client = createDocumentClient({
      tableName: runtime.config.tableName,
      region: runtime.config.region,
      ...(runtime.config.dynamoEndpoint ? { endpoint: runtime.config.dynamoEndpoint } : {}),
    });
    // No record item of its own: the version the change wrote keeps it.
    const { Item: recordItem } = await client.send(
      new GetCommand({
        TableName: runtime.config.tableName,
        Key: keys.idempotency(user.userId, key),
        ConsistentRead: true,
      }),
    );
    expect(recordItem).toBeUndefined();
    const { Item } = await client.send(
      new GetCommand({
        TableName: runtime.config.tableName,
        Key: keys.filingHistory(filing.id, filing.version + 1),
        ConsistentRead: true,
      }),
    );
    expect(Item?.request).toEqual({
      key: requestKeyOf({ scope: user.userId, key }),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      statusCode: 200,
    });
    // Neither the user id nor the raw key is on the item, nor the person.
    expect(JSON.stringify(Item?.request)).not.toContain(key);
    expect(JSON.stringify(Item?.request)).not.toContain(user.userId);
    expect(JSON.stringify(Item)).not.toContain('测试人');
  });

  it('shows the resource as it is now when it changed since, naming the version it wrote', async () => {
    const { user, person, filing } = await activeFiling();
    const key = randomUUID();
    const evidenceId = await testMaterial(runtime, user, person.id, 'EVIDENCE');
    const first = await changeWith(user, filing, key, evidenceId);
    expect(first.status).toBe(200);
    const cancelled = await call(runtime, buildCancel, 'POST /v1/filings/{id}/cancellation', {
      user,
      clock: chinaMorning('2027-01-21'),
      params: { id: filing.id },
      body: { expectedVersion: first.body.version, reason: '不再需要异地就医' },
    });
    expect(cancelled.status).toBe(200);

    const retry = await changeWith(user, filing, key, evidenceId);
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replay']).toBe('true');
    expect(retry.headers['idempotent-replay-version']).toBe(String(filing.version + 1));
    expect(retry.body.version).toBe(cancelled.body.version);
    expect(retry.body.status).toBe('CANCELLED');
    // Nothing was written again.
    expect((await runtime.store.filings.get(filing.id))?.filing.version).toBe(
      cancelled.body.version,
    );
  });

  it('answers a caller who lost access what any read answers (404), not the first answer', async () => {
    const { user: owner, person, filing } = await activeFiling();
    const agent = await testUser(runtime);
    await linkAgent(runtime, agent, person, 'ACTIVE');
    const key = randomUUID();
    const evidenceId = await testMaterial(runtime, agent, person.id, 'EVIDENCE');
    const first = await changeWith(agent, filing, key, evidenceId);
    expect(first.status).toBe(200);

    const revoked = await call(
      runtime,
      buildRevocation,
      'POST /v1/persons/{id}/agents/{userId}/revocation',
      { user: owner, params: { id: person.id, userId: agent.userId } },
    );
    expect(revoked.status).toBe(200);

    const retry = await changeWith(agent, filing, key, evidenceId);
    expect(retry.status).toBe(404);
    expect(retry.body.error?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(retry.body)).not.toContain('测试人');
  });

  it('POST /v1/persons/{id}/agents/{userId}/revocation: replays the withdrawal from its audit item', async () => {
    const { user: owner, person } = await activeFiling();
    const agent = await testUser(runtime);
    await linkAgent(runtime, agent, person, 'ACTIVE');
    const key = randomUUID();
    const revoke = () =>
      call<{ userId: string; authorization: string; revokedAt: string }>(
        runtime,
        buildRevocation,
        'POST /v1/persons/{id}/agents/{userId}/revocation',
        { user: owner, params: { id: person.id, userId: agent.userId }, idempotencyKey: key },
      );
    const first = await revoke();
    const retry = await revoke();

    expect(first.status).toBe(200);
    expect(first.body.authorization).toBe('REVOKED');
    expect(retry.status).toBe(200);
    expect(retry.headers['idempotent-replay']).toBe('true');
    expect(retry.body).toEqual(first.body);
  });

  it('POST /v1/persons: replays 201 with the person as the caller’s link shows them', async () => {
    const user = await testUser(runtime);
    await verifyAs(runtime, user.token);
    const key = randomUUID();
    const body = {
      ...newPersonBody({ insuredRegion: REGION, relationship: 'SPOUSE' }),
      consent: CONSENT,
    };
    const add = () =>
      call<{ id: string; authorization: string }>(runtime, buildCreatePerson, 'POST /v1/persons', {
        user,
        idempotencyKey: key,
        body,
      });
    const first = await add();
    const retry = await add();

    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replay']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await runtime.store.agentLinks.listForUser(user.userId)).toHaveLength(1);
  });
});
