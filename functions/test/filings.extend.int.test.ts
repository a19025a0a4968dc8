// Referral extensions (PZH-4-2-2): 攀枝花 referrals last 1 month and extend 1 month at a time
// while still valid; elsewhere there is nothing to extend.
import { build as buildCreate } from '../src/http/filings/create';
import { build as buildExtend } from '../src/http/filings/extend';
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

const EXTEND = 'POST /v1/filings/{id}/extensions';
const FILED_ON = '2026-12-15';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

async function referral(insuredRegion: string, options: { approved?: boolean } = {}) {
  const user = await testUser(runtime);
  const person = await testPerson(runtime, user, { insuredRegion });
  const certificate = await testMaterial(runtime, user, person.id, 'REFERRAL_CERTIFICATE');
  const filed = await call(runtime, buildCreate, 'POST /v1/filings', {
    user,
    clock: chinaMorning(FILED_ON),
    body: {
      personId: person.id,
      category: 'REFERRAL',
      destination: { code: '510100' },
      startDate: FILED_ON,
      contact: { address: '成都市武侯区国学巷37号', phone: '13912345678' },
      proof: { kind: 'MATERIALS', materialIds: [] },
      referral: { hospitalName: '攀枝花市中心医院', certificateMaterialId: certificate },
    },
  });
  expect(filed.status).toBe(201);
  const filing =
    options.approved === false
      ? filed.body
      : await approve(runtime, filed.body, chinaMorning('2026-12-16'));
  return { user, filing };
}

describe('POST /v1/filings/{id}/extensions', () => {
  it('extends a 攀枝花 referral by one month at a time while it is valid, then refuses once it ended', async () => {
    const { user, filing } = await referral('510400');
    expect(filing.validUntil).toBe('2027-01-15');
    expect(filing.actions.extend).toEqual({ allowed: true });
    const extended = await call(runtime, buildExtend, EXTEND, {
      user,
      clock: chinaMorning('2027-01-10'),
      params: { id: filing.id },
      body: { expectedVersion: filing.version },
    });
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({ validUntil: '2027-02-15', version: filing.version + 1 });
    expect(extended.body.history.at(-1)?.event).toBe('EXTENDED');

    const late = await call(runtime, buildExtend, EXTEND, {
      user,
      clock: chinaMorning('2027-02-16'),
      params: { id: filing.id },
      body: { expectedVersion: filing.version + 1 },
    });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ code: 'FILING_NOT_ACTIVE', rule: 'PZH-4-2-2' });
  });

  it.each([
    {
      name: 'an AH referral (no extensions)',
      region: '340100',
      approved: true,
      code: 'NOT_APPLICABLE',
    },
    {
      name: 'a referral still under review',
      region: '510400',
      approved: false,
      code: 'FILING_NOT_ACTIVE',
    },
  ])('refuses $name with $code', async ({ region, approved, code }) => {
    const { user, filing } = await referral(region, { approved });
    const refused = await call(runtime, buildExtend, EXTEND, {
      user,
      clock: chinaMorning('2026-12-20'),
      params: { id: filing.id },
      body: { expectedVersion: filing.version },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe(code);
  });
});
