// Issue 15 acceptance on DynamoDB Local: 零星报销 claims through the HTTP handlers — AH-47's last
// day accepted and the next refused with the date, a 淮安 outpatient claim told both missing
// documents at once, HA-19's payment date across 中秋 and 国庆 2026, an extended claim still
// incomplete forfeited by the sweep, a message to the person at each step, access as filings.
import { build as buildCreate } from '../src/http/claims/create';
import { build as buildGet } from '../src/http/claims/get';
import { build as buildList } from '../src/http/claims/list';
import { build as buildSupplement } from '../src/http/claims/supplement';
import { build as buildQueue } from '../src/http/claims/reviewQueue';
import { build as buildDecision } from '../src/http/claims/reviewDecision';
import { build as buildPaid } from '../src/http/claims/reviewPaid';
import { build as buildExport } from '../src/http/claims/reviewExport';
import { fixedClock } from '../src/clock';
import type { Runtime } from '../src/runtime';
import { sweepClaims } from '../src/services/claims/sweepClaims';
import {
  call,
  chinaMorning,
  linkAgent,
  testMaterial,
  testPerson,
  testRuntime,
  testUser,
  type TestUser,
} from './filings.support';
import { callRaw } from './operations.support';
import { addDays, type Claim, type DocType } from '@yidi/shared';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

type ClaimResponse = Claim & { error?: Record<string, unknown> };

async function personWith(region: string, docs: DocType[]) {
  const owner = await testUser(runtime);
  const person = await testPerson(runtime, owner, { insuredRegion: region });
  const materials = await Promise.all(docs.map((d) => testMaterial(runtime, owner, person.id, d)));
  return { owner, person, materials };
}

const claimBody = (
  personId: string,
  materialIds: string[],
  extra: Record<string, unknown> = {},
) => ({
  personId,
  kind: 'OUTPATIENT',
  hospitalName: '南京鼓楼医院',
  paidOn: '2026-05-31',
  amountFen: 123_456,
  materialIds,
  ...extra,
});

const create = (user: TestUser, body: unknown, date: string, idempotencyKey?: string) =>
  call<ClaimResponse>(runtime, buildCreate, 'POST /v1/claims', {
    user,
    body,
    clock: chinaMorning(date),
    ...(idempotencyKey ? { idempotencyKey } : {}),
  });

const messagesOf = (personId: string) => runtime.store.messages.listForPerson(personId);

describe('POST /v1/claims (AH-47 deadline, HA-18 documents)', () => {
  it('AH-47: made on the last day of the 3 months is accepted; a day later refused naming AH-47 and the date', async () => {
    const { owner, person, materials } = await personWith('340100', ['RECEIPT', 'ITEMISED_BILL']);
    const onTime = await create(owner, claimBody(person.id, materials), '2026-08-31');
    expect(onTime.status).toBe(201);
    expect(onTime.body).toMatchObject({
      status: 'SUBMITTED',
      deadline: '2026-08-31',
      version: 1,
      missing: [],
    });

    const late = await create(owner, claimBody(person.id, materials), '2026-09-01');
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({
      code: 'CLAIM_DEADLINE_PASSED',
      rule: 'AH-47',
      until: '2026-08-31',
    });
    expect(String(late.body.error?.message)).toContain('2026-08-31');
  });

  it('HA-18: a 淮安 outpatient claim missing two documents is told both at once', async () => {
    const { owner, person, materials } = await personWith('320800', ['RECEIPT']);
    const answer = await create(
      owner,
      claimBody(person.id, materials, { paidOn: '2026-09-01' }),
      '2026-09-24',
    );
    expect(answer.status).toBe(409);
    expect(answer.body.error).toMatchObject({
      code: 'MATERIALS_INCOMPLETE',
      rule: 'HA-18',
      missing: ['ITEMISED_BILL', 'PRESCRIPTION'],
    });
    expect(await runtime.store.claims.listForPerson(person.id)).toEqual([]);
  });

  it('the same Idempotency-Key replays the first answer and writes nothing more', async () => {
    const { owner, person, materials } = await personWith('340100', ['RECEIPT', 'ITEMISED_BILL']);
    const key = '7b0f0a52-3a4e-4f6f-9d5e-0f1e2d3c4b5a';
    const first = await create(owner, claimBody(person.id, materials), '2026-07-01', key);
    const again = await create(owner, claimBody(person.id, materials), '2026-07-01', key);
    expect(again.body.id).toBe(first.body.id);
    expect(await runtime.store.claims.listForPerson(person.id)).toHaveLength(1);
  });
});

