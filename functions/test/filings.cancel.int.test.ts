// Cancellation with X-Clock: the 淮安 3-month lock on long-term filings (HA-9) and its in-hospital
// exception, the next-working-day effect, AH's "any time", and a replayed Idempotency-Key.
import { randomUUID } from 'node:crypto';
import { build as buildCancel } from '../src/http/filings/cancel';
import { build as buildCreate } from '../src/http/filings/create';
import { build as buildGet } from '../src/http/filings/get';
import type { Runtime } from '../src/runtime';
import {
  approve,
  call,
  chinaMorning,
  testMaterial,
  testPerson,
  testRuntime,
  testUser,
  type TestUser,
} from './filings.support';

const CANCEL = 'POST /v1/filings/{id}/cancellation';
const FILED_ON = '2026-12-15';
const APPROVED_ON = '2026-12-16';
const HA_LOCK_LIFTS_ON = '2027-03-17';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

async function approvedLongTerm(insuredRegion: '320800' | '340100') {
  const user = await testUser(runtime);
  const person = await testPerson(runtime, user, { insuredRegion });
  const fileBody = async () => ({
    personId: person.id,
    category: 'LONG_TERM_RESIDENT',
    destination: { code: '310000' },
    startDate: FILED_ON,
    contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
    proof: {
      kind: 'MATERIALS',
      materialIds: [await testMaterial(runtime, user, person.id, 'RESIDENCE_PERMIT')],
    },
    // 淮安: long-term validity ends with the proof document (HA-8).
    ...(insuredRegion === '320800' ? { proofEndDate: '2029-12-31' } : {}),
  });
  const filed = await call(runtime, buildCreate, 'POST /v1/filings', {
    user,
    clock: chinaMorning(FILED_ON),
    body: await fileBody(),
  });
  expect(filed.status).toBe(201);
  const filing = await approve(runtime, filed.body, chinaMorning(APPROVED_ON));
  return { user, person, filing, fileBody };
}

function cancel(
  user: TestUser,
  filingId: string,
  date: string,
  body: Record<string, unknown>,
  idempotencyKey?: string,
) {
  return call(runtime, buildCancel, CANCEL, {
    user,
    clock: chinaMorning(date),
    params: { id: filingId },
    body: { reason: '已回参保地居住', ...body },
    ...(idempotencyKey ? { idempotencyKey } : {}),
  });
}

describe('HA-9: no cancellation of a long-term filing within 3 months, except in hospital', () => {
  it('refuses with CANCEL_LOCKED and the day it lifts; actions say so first', async () => {
    const { user, filing } = await approvedLongTerm('320800');
    expect(filing.validUntil).toBe('2029-12-31');
    const seen = await call(runtime, buildGet, 'GET /v1/filings/{id}', {
      user,
      clock: chinaMorning('2027-01-20'),
      params: { id: filing.id },
    });
    expect(seen.body.actions.cancel).toMatchObject({
      allowed: false,
      code: 'CANCEL_LOCKED',
      rule: 'HA-9',
      until: HA_LOCK_LIFTS_ON,
    });
    const refused = await cancel(user, filing.id, '2027-01-20', {
      expectedVersion: filing.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'CANCEL_LOCKED',
      rule: 'HA-9',
      until: HA_LOCK_LIFTS_ON,
    });
  });

  it('cancels inside the lock when in hospital; effective the next working day; the guard is freed', async () => {
    const { user, person, filing, fileBody } = await approvedLongTerm('320800');
    const cancelled = await cancel(user, filing.id, '2027-01-20', {
      expectedVersion: filing.version,
      inHospital: true,
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'CANCELLED',
      version: filing.version + 1,
      details: { cancellation: { effectiveOn: '2027-01-21', inHospital: true } },
    });
    expect(cancelled.body.history?.at(-1)).toMatchObject({
      event: 'CANCELLED',
      status: 'CANCELLED',
    });

    const again = await cancel(user, filing.id, '2027-01-20', {
      expectedVersion: filing.version + 1,
    });
    expect(again.status).toBe(409);
    expect(again.body.error?.code).toBe('FILING_NOT_ACTIVE');

    const refiled = await call(runtime, buildCreate, 'POST /v1/filings', {
      user,
      clock: chinaMorning('2027-01-20'),
      body: { ...(await fileBody()), startDate: '2027-01-20' },
    });
    expect(refiled.status).toBe(201);
    expect(await runtime.store.filings.listForPerson(person.id)).toHaveLength(2);
  });

  it('cancels without a reason once the lock has lifted', async () => {
    const { user, filing } = await approvedLongTerm('320800');
    const cancelled = await cancel(user, filing.id, HA_LOCK_LIFTS_ON, {
      expectedVersion: filing.version,
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('CANCELLED');
  });
});

describe('POST /v1/filings/{id}/cancellation: elsewhere, versions, retries', () => {
  it('cancels an AH long-term filing at any time, effective the same day', async () => {
    const { user, filing } = await approvedLongTerm('340100');
    const cancelled = await cancel(user, filing.id, '2026-12-17', {
      expectedVersion: filing.version,
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'CANCELLED',
      details: { cancellation: { effectiveOn: '2026-12-17' } },
    });
  });

  it('refuses a stale expectedVersion (VERSION_CONFLICT)', async () => {
    const { user, filing } = await approvedLongTerm('340100');
    const stale = await cancel(user, filing.id, '2026-12-17', {
      expectedVersion: filing.version - 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.code).toBe('VERSION_CONFLICT');
  });

  it('replays a retried cancellation with the same key and writes one version; another body is IDEMPOTENCY_KEY_REUSED', async () => {
    const { user, filing } = await approvedLongTerm('340100');
    const key = randomUUID();
    const first = await cancel(
      user,
      filing.id,
      '2026-12-17',
      { expectedVersion: filing.version },
      key,
    );
    const retry = await cancel(
      user,
      filing.id,
      '2026-12-17',
      { expectedVersion: filing.version },
      key,
    );
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect((await runtime.store.filings.get(filing.id))?.history).toHaveLength(filing.version + 1);

    const reused = await cancel(
      user,
      filing.id,
      '2026-12-17',
      { expectedVersion: filing.version, reason: '另一个原因' },
      key,
    );
    expect(reused.status).toBe(409);
    expect(reused.body.error?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });
});
