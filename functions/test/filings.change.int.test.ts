// Changes (变更) with X-Clock: the AH 6-month lock (AH-14-1) and its exceptions — relocation with
// evidence at once, never while a commitment is open — versions and history, optimistic locking.
import { build as buildChange } from '../src/http/filings/change';
import { build as buildCreate } from '../src/http/filings/create';
import { build as buildGet } from '../src/http/filings/get';
import type { Runtime } from '../src/runtime';
import {
  approve,
  call,
  chinaMorning,
  linkAgent,
  testMaterial,
  testPerson,
  testRuntime,
  testUser,
  type TestUser,
} from './filings.support';

const CHANGE = 'POST /v1/filings/{id}/changes';
const FILED_ON = '2026-12-15';
const APPROVED_ON = '2026-12-16';
/** 6 months from the approval day, CC-201: the lock ends 2027-06-16, so changes open the 17th. */
const LOCK_LIFTS_ON = '2027-06-17';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

async function activeLongTermFiling(options: { commitment?: boolean; approved?: boolean } = {}) {
  const user = await testUser(runtime);
  const person = await testPerson(runtime, user, { insuredRegion: '340100' });
  const proof = options.commitment
    ? {
        kind: 'COMMITMENT',
        missing: ['RESIDENCE_PERMIT'],
        signatureMaterialId: await testMaterial(runtime, user, person.id, 'COMMITMENT_SIGNATURE'),
      }
    : {
        kind: 'MATERIALS',
        materialIds: [await testMaterial(runtime, user, person.id, 'RESIDENCE_PERMIT')],
      };
  const filed = await call(runtime, buildCreate, 'POST /v1/filings', {
    user,
    clock: chinaMorning(FILED_ON),
    body: {
      personId: person.id,
      category: 'LONG_TERM_RESIDENT',
      destination: { code: '310000' },
      startDate: FILED_ON,
      contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
      proof,
    },
  });
  expect(filed.status).toBe(201);
  const filing =
    options.approved === false
      ? filed.body
      : await approve(runtime, filed.body, chinaMorning(APPROVED_ON));
  const evidence = () => testMaterial(runtime, user, person.id, 'EVIDENCE');
  return { user, person, filing, evidence };
}

function change(user: TestUser, filingId: string, date: string, body: Record<string, unknown>) {
  return call(runtime, buildChange, CHANGE, {
    user,
    clock: chinaMorning(date),
    params: { id: filingId },
    body,
  });
}