describe('access as for filings', () => {
  it('a PENDING agent sees nothing (404) and cannot claim; a stranger 404; a reviewer of the region reads it', async () => {
    const { owner, person, materials } = await personWith('340100', ['RECEIPT', 'ITEMISED_BILL']);
    const created = await create(owner, claimBody(person.id, materials), '2026-07-01');
    const pending = await testUser(runtime);
    await linkAgent(runtime, pending, person, 'PENDING');
    const stranger = await testUser(runtime);
    const reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: ['340100'] });
    const otherReviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: ['320800'] });
    const get = (user: TestUser) =>
      call<ClaimResponse>(runtime, buildGet, 'GET /v1/claims/{id}', {
        user,
        params: { id: created.body.id },
      });
    expect((await get(pending)).status).toBe(404);
    expect((await get(stranger)).status).toBe(404);
    expect((await get(otherReviewer)).status).toBe(404);
    const read = await get(reviewer);
    expect(read.status).toBe(200);
    expect(read.body.person?.idNumberMasked).toBe('3403**********1234');
    expect(read.body.reviewerDecision).toEqual({ allowed: true });
    expect((await create(pending, claimBody(person.id, materials), '2026-07-01')).status).toBe(404);
    const list = await call<ClaimResponse[]>(runtime, buildList, 'GET /v1/claims', {
      user: owner,
      query: { personId: person.id },
    });
    expect(list.body.map((c) => c.id)).toEqual([created.body.id]);
  });
});

describe('HA-19 payment and the reviewer side', () => {
  it('approval counts 10 working days from complete materials across 中秋 and 国庆 2026; paid; a message at each step', async () => {
    const { owner, person, materials } = await personWith('320800', [
      'RECEIPT',
      'ITEMISED_BILL',
      'PRESCRIPTION',
    ]);
    const created = await create(
      owner,
      claimBody(person.id, materials, { paidOn: '2026-09-01' }),
      '2026-09-24',
    );
    expect(created.body).toMatchObject({
      status: 'SUBMITTED',
      deadline: null,
      reviewDueBy: '2026-10-15',
    });
    const reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: ['320800'] });

    const queue = await call<{ items: ClaimResponse[]; nextCursor: string | null }>(
      runtime,
      buildQueue,
      'GET /v1/review/claims',
      {
        user: reviewer,
        query: { region: '320800' },
        clock: chinaMorning('2026-09-25'),
      },
    );
    expect(queue.body.items.map((c) => c.id)).toContain(created.body.id);

    const approved = await call<ClaimResponse>(
      runtime,
      buildDecision,
      'POST /v1/review/claims/{id}/decision',
      {
        user: reviewer,
        params: { id: created.body.id },
        body: { expectedVersion: 1, decision: 'APPROVE' },
        clock: chinaMorning('2026-09-28'),
      },
    );
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'APPROVED',
      paymentDueBy: '2026-10-15',
      version: 2,
    });

    const paid = await call<ClaimResponse>(runtime, buildPaid, 'POST /v1/review/claims/{id}/paid', {
      user: reviewer,
      params: { id: created.body.id },
      body: { expectedVersion: 2 },
      clock: chinaMorning('2026-10-12'),
    });
    expect(paid.body).toMatchObject({ status: 'PAID', version: 3 });
    expect(paid.body.history.map((h) => h.event)).toEqual(['SUBMITTED', 'APPROVED', 'PAID']);

    const kinds = (await messagesOf(person.id)).map((m) => m.kind).sort();
    expect(kinds).toEqual(['CLAIM_APPROVED', 'CLAIM_PAID', 'CLAIM_RECEIVED']);
    const approval = (await messagesOf(person.id)).find((m) => m.kind === 'CLAIM_APPROVED');
    expect(approval?.body).toContain('2026年10月15日');

    const csv = await callRaw(buildExport(runtime), 'GET /v1/review/claims/export', {
      user: reviewer,
      query: { region: '320800' },
    });
    expect(csv.status).toBe(200);
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(String(csv.body)).toContain('3403**********1234');
    expect(String(csv.body)).not.toMatch(/(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])/);
  });

  it('SOD-1: the reviewer who made the claim for the person may not decide it (403 CONFLICT_OF_INTEREST)', async () => {
    const reviewer = await testUser(runtime, {
      roles: ['REVIEWER', 'INSURED'],
      regions: ['340100'],
    });
    const person = await testPerson(runtime, reviewer, { insuredRegion: '340100' });
    const materials = await Promise.all(
      (['RECEIPT', 'ITEMISED_BILL'] as const).map((d) =>
        testMaterial(runtime, reviewer, person.id, d),
      ),
    );
    const created = await create(reviewer, claimBody(person.id, materials), '2026-07-01');
    const answer = await call<ClaimResponse>(
      runtime,
      buildDecision,
      'POST /v1/review/claims/{id}/decision',
      {
        user: reviewer,
        params: { id: created.body.id },
        body: { expectedVersion: 1, decision: 'APPROVE' },
        clock: chinaMorning('2026-07-02'),
      },
    );
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatchObject({ code: 'CONFLICT_OF_INTEREST' });
  });
});

