// Referral extensions (PZH-4-2-2): 攀枝花 referrals last 1 month; "因特殊原因，未能办理入院的" the
// person asks, with the reason, while it is still valid, and a reviewer decides ("经审批生效"):
// an approval adds 1 month; elsewhere there is nothing to extend.
import { build as buildCreate } from '../src/http/filings/create';
import { build as buildExtend } from '../src/http/filings/extend';
import { build as buildDecision } from '../src/http/review/extensionDecision';
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
const DECIDE = 'POST /v1/review/{filingId}/extension-decision';
const REASON = '医院床位紧张，未能按期入院';
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
  it('PZH-4-2-2: a request with its reason waits for the reviewer; the approval adds one month', async () => {
    const { user, filing } = await referral('510400');
    expect(filing.validUntil).toBe('2027-01-15');
    expect(filing.actions.extend).toEqual({ allowed: true });

    const noReason = await call(runtime, buildExtend, EXTEND, {
      user,
      clock: chinaMorning('2027-01-10'),
      params: { id: filing.id },
      body: { expectedVersion: filing.version },
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.error).toMatchObject({ code: 'VALIDATION_FAILED', rule: 'PZH-4-2-2' });

    const requested = await call(runtime, buildExtend, EXTEND, {
      user,
      clock: chinaMorning('2027-01-10'),
      params: { id: filing.id },
      body: { expectedVersion: filing.version, reason: REASON },
    });
    expect(requested.status).toBe(200);
    // Not granted at once: the end date stands until a reviewer approves.
    expect(requested.body).toMatchObject({
      validUntil: '2027-01-15',
      version: filing.version + 1,
      extensionRequest: { reason: REASON, requestedOn: '2027-01-10' },
      actions: { extend: { allowed: false, code: 'EXTENSION_PENDING', rule: 'PZH-4-2-2' } },
    });
    expect(requested.body.history?.at(-1)?.event).toBe('EXTENSION_REQUESTED');

    const person = await call(runtime, buildDecision, DECIDE, {
      user,
      clock: chinaMorning('2027-01-11'),
      params: { filingId: filing.id },
      body: { expectedVersion: requested.body.version, decision: 'APPROVE' },
    });
    expect(person.status).toBe(403);

    const reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: ['510400'] });
    const approved = await call(runtime, buildDecision, DECIDE, {
      user: reviewer,
      clock: chinaMorning('2027-01-11'),
      params: { filingId: filing.id },
      body: { expectedVersion: requested.body.version, decision: 'APPROVE' },
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ validUntil: '2027-02-15', version: filing.version + 2 });
    expect(approved.body.extensionRequest).toBeUndefined();
    expect(approved.body.history?.at(-1)?.event).toBe('EXTENDED');
    const stored = await runtime.store.filings.get(filing.id);
    expect(stored?.history.at(-1)?.audit).toMatchObject({
      actorKind: 'REVIEWER',
      rule: expect.stringContaining('PZH-4-2-2'),
      detail: { decision: 'APPROVE', request: { reason: REASON } },
    });
    const messages = await runtime.store.messages.listForPerson(filing.personId);
    expect(messages.map((message) => message.kind)).toContain('EXTENSION_APPROVED');

    const late = await call(runtime, buildExtend, EXTEND, {
      user,
      clock: chinaMorning('2027-02-16'),
      params: { id: filing.id },
      body: { expectedVersion: approved.body.version, reason: REASON },
    });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ code: 'FILING_NOT_ACTIVE', rule: 'PZH-4-2-2' });
  });

  it('PZH-4-2-2: a refused request leaves the end date; a decision without a request is 409', async () => {
    const { user, filing } = await referral('510400');
    const reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: ['510400'] });
    const none = await call(runtime, buildDecision, DECIDE, {
      user: reviewer,
      clock: chinaMorning('2027-01-11'),
      params: { filingId: filing.id },
      body: { expectedVersion: filing.version, decision: 'APPROVE' },
    });
    expect(none.status).toBe(409);
    expect(none.body.error?.code).toBe('NO_PENDING_EXTENSION');

    const requested = await call(runtime, buildExtend, EXTEND, {
      user,
      clock: chinaMorning('2027-01-10'),
      params: { id: filing.id },
      body: { expectedVersion: filing.version, reason: REASON },
    });
    const refused = await call(runtime, buildDecision, DECIDE, {
      user: reviewer,
      clock: chinaMorning('2027-01-11'),
      params: { filingId: filing.id },
      body: {
        expectedVersion: requested.body.version,
        decision: 'REFUSE',
        note: '未提供特殊原因的证明',
      },
    });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({
      validUntil: '2027-01-15',
      actions: { extend: { allowed: true } },
    });
    expect(refused.body.history?.at(-1)?.event).toBe('EXTENSION_REFUSED');

    const outsider = await testUser(runtime, { roles: ['REVIEWER'], regions: ['340100'] });
    const foreign = await call(runtime, buildDecision, DECIDE, {
      user: outsider,
      clock: chinaMorning('2027-01-11'),
      params: { filingId: filing.id },
      body: { expectedVersion: refused.body.version, decision: 'APPROVE' },
    });
    expect(foreign.status).toBe(404);
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
      body: { expectedVersion: filing.version, reason: REASON },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe(code);
  });
});
