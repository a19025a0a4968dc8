// Admissions on DynamoDB Local: a stay that began inside the validity keeps the registration
// usable to discharge (AH-13-2) — the sweep does not expire it, the Filing says "住院中，出院前持续
// 有效" — and the discharge lets it end; a filing made during a stay starts on its admission day
// (AH-22); a reviewer may record a stay; 攀枝花's in-province referral is bound to the filed
// hospital and an admission elsewhere is sent to the phone filing (PZH-4-2-2, PZH-4-4).
import { build as buildAdmissions } from '../src/http/filings/admissions';
import { build as buildCreate } from '../src/http/filings/create';
import { build as buildGet } from '../src/http/filings/get';
import { build as buildInsuranceEnd } from '../src/http/review/insuranceStatusEnd';
import type { Runtime } from '../src/runtime';
import { sweepClockFor } from '../src/scheduled/sweep';
import { runSweep } from '../src/services/sweep/runSweep';
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

const ADMISSIONS = 'POST /v1/filings/{id}/admissions';
const CONTACT = { address: '上海市徐汇区宜山路600号', phone: '13912345678' };

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

/** An Anhui 其他临时外出就医 registration: instant self-service, ACTIVE 2026-12-15..2027-12-15. */
async function anhuiTemporary(extra: Record<string, unknown> = {}, filedOn = '2026-12-15') {
  const user = await testUser(runtime);
  const person = await testPerson(runtime, user, { insuredRegion: '340100' });
  const filed = await call(runtime, buildCreate, 'POST /v1/filings', {
    user,
    clock: chinaMorning(filedOn),
    body: {
      personId: person.id,
      category: 'OTHER_TEMPORARY',
      destination: { code: '310000' },
      startDate: filedOn,
      contact: CONTACT,
      proof: { kind: 'MATERIALS', materialIds: [] },
      ...extra,
    },
  });
  expect(filed.status).toBe(201);
  return { user, filing: filed.body };
}

function admit(
  user: TestUser,
  filing: { id: string; version: number },
  body: Record<string, unknown>,
  on: string,
) {
  return call(runtime, buildAdmissions, ADMISSIONS, {
    user,
    clock: chinaMorning(on),
    params: { id: filing.id },
    body: { expectedVersion: filing.version, hospitalName: '上海市第六人民医院', ...body },
  });
}

