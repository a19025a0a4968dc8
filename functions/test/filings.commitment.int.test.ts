// Personal commitments (承诺制) with X-Clock time travel: the supplement deadline of AH (3 months),
// 蚌埠 (1 month) and 淮安 (6 months); supplementing on the due date closes the commitment
// (FULFILLED), the day after is too late.
import type { DocType } from '@yidi/shared';
import { build as buildCreate } from '../src/http/filings/create';
import { build as buildGet } from '../src/http/filings/get';
import { build as buildSupplement } from '../src/http/filings/supplement';
import type { Runtime } from '../src/runtime';
import {
  approve,
  call,
  chinaMorning,
  testMaterial,
  testPerson,
  testRuntime,
  testUser,
} from './filings.support';

const FILED_ON = '2026-12-15';
const APPROVED_ON = '2026-12-16';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

async function filedUnderCommitment(insuredRegion: string) {
  const user = await testUser(runtime);
  const person = await testPerson(runtime, user, { insuredRegion });
  const signature = await testMaterial(runtime, user, person.id, 'COMMITMENT_SIGNATURE');
  const material = (docType: DocType) => testMaterial(runtime, user, person.id, docType);
  const filed = await call(runtime, buildCreate, 'POST /v1/filings', {
    user,
    clock: chinaMorning(FILED_ON),
    body: {
      personId: person.id,
      category: 'LONG_TERM_RESIDENT',
      destination: { code: '310000' },
      startDate: FILED_ON,
      contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
      proof: {
        kind: 'COMMITMENT',
        missing: ['RESIDENCE_PERMIT'],
        signatureMaterialId: signature,
        // HA-7 accepts commitments only from the groups it names; AH and BB from anyone.
        group: 'RESIDENCE_DOCUMENT_PENDING',
      },
    },
  });
  expect(filed.status).toBe(201);
  const approved = await approve(runtime, filed.body, chinaMorning(APPROVED_ON));
  expect(approved.status).toBe('ACTIVE');
  return { user, person, filing: approved, material };
}

describe.each([
  {
    region: '340100',
    policy: 'AH 3 months (AH-13-1)',
    dueDate: '2027-03-15',
    dayAfter: '2027-03-16',
  },
  {
    region: '340300',
    policy: '蚌埠 1 month (BB-1-3)',
    dueDate: '2027-01-15',
    dayAfter: '2027-01-16',
  },
  {
    region: '320800',
    policy: '淮安 6 months (HA-7)',
    dueDate: '2027-06-15',
    dayAfter: '2027-06-16',
  },
])('commitment in $region: $policy', ({ region, dueDate, dayAfter }) => {
  // 淮安: long-term validity ends with the proof document (HA-8), so its end date comes along.
  const proofEndDate = region === '320800' ? { proofEndDate: '2029-12-31' } : {};

  it(`is due on ${dueDate}; supplementing then closes it (FULFILLED) as a new version`, async () => {
    const { user, filing, material } = await filedUnderCommitment(region);
    expect(filing.commitment).toMatchObject({
      status: 'OPEN',
      dueDate,
      missing: ['RESIDENCE_PERMIT'],
    });
    expect(filing.actions.supplement).toEqual({ allowed: true });

    const unrelated = await call(runtime, buildSupplement, 'POST /v1/filings/{id}/supplements', {
      user,
      clock: chinaMorning(dueDate),
      params: { id: filing.id },
      body: { materialIds: [await material('IDENTITY')], ...proofEndDate },
    });
    expect(unrelated.status).toBe(409);
    expect(unrelated.body.error?.code).toBe('MATERIALS_INCOMPLETE');

    const supplemented = await call(runtime, buildSupplement, 'POST /v1/filings/{id}/supplements', {
      user,
      clock: chinaMorning(dueDate),
      params: { id: filing.id },
      body: {
        materialIds: [await material('RESIDENCE_PERMIT')],
        expectedVersion: filing.version,
        ...proofEndDate,
      },
    });
    expect(supplemented.status).toBe(200);
    expect(supplemented.body).toMatchObject({
      status: 'ACTIVE',
      version: filing.version + 1,
      commitment: { status: 'FULFILLED', dueDate, missing: [] },
      ...(region === '320800' ? { validUntil: '2029-12-31' } : {}),
    });
    expect(supplemented.body.actions.supplement).toMatchObject({
      allowed: false,
      code: 'NOT_APPLICABLE',
    });
    expect(supplemented.body.history?.map((entry) => entry.event)).toEqual([
      'FILED',
      'APPROVED',
      'SUPPLEMENTED',
    ]);
  });

  it(`is too late on ${dayAfter} (409 FILING_NOT_ACTIVE), and actions say so before the user tries`, async () => {
    const { user, filing, material } = await filedUnderCommitment(region);
    const seen = await call(runtime, buildGet, 'GET /v1/filings/{id}', {
      user,
      clock: chinaMorning(dayAfter),
      params: { id: filing.id },
    });
    expect(seen.body.actions.supplement).toMatchObject({
      allowed: false,
      code: 'FILING_NOT_ACTIVE',
    });

    const late = await call(runtime, buildSupplement, 'POST /v1/filings/{id}/supplements', {
      user,
      clock: chinaMorning(dayAfter),
      params: { id: filing.id },
      body: { materialIds: [await material('RESIDENCE_PERMIT')], ...proofEndDate },
    });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ code: 'FILING_NOT_ACTIVE' });
    expect(late.body.error?.rule).toMatch(/^(AH-13-1|BB-1-3|HA-7)$/);
  });
});

describe('POST /v1/filings/{id}/supplements: other refusals', () => {
  it('refuses a stale expectedVersion (409 VERSION_CONFLICT) and a filing without a commitment (NOT_APPLICABLE)', async () => {
    const { user, filing, material } = await filedUnderCommitment('340100');
    const stale = await call(runtime, buildSupplement, 'POST /v1/filings/{id}/supplements', {
      user,
      clock: chinaMorning('2027-01-05'),
      params: { id: filing.id },
      body: {
        materialIds: [await material('RESIDENCE_PERMIT')],
        expectedVersion: filing.version - 1,
      },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.code).toBe('VERSION_CONFLICT');

    const other = await testPerson(runtime, await testUser(runtime), { insuredRegion: '340100' });
    const noCommitmentUser = await testUser(runtime);
    const person = await testPerson(runtime, noCommitmentUser, { insuredRegion: '340100' });
    const plain = await call(runtime, buildCreate, 'POST /v1/filings', {
      user: noCommitmentUser,
      clock: chinaMorning(FILED_ON),
      body: {
        personId: person.id,
        category: 'OTHER_TEMPORARY',
        destination: { code: '310000' },
        startDate: FILED_ON,
        contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
        proof: { kind: 'MATERIALS', materialIds: [] },
      },
    });
    const nothingOpen = await call(runtime, buildSupplement, 'POST /v1/filings/{id}/supplements', {
      user: noCommitmentUser,
      clock: chinaMorning(FILED_ON),
      params: { id: plain.body.id },
      body: { materialIds: [await testMaterial(runtime, noCommitmentUser, person.id, 'IDENTITY')] },
    });
    expect(nothingOpen.status).toBe(409);
    expect(nothingOpen.body.error?.code).toBe('NOT_APPLICABLE');

    const foreign = await call(runtime, buildSupplement, 'POST /v1/filings/{id}/supplements', {
      user,
      clock: chinaMorning('2027-01-05'),
      params: { id: filing.id },
      body: { materialIds: [await testMaterial(runtime, user, other.id, 'RESIDENCE_PERMIT')] },
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error?.fields).toHaveProperty('materialIds');
  });
});
