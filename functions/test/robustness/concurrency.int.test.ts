// Races the database must settle, not the application: duplicate submissions with one
// Idempotency-Key, duplicate filings with different keys, and conflicting updates of one version.
import { randomUUID } from 'node:crypto';
import { build as buildCancel } from '../../src/http/filings/cancel';
import { build as buildChange } from '../../src/http/filings/change';
import { build as buildCreateFiling } from '../../src/http/filings/create';
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
import { envelopeProblem } from './envelope';

// Hundreds of DynamoDB Local round trips; slow on a busy 2-core machine.
jest.setTimeout(30_000);

const REGION = '340100';
const FILED_ON = '2026-12-15';
const RACERS = 8;

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

async function filer() {
  const user = await testUser(runtime);
  const person = await testPerson(runtime, user, { insuredRegion: REGION });
  const materialId = await testMaterial(runtime, user, person.id, 'RESIDENCE_PERMIT');
  const body = {
    personId: person.id,
    category: 'LONG_TERM_RESIDENT',
    destination: { code: '310000' },
    startDate: FILED_ON,
    contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
    proof: { kind: 'MATERIALS', materialIds: [materialId] },
  };
  const file = (idempotencyKey: string) =>
    call(runtime, buildCreateFiling, 'POST /v1/filings', {
      user,
      clock: chinaMorning(FILED_ON),
      body,
      idempotencyKey,
    });
  return { user, person, file };
}

async function activeFiling() {
  const { user, person, file } = await filer();
  const filed = await file(randomUUID());
  expect(filed.status).toBe(201);
  const filing = await approve(runtime, filed.body, chinaMorning('2026-12-16'));
  const evidence = () => testMaterial(runtime, user, person.id, 'EVIDENCE');
  return { user, filing, evidence };
}

describe('duplicate submissions', () => {
  it(`${RACERS} concurrent POST /v1/filings with one Idempotency-Key make exactly one filing`, async () => {
    const { person, file } = await filer();
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: RACERS }, () => file(key)));

    for (const response of responses) expect(envelopeProblem(response)).toBeUndefined();
    // Only one transaction can write the key's record: every other racer replays that answer.
    expect(responses.map((response) => response.status)).toEqual(Array<number>(RACERS).fill(201));
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    const original = responses.filter((response) => !response.headers['idempotent-replay']);
    expect(original).toHaveLength(1);
    const created = original;
    for (const replay of responses.filter((response) => response !== original[0])) {
      expect(replay.body).toEqual(original[0]!.body);
    }
    expect(await runtime.store.filings.listForPerson(person.id)).toHaveLength(1);

    // Once settled, the same key replays the one filing.
    const replay = await file(key);
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replay']).toBe('true');
    expect(replay.body.id).toBe(created[0]!.body.id);
    expect(await runtime.store.filings.listForPerson(person.id)).toHaveLength(1);
  });

  it(`${RACERS} concurrent filings with different keys: one wins, the rest ACTIVE_FILING_EXISTS`, async () => {
    const { person, file } = await filer();
    const responses = await Promise.all(Array.from({ length: RACERS }, () => file(randomUUID())));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, ...Array<number>(RACERS - 1).fill(409)]);
    for (const refused of responses.filter((response) => response.status === 409)) {
      expect(refused.body.error?.code).toBe('ACTIVE_FILING_EXISTS');
      expect(envelopeProblem(refused)).toBeUndefined();
    }
    expect(await runtime.store.filings.listForPerson(person.id)).toHaveLength(1);
  });
});

describe('conflicting updates of one version', () => {
  const change = (user: TestUser, filingId: string, body: Record<string, unknown>) =>
    call(runtime, buildChange, 'POST /v1/filings/{id}/changes', {
      user,
      clock: chinaMorning('2027-01-20'),
      params: { id: filingId },
      body,
    });

  it(`${RACERS} concurrent changes with the same expectedVersion: one wins, the rest VERSION_CONFLICT`, async () => {
    const { user, filing, evidence } = await activeFiling();
    const destinations = [
      '320100',
      '320200',
      '320500',
      '330100',
      '330200',
      '350100',
      '370100',
      '420100',
    ];
    const bodies = await Promise.all(
      destinations.slice(0, RACERS).map(async (code) => ({
        expectedVersion: filing.version,
        reason: 'RELOCATED',
        destination: { code },
        evidenceMaterialIds: [await evidence()],
      })),
    );
    const responses = await Promise.all(bodies.map((body) => change(user, filing.id, body)));

    const winners = responses.filter((response) => response.status === 200);
    expect(winners).toHaveLength(1);
    for (const loser of responses.filter((response) => response.status !== 200)) {
      expect(loser.status).toBe(409);
      expect(loser.body.error?.code).toBe('VERSION_CONFLICT');
    }
    const stored = await runtime.store.filings.get(filing.id);
    expect(stored?.filing.version).toBe(filing.version + 1);
    expect(stored?.filing.destination.code).toBe(winners[0]!.body.destination.code);
    expect(stored?.history.filter((entry) => entry.event === 'CHANGED')).toHaveLength(1);
  });

  it('a change racing a cancellation: exactly one of them is recorded', async () => {
    const { user, filing, evidence } = await activeFiling();
    const [changed, cancelled] = await Promise.all([
      change(user, filing.id, {
        expectedVersion: filing.version,
        reason: 'RELOCATED',
        destination: { code: '320100' },
        evidenceMaterialIds: [await evidence()],
      }),
      call(runtime, buildCancel, 'POST /v1/filings/{id}/cancellation', {
        user,
        clock: chinaMorning('2027-01-20'),
        params: { id: filing.id },
        body: { expectedVersion: filing.version, reason: '已回参保地居住' },
      }),
    ]);
    expect([changed.status, cancelled.status].sort()).toEqual([200, 409]);
    const loser = changed.status === 409 ? changed : cancelled;
    expect(loser.body.error?.code).toBe('VERSION_CONFLICT');
    const stored = await runtime.store.filings.get(filing.id);
    expect(stored?.history).toHaveLength(filing.version + 1);
    expect(stored?.filing.status).toBe(cancelled.status === 200 ? 'CANCELLED' : 'ACTIVE');
  });
});