describe('POST /v1/filings/{id}/admissions', () => {
  it('AH-13-2: an admission inside the validity keeps it usable until discharge; the sweep waits', async () => {
    const { user, filing } = await anhuiTemporary();
    expect(filing).toMatchObject({ status: 'ACTIVE', validUntil: '2027-12-15' });
    expect(filing.actions.admission).toEqual({ allowed: true });

    const admitted = await admit(user, filing, { admissionDate: '2027-12-10' }, '2027-12-10');
    expect(admitted.status).toBe(200);
    expect(admitted.body).toMatchObject({
      version: filing.version + 1,
      admissions: [{ hospitalName: '上海市第六人民医院', admissionDate: '2027-12-10' }],
      inHospital: { admissionDate: '2027-12-10', text: '住院中，出院前持续有效', rule: 'AH-13-2' },
    });
    expect(admitted.body.history?.at(-1)?.event).toBe('ADMITTED');

    // The validity ended on 2027-12-15; the person is still in hospital on the 20th.
    await runSweep({ store: runtime.store, clock: sweepClockFor('2027-12-20') });
    const during = await call(runtime, buildGet, 'GET /v1/filings/{id}', {
      user,
      params: { id: filing.id },
    });
    expect(during.body).toMatchObject({
      status: 'ACTIVE',
      inHospital: { text: '住院中，出院前持续有效' },
    });

    const discharged = await admit(
      user,
      admitted.body,
      { admissionDate: '2027-12-10', dischargeDate: '2027-12-22' },
      '2027-12-22',
    );
    expect(discharged.status).toBe(200);
    expect(discharged.body.admissions).toEqual([
      {
        hospitalName: '上海市第六人民医院',
        admissionDate: '2027-12-10',
        dischargeDate: '2027-12-22',
      },
    ]);
    expect(discharged.body.inHospital).toBeUndefined();
    expect(discharged.body.history?.at(-1)?.event).toBe('DISCHARGED');

    // Covered through the discharge day, expired the day after.
    await runSweep({ store: runtime.store, clock: sweepClockFor('2027-12-22') });
    const onDischarge = await call(runtime, buildGet, 'GET /v1/filings/{id}', {
      user,
      params: { id: filing.id },
    });
    expect(onDischarge.body.status).toBe('ACTIVE');
    await runSweep({ store: runtime.store, clock: sweepClockFor('2027-12-23') });
    const after = await call(runtime, buildGet, 'GET /v1/filings/{id}', {
      user,
      params: { id: filing.id },
    });
    expect(after.body.status).toBe('EXPIRED');
  });

  it('AH-13-2: an admission after the validity, or a second open stay, is refused (ADMISSION_INVALID)', async () => {
    const { user, filing } = await anhuiTemporary();
    const late = await admit(user, filing, { admissionDate: '2027-12-16' }, '2027-12-16');
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ code: 'ADMISSION_INVALID', rule: 'AH-13-2' });

    const first = await admit(user, filing, { admissionDate: '2027-01-05' }, '2027-01-05');
    expect(first.status).toBe(200);
    const second = await admit(user, first.body, { admissionDate: '2027-01-08' }, '2027-01-08');
    expect(second.status).toBe(409);
    expect(second.body.error?.code).toBe('ADMISSION_INVALID');
  });

  it('rejects a malformed body with 422 and a stale version with 409', async () => {
    const { user, filing } = await anhuiTemporary();
    const malformed = await admit(
      user,
      filing,
      { admissionDate: '2027-01-05', dischargeDate: '2027-01-01' },
      '2027-01-06',
    );
    expect(malformed.status).toBe(422);
    const stale = await call(runtime, buildAdmissions, ADMISSIONS, {
      user,
      clock: chinaMorning('2027-01-05'),
      params: { id: filing.id },
      body: {
        expectedVersion: filing.version + 5,
        hospitalName: '某医院',
        admissionDate: '2027-01-05',
      },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.code).toBe('VERSION_CONFLICT');
  });

  it('a reviewer of the region records a stay; a reviewer of another region gets 404', async () => {
    const { filing } = await anhuiTemporary();
    const reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: ['340100'] });
    const outsider = await testUser(runtime, { roles: ['REVIEWER'], regions: ['320800'] });
    const foreign = await admit(outsider, filing, { admissionDate: '2027-02-01' }, '2027-02-01');
    expect(foreign.status).toBe(404);
    const recorded = await admit(reviewer, filing, { admissionDate: '2027-02-01' }, '2027-02-01');
    expect(recorded.status).toBe(200);
    expect(recorded.body.admissions?.[0]).toMatchObject({ admissionDate: '2027-02-01' });
  });

  it('AH-22: a filing made during a stay covers it from the admission day', async () => {
    const { filing } = await anhuiTemporary(
      {
        startDate: '2026-12-10',
        admission: { admissionDate: '2026-12-10', hospitalName: '上海市第六人民医院' },
      },
      '2026-12-15',
    );
    expect(filing).toMatchObject({
      validFrom: '2026-12-10',
      validUntil: '2027-12-10',
      admissions: [{ admissionDate: '2026-12-10', hospitalName: '上海市第六人民医院' }],
      inHospital: { text: '住院中，出院前持续有效' },
    });
  });
});