describe('the claims sweep after days it did not run', () => {
  it('reads every day since its last finished run: a claim whose reminder day was missed is still forfeited', async () => {
    const { owner, person, materials } = await personWith('340100', ['RECEIPT']);
    const requested = await create(
      owner,
      claimBody(person.id, materials, {
        kind: 'INPATIENT',
        paidOn: '2026-03-02',
        extensionRequest: { reason: '医院尚未出具住院费用清单' },
      }),
      '2026-05-25',
    );
    expect(requested.status).toBe(201);
    const reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: ['340100'] });
    const extended = await call<ClaimResponse>(
      runtime,
      buildDecision,
      'POST /v1/review/claims/{id}/decision',
      {
        user: reviewer,
        params: { id: requested.body.id },
        body: { expectedVersion: 1, decision: 'EXTEND_APPROVED' },
        clock: chinaMorning('2026-05-26'),
      },
    );
    const extendedDeadline = extended.body.extendedDeadline as string;
    expect(extendedDeadline > '2026-08-31').toBe(true);
    const sweepOn = (date: string) =>
      sweepClaims({ store: runtime.store, clock: fixedClock(`${date}T02:00:00+08:00`) });
    await sweepOn('2026-05-26');
    // The sweep is down from 05-27 until the day after the extended deadline: its 30-, 7- and
    // 1-day reminder days pass unread; the next run reads them all and forfeits the claim.
    expect((await sweepOn(addDays(extendedDeadline, 1))).forfeited).toBe(1);
    const after = await call<ClaimResponse>(runtime, buildGet, 'GET /v1/claims/{id}', {
      user: owner,
      params: { id: requested.body.id },
    });
    expect(after.body.status).toBe('FORFEITED');
  }, 120_000);
});

describe('AH-47 extension and forfeiture by the sweep', () => {
  it('an extended claim still incomplete after its extended deadline is forfeited by the sweep; a message at each step', async () => {
    const { owner, person, materials } = await personWith('340100', ['RECEIPT']);
    const requested = await create(
      owner,
      claimBody(person.id, materials, {
        kind: 'INPATIENT',
        extensionRequest: { reason: '医院尚未出具住院费用清单' },
      }),
      '2026-08-20',
    );
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({
      status: 'EXTENSION_REQUESTED',
      missing: ['ITEMISED_BILL'],
      deadline: '2026-08-31',
    });

    const reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: ['340100'] });
    const extended = await call<ClaimResponse>(
      runtime,
      buildDecision,
      'POST /v1/review/claims/{id}/decision',
      {
        user: reviewer,
        params: { id: requested.body.id },
        body: { expectedVersion: 1, decision: 'EXTEND_APPROVED' },
        clock: chinaMorning('2026-08-21'),
      },
    );
    expect(extended.body).toMatchObject({ status: 'EXTENDED', extendedDeadline: '2026-11-30' });

    // A supplement that still leaves the bill missing keeps it EXTENDED.
    const more = await testMaterial(runtime, owner, person.id, 'EVIDENCE');
    const supplemented = await call<ClaimResponse>(
      runtime,
      buildSupplement,
      'POST /v1/claims/{id}/supplements',
      {
        user: owner,
        params: { id: requested.body.id },
        body: { expectedVersion: 2, materialIds: [more] },
        clock: chinaMorning('2026-09-10'),
      },
    );
    expect(supplemented.body).toMatchObject({
      status: 'EXTENDED',
      missing: ['ITEMISED_BILL'],
      version: 3,
    });

    // The sweep reads only what is due: 30 days before → a reminder, once.
    const sweepOn = (date: string) =>
      sweepClaims({ store: runtime.store, clock: fixedClock(`${date}T02:00:00+08:00`) });
    expect(await sweepOn('2026-10-31')).toMatchObject({ reminded: 1, forfeited: 0 });
    expect(await sweepOn('2026-10-31')).toMatchObject({ reminded: 0, forfeited: 0 });
    expect((await sweepOn('2026-11-30')).forfeited).toBe(0);
    expect(await sweepOn('2026-12-01')).toMatchObject({ forfeited: 1 });
    expect(await sweepOn('2026-12-01')).toMatchObject({ forfeited: 0, read: 0 });

    const after = await call<ClaimResponse>(runtime, buildGet, 'GET /v1/claims/{id}', {
      user: owner,
      params: { id: requested.body.id },
    });
    expect(after.body.status).toBe('FORFEITED');
    // AH-47 governs both the documents and the deadline it was asked under: named once.
    expect(after.body.history[0]).toMatchObject({ event: 'EXTENSION_REQUESTED', rule: 'AH-47' });
    expect(after.body.history.at(-1)).toMatchObject({
      event: 'FORFEITED',
      rule: 'AH-47',
      recordedBy: 'SYSTEM',
    });
    expect(after.body.actions.supplement).toMatchObject({ allowed: false, applicable: false });

    const messages = await messagesOf(person.id);
    expect(messages.map((m) => m.kind)).toEqual(
      expect.arrayContaining([
        'CLAIM_RECEIVED',
        'CLAIM_EXTENSION_APPROVED',
        'CLAIM_DUE',
        'CLAIM_FORFEITED',
      ]),
    );
    // Each is about the claim (a tap opens the claim), the sweep's reminders too.
    for (const m of messages) {
      expect(m.subject).toEqual({ kind: 'CLAIM', id: requested.body.id });
    }
    const history = await runtime.store.claims.history(requested.body.id);
    // Versions are deltas: the forfeit records only what changed.
    expect(Object.keys(history.at(-1)?.delta ?? {}).sort()).toEqual(['status', 'sweepDay']);
  });
});