describe('AH-14-1: no change within 6 months of taking effect', () => {
  it('refuses an ordinary change with CHANGE_LOCKED until the lock lifts, and actions say so first', async () => {
    const { user, filing } = await activeLongTermFiling();
    const seen = await call(runtime, buildGet, 'GET /v1/filings/{id}', {
      user,
      clock: chinaMorning('2027-01-20'),
      params: { id: filing.id },
    });
    expect(seen.body.actions.change).toMatchObject({
      allowed: false,
      code: 'CHANGE_LOCKED',
      rule: 'AH-14-1',
      until: LOCK_LIFTS_ON,
    });
    const refused = await change(user, filing.id, '2027-01-20', {
      expectedVersion: filing.version,
      reason: 'OTHER',
      destination: { code: '320100' },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'CHANGE_LOCKED',
      rule: 'AH-14-1',
      until: LOCK_LIFTS_ON,
    });
    expect((await runtime.store.filings.get(filing.id))?.filing.version).toBe(filing.version);
  });

  it('allows the same change on the day the lock lifts, not the day before', async () => {
    const { user, filing } = await activeLongTermFiling();
    const dayBefore = await change(user, filing.id, '2027-06-16', {
      expectedVersion: filing.version,
      reason: 'OTHER',
      destination: { code: '320100' },
    });
    expect(dayBefore.status).toBe(409);
    const onTheDay = await change(user, filing.id, LOCK_LIFTS_ON, {
      expectedVersion: filing.version,
      reason: 'OTHER',
      destination: { code: '320100' },
    });
    expect(onTheDay.status).toBe(200);
    expect(onTheDay.body.destination.code).toBe('320100');
  });

  it('lets a relocation with evidence change at once: a new version, the previous kept in history', async () => {
    const { user, filing, evidence } = await activeLongTermFiling();
    const withoutEvidence = await change(user, filing.id, '2027-01-20', {
      expectedVersion: filing.version,
      reason: 'RELOCATED',
      destination: { code: '320100' },
    });
    expect(withoutEvidence.status).toBe(409);
    expect(withoutEvidence.body.error).toMatchObject({
      code: 'MATERIALS_INCOMPLETE',
      rule: 'AH-14-1',
    });

    const changed = await change(user, filing.id, '2027-01-20', {
      expectedVersion: filing.version,
      reason: 'RELOCATED',
      destination: { code: '320100' },
      evidenceMaterialIds: [await evidence()],
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      status: 'ACTIVE',
      version: filing.version + 1,
      destination: { code: '320100', level: 'CITY' },
      validFrom: FILED_ON,
      validUntil: null,
    });
    const [filed, approved, latest] = changed.body.history ?? [];
    expect(filed).toMatchObject({ version: 1, event: 'FILED', destination: { code: '310000' } });
    expect(approved).toMatchObject({
      version: 2,
      event: 'APPROVED',
      destination: { code: '310000' },
    });
    expect(latest).toMatchObject({
      version: 3,
      event: 'CHANGED',
      changeReason: 'RELOCATED',
      destination: { code: '320100' },
      recordedBy: user.userId,
    });
    // An exception change does not restart the lock: it counts from taking effect (AH-14-1).
    expect(changed.body.actions.change).toMatchObject({
      code: 'CHANGE_LOCKED',
      until: LOCK_LIFTS_ON,
    });
    const stored = await runtime.store.filings.get(filing.id);
    expect(stored?.history.map((item) => item.version)).toEqual([1, 2, 3]);
    // The audit item of the change names who acted and the rule that allowed it.
    expect(stored?.history[2]?.audit).toMatchObject({
      fromVersion: 2,
      actorKind: 'SELF',
      rule: expect.stringContaining('AH-14-1'),
    });
    // The change's history item is a delta: the version's brief (what GET's history and the audit
    // show), no snapshot of the whole filing.
    expect(stored?.history[2]).toMatchObject({
      event: 'CHANGED',
      status: stored?.filing.status,
      destination: stored?.filing.destination,
      validFrom: stored?.filing.validFrom,
    });
    expect(Object.keys(stored?.history[2] ?? {})).not.toContain('snapshot');
    expect(changed.body.history?.map((entry: { version: number }) => entry.version)).toEqual([
      1, 2, 3,
    ]);
  });

  it('refuses any change while a commitment is open, even a relocation with evidence (COMMITMENT_OPEN)', async () => {
    const { user, filing, evidence } = await activeLongTermFiling({ commitment: true });
    const refused = await change(user, filing.id, '2027-01-20', {
      expectedVersion: filing.version,
      reason: 'RELOCATED',
      destination: { code: '320100' },
      evidenceMaterialIds: [await evidence()],
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'COMMITMENT_OPEN', rule: 'AH-14-1' });
  });

  it('refuses a change of a filing still under review (FILING_NOT_ACTIVE)', async () => {
    const { user, filing, evidence } = await activeLongTermFiling({ approved: false });
    const refused = await change(user, filing.id, '2026-12-15', {
      expectedVersion: filing.version,
      reason: 'RELOCATED',
      evidenceMaterialIds: [await evidence()],
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe('FILING_NOT_ACTIVE');
  });
});

describe('POST /v1/filings/{id}/changes: versions and access', () => {
  it('two concurrent changes with the same expectedVersion: one wins, the other gets VERSION_CONFLICT', async () => {
    const { user, filing, evidence } = await activeLongTermFiling();
    const evidenceId = await evidence();
    const attempt = (code: string) =>
      change(user, filing.id, '2027-01-20', {
        expectedVersion: filing.version,
        reason: 'RELOCATED',
        destination: { code },
        evidenceMaterialIds: [evidenceId],
      });
    const results = await Promise.all([attempt('320100'), attempt('330100')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body.error?.code).toBe('VERSION_CONFLICT');
    const stored = await runtime.store.filings.get(filing.id);
    expect(stored?.filing.version).toBe(filing.version + 1);
    expect(stored?.history).toHaveLength(filing.version + 1);

    const stale = await change(user, filing.id, '2027-01-21', {
      expectedVersion: filing.version,
      reason: 'RELOCATED',
      evidenceMaterialIds: [evidenceId],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.code).toBe('VERSION_CONFLICT');
  });

  it('answers a pending agent, a stranger and an unknown id alike (404): the filing is not theirs to see', async () => {
    const { person, filing } = await activeLongTermFiling();
    const pending = await testUser(runtime);
    await linkAgent(runtime, pending, person, 'PENDING');
    const stranger = await testUser(runtime);
    const body = { expectedVersion: filing.version, reason: 'OTHER' };
    const byPending = await change(pending, filing.id, LOCK_LIFTS_ON, body);
    expect(byPending.status).toBe(404);
    expect(byPending.body.error?.code).toBe('NOT_FOUND');
    const byStranger = await change(stranger, filing.id, LOCK_LIFTS_ON, body);
    expect(byStranger.status).toBe(404);
    const unknown = await change(stranger, 'no-such-filing', LOCK_LIFTS_ON, body);
    expect(unknown.status).toBe(404);
  });
});