describe('攀枝花 in-province referral (PZH-4-2-2)', () => {
  async function pzhReferral() {
    const user = await testUser(runtime);
    const person = await testPerson(runtime, user, { insuredRegion: '510400' });
    const certificate = await testMaterial(runtime, user, person.id, 'REFERRAL_CERTIFICATE');
    const filed = await call(runtime, buildCreate, 'POST /v1/filings', {
      user,
      clock: chinaMorning('2026-12-15'),
      body: {
        personId: person.id,
        category: 'REFERRAL',
        destination: { code: '510100' },
        startDate: '2026-12-15',
        contact: { address: '成都市武侯区国学巷37号', phone: '13912345678' },
        proof: { kind: 'MATERIALS', materialIds: [] },
        referral: { hospitalName: '四川大学华西医院', certificateMaterialId: certificate },
      },
    });
    expect(filed.status).toBe(201);
    return { user, filing: await approve(runtime, filed.body, chinaMorning('2026-12-16')) };
  }

  it('PZH-4-4: an admission at another hospital is told to call 0812-12333; the filed hospital ends it at discharge', async () => {
    const { user, filing } = await pzhReferral();
    expect(filing.phoneFiling).toMatchObject({ phone: '0812-12333', rule: 'PZH-4-4' });
    const elsewhere = await call(runtime, buildAdmissions, ADMISSIONS, {
      user,
      clock: chinaMorning('2026-12-20'),
      params: { id: filing.id },
      body: {
        expectedVersion: filing.version,
        hospitalName: '成都市第一人民医院',
        admissionDate: '2026-12-20',
      },
    });
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.error).toMatchObject({
      code: 'PHONE_FILING_REQUIRED',
      rule: 'PZH-4-2-2',
    });
    expect(String(elsewhere.body.error?.message)).toContain('0812-12333');

    const admitted = await call(runtime, buildAdmissions, ADMISSIONS, {
      user,
      clock: chinaMorning('2026-12-20'),
      params: { id: filing.id },
      body: {
        expectedVersion: filing.version,
        hospitalName: '四川大学华西医院',
        admissionDate: '2026-12-20',
      },
    });
    expect(admitted.status).toBe(200);
    const settled = await call(runtime, buildAdmissions, ADMISSIONS, {
      user,
      clock: chinaMorning('2026-12-28'),
      params: { id: filing.id },
      body: {
        expectedVersion: admitted.body.version,
        hospitalName: '四川大学华西医院',
        admissionDate: '2026-12-20',
        dischargeDate: '2026-12-28',
      },
    });
    expect(settled.status).toBe(200);
    expect(settled.body).toMatchObject({ status: 'EXPIRED' });
    expect(settled.body.history?.at(-1)).toMatchObject({ event: 'DISCHARGED', status: 'EXPIRED' });
  });
});

describe('POST /v1/review/{filingId}/insurance-status-end (AH 第十三条（一）)', () => {
  it('AH-13-1: a reviewer of the region ends a long-term registration; the person is told', async () => {
    const user = await testUser(runtime);
    const person = await testPerson(runtime, user, { insuredRegion: '340100' });
    const permit = await testMaterial(runtime, user, person.id, 'RESIDENCE_PERMIT');
    const filed = await call(runtime, buildCreate, 'POST /v1/filings', {
      user,
      clock: chinaMorning('2026-12-15'),
      body: {
        personId: person.id,
        category: 'LONG_TERM_RESIDENT',
        destination: { code: '310000' },
        startDate: '2026-12-15',
        contact: CONTACT,
        proof: { kind: 'MATERIALS', materialIds: [permit] },
      },
    });
    expect(filed.status).toBe(201);
    const active = await approve(runtime, filed.body, chinaMorning('2026-12-16'));
    const END = 'POST /v1/review/{filingId}/insurance-status-end';
    const asPerson = await call(runtime, buildInsuranceEnd, END, {
      user,
      clock: chinaMorning('2027-01-05'),
      params: { filingId: active.id },
      body: { expectedVersion: active.version, note: '已转入外省参保' },
    });
    expect(asPerson.status).toBe(403);
    const reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: ['340100'] });
    const ended = await call(runtime, buildInsuranceEnd, END, {
      user: reviewer,
      clock: chinaMorning('2027-01-05'),
      params: { filingId: active.id },
      body: { expectedVersion: active.version, note: '已转入外省参保' },
    });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: 'TERMINATED', version: active.version + 1 });
    expect(ended.body.history?.at(-1)?.event).toBe('TERMINATED');
    const stored = await runtime.store.filings.get(active.id);
    expect(stored?.history.at(-1)?.audit).toMatchObject({ actorKind: 'REVIEWER', rule: 'AH-13-1' });
    const messages = await runtime.store.messages.listForPerson(person.id);
    expect(messages.some((message) => message.body.includes('参保状态发生变化'))).toBe(true);
  });
});
