// POST /v1/filings against DynamoDB Local: every category, both proof kinds, each refusal code,
// the one-active-long-term guard, agents, and Idempotency-Key replays.
import { randomUUID } from 'node:crypto';
import type { DocType } from '@yidi/shared';
import { build as buildCreate } from '../src/http/filings/create';
import type { Runtime } from '../src/runtime';
import {
  call,
  chinaMorning,
  linkAgent,
  testMaterial,
  testPerson,
  testRuntime,
  testUser,
  type TestUser,
  historyOf,
} from './filings.support';

const CREATE = 'POST /v1/filings';
const TODAY = '2026-12-15';
const NOW = chinaMorning(TODAY);
const SHANGHAI = '310000';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

async function personWith(
  user: TestUser,
  insuredRegion: string,
  docTypes: DocType[] = [],
  options: { birthDate?: string; gender?: 'MALE' | 'FEMALE' } = {},
) {
  const person = await testPerson(runtime, user, { insuredRegion, ...options });
  const materialIds: Partial<Record<DocType, string>> = {};
  for (const docType of docTypes) {
    materialIds[docType] = await testMaterial(runtime, user, person.id, docType);
  }
  return { person, materialIds };
}

const contact = { address: '上海市浦东新区世纪大道100号', phone: '13912345678' };

function body(personId: string, overrides: Record<string, unknown>) {
  return {
    personId,
    category: 'LONG_TERM_RESIDENT',
    destination: { code: SHANGHAI },
    startDate: TODAY,
    contact,
    proof: { kind: 'MATERIALS', materialIds: [] },
    ...overrides,
  };
}

describe('POST /v1/filings: the six categories and both proof kinds', () => {
  it('files a retired resettlement with materials: PENDING_REVIEW, long-term, review due in 2 working days (AH-12-2)', async () => {
    const user = await testUser(runtime);
    const { person, materialIds } = await personWith(user, '340100', ['HOUSEHOLD_REGISTER']);
    const response = await call(runtime, buildCreate, CREATE, {
      user,
      clock: NOW,
      body: body(person.id, {
        category: 'RETIRED_RESETTLED',
        proof: { kind: 'MATERIALS', materialIds: [materialIds.HOUSEHOLD_REGISTER] },
        facts: { retired: true },
      }),
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      personId: person.id,
      insuredRegion: '340100',
      category: 'RETIRED_RESETTLED',
      class: 'LONG_TERM',
      status: 'PENDING_REVIEW',
      destination: { code: SHANGHAI, level: 'PROVINCE' },
      validFrom: TODAY,
      validUntil: null,
      commitment: null,
      review: { dueBy: '2026-12-17', notices: [] },
      version: 1,
      createdBy: user.userId,
      person: { id: person.id, idNumberMasked: '3403**********1234' },
    });
    expect(response.body.actions.change).toMatchObject({
      allowed: false,
      code: 'FILING_NOT_ACTIVE',
    });
    expect(response.body.actions.cancel).toEqual({ allowed: true });
    expect(response.body).not.toHaveProperty('history');
    expect(await historyOf(runtime, response.body.id)).toHaveLength(1);
    expect(response.body.number).toMatch(/^34010020261215[0-9A-F]{8}$/);
    expect(JSON.stringify(response.body)).not.toContain(person.idNumberHash);
  });

  it.each([
    ['LONG_TERM_RESIDENT', 'RESIDENCE_PERMIT'],
    ['STATIONED_WORKER', 'WORK_PROOF'],
  ] as const)(
    'files %s under a personal commitment: OPEN, due in 3 months (AH-13-1)',
    async (category, missing) => {
      const user = await testUser(runtime);
      const { person, materialIds } = await personWith(user, '340100', ['COMMITMENT_SIGNATURE']);
      const response = await call(runtime, buildCreate, CREATE, {
        user,
        clock: NOW,
        body: body(person.id, {
          category,
          proof: {
            kind: 'COMMITMENT',
            missing: [missing],
            signatureMaterialId: materialIds.COMMITMENT_SIGNATURE,
          },
        }),
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        category,
        status: 'PENDING_REVIEW',
        commitment: { status: 'OPEN', dueDate: '2027-03-15', missing: [missing], clawback: false },
      });
      expect(response.body.actions.supplement).toEqual({ allowed: true });
    },
  );

  it('files a referral with its certificate: temporary, valid 12 months (AH-13-2)', async () => {
    const user = await testUser(runtime);
    const { person, materialIds } = await personWith(user, '340100', ['REFERRAL_CERTIFICATE']);
    const response = await call(runtime, buildCreate, CREATE, {
      user,
      clock: NOW,
      body: body(person.id, {
        category: 'REFERRAL',
        destination: { code: '320100' },
        referral: {
          hospitalName: '安徽省立医院',
          certificateMaterialId: materialIds.REFERRAL_CERTIFICATE,
        },
      }),
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      class: 'TEMPORARY',
      status: 'PENDING_REVIEW',
      destination: { code: '320100', level: 'CITY' },
      validUntil: '2027-12-15',
      referral: { hospitalName: '安徽省立医院' },
    });
  });

  it('files other temporary care as instant self-service: ACTIVE at once, no review (AH-12-3)', async () => {
    const user = await testUser(runtime);
    const { person } = await personWith(user, '340100');
    const response = await call(runtime, buildCreate, CREATE, {
      user,
      clock: NOW,
      body: body(person.id, { category: 'OTHER_TEMPORARY' }),
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'ACTIVE',
      review: null,
      validUntil: '2027-12-15',
    });
    expect(response.body.actions.cancel).toEqual({ allowed: true });
  });

  it.each([
    ['340100', 'AH-11'],
    ['340300', 'BB-1-5'],
  ])(
    'refuses an emergency filing insured in %s: deemed filed (409 EMERGENCY_DEEMED_FILED, %s)',
    async (region, rule) => {
      const user = await testUser(runtime);
      const { person } = await personWith(user, region);
      const response = await call(runtime, buildCreate, CREATE, {
        user,
        clock: NOW,
        body: body(person.id, {
          category: 'EMERGENCY',
          emergency: {
            admissionDate: '2026-12-13',
            hospitalName: '上海瑞金医院',
            discharged: false,
          },
        }),
      });
      expect(response.status).toBe(409);
      expect(response.body.error).toMatchObject({ code: 'EMERGENCY_DEEMED_FILED', rule });
    },
  );

  it('accepts an emergency retro-filing in 攀枝花 while still in hospital, from the admission date (PZH-4-3-2)', async () => {
    const user = await testUser(runtime);
    const { person, materialIds } = await personWith(user, '510400', ['ADMISSION_RECORD']);
    const response = await call(runtime, buildCreate, CREATE, {
      user,
      clock: NOW,
      body: body(person.id, {
        category: 'EMERGENCY',
        destination: { code: '530100' },
        proof: { kind: 'MATERIALS', materialIds: [materialIds.ADMISSION_RECORD] },
        emergency: {
          admissionDate: '2026-12-13',
          hospitalName: '昆明医科大学第一附属医院',
          discharged: false,
        },
      }),
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ category: 'EMERGENCY', validFrom: '2026-12-13' });
  });

  it('sends a 攀枝花 emergency after discharge to the phone filing, 0812-12333 (409 PHONE_FILING_REQUIRED, PZH-4-4)', async () => {
    const user = await testUser(runtime);
    const { person, materialIds } = await personWith(user, '510400', ['ADMISSION_RECORD']);
    const response = await call(runtime, buildCreate, CREATE, {
      user,
      clock: NOW,
      body: body(person.id, {
        category: 'EMERGENCY',
        destination: { code: '530100' },
        proof: { kind: 'MATERIALS', materialIds: [materialIds.ADMISSION_RECORD] },
        emergency: {
          admissionDate: '2026-12-01',
          hospitalName: '昆明医科大学第一附属医院',
          discharged: true,
        },
      }),
    });
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ code: 'PHONE_FILING_REQUIRED', rule: 'PZH-4-4' });
    // Never "cannot be filed": the person is told where to file.
    expect(String(response.body.error?.message)).toContain('0812-12333');
    expect(String(response.body.error?.message)).not.toMatch(/不能备案|不能补办|不能再补办/);
  });
});

describe('POST /v1/filings: rule refusals carry code, rule and message', () => {
  it.each([
    {
      name: 'a start date before today',
      code: 'START_DATE_IN_PAST',
      docs: ['RESIDENCE_PERMIT'] as DocType[],
      overrides: (m: Partial<Record<DocType, string>>) => ({
        startDate: '2026-12-14',
        proof: { kind: 'MATERIALS', materialIds: [m.RESIDENCE_PERMIT] },
      }),
    },
    {
      name: 'a destination inside the own pooling region (AH-2-3)',
      code: 'DESTINATION_INVALID',
      docs: ['RESIDENCE_PERMIT'] as DocType[],
      overrides: (m: Partial<Record<DocType, string>>) => ({
        destination: { code: '340100' },
        proof: { kind: 'MATERIALS', materialIds: [m.RESIDENCE_PERMIT] },
      }),
    },
    {
      name: 'a commitment for a referral (AH-11)',
      code: 'COMMITMENT_NOT_ALLOWED',
      docs: ['COMMITMENT_SIGNATURE', 'REFERRAL_CERTIFICATE'] as DocType[],
      overrides: (m: Partial<Record<DocType, string>>) => ({
        category: 'REFERRAL',
        proof: {
          kind: 'COMMITMENT',
          missing: ['REFERRAL_CERTIFICATE'],
          signatureMaterialId: m.COMMITMENT_SIGNATURE,
        },
        referral: { hospitalName: '安徽省立医院', certificateMaterialId: m.REFERRAL_CERTIFICATE },
      }),
    },
    {
      name: 'materials without the category proof',
      code: 'MATERIALS_INCOMPLETE',
      docs: ['IDENTITY'] as DocType[],
      overrides: (m: Partial<Record<DocType, string>>) => ({
        proof: { kind: 'MATERIALS', materialIds: [m.IDENTITY] },
      }),
    },
    {
      name: 'a retired resettlement for someone not retired',
      code: 'NOT_ELIGIBLE',
      docs: ['HOUSEHOLD_REGISTER'] as DocType[],
      overrides: (m: Partial<Record<DocType, string>>) => ({
        category: 'RETIRED_RESETTLED',
        proof: { kind: 'MATERIALS', materialIds: [m.HOUSEHOLD_REGISTER] },
        facts: { retired: false },
      }),
    },
  ])('refuses $name with 409 $code', async ({ code, docs, overrides }) => {
    const user = await testUser(runtime);
    const { person, materialIds } = await personWith(user, '340100', docs);
    const response = await call(runtime, buildCreate, CREATE, {
      user,
      clock: NOW,
      body: body(person.id, overrides(materialIds)),
    });
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ code });
    expect(response.body.error?.rule).toMatch(/^(AH|CC)-/);
    expect(typeof response.body.error?.message).toBe('string');
    expect(await runtime.store.filings.listForPerson(person.id)).toHaveLength(0);
  });

  it('allows one active long-term filing per person (409 ACTIVE_FILING_EXISTS), temporary ones beside it', async () => {
    const user = await testUser(runtime);
    const { person, materialIds } = await personWith(user, '340100', [
      'RESIDENCE_PERMIT',
      'WORK_PROOF',
    ]);
    const first = await call(runtime, buildCreate, CREATE, {
      user,
      clock: NOW,
      body: body(person.id, {
        proof: { kind: 'MATERIALS', materialIds: [materialIds.RESIDENCE_PERMIT] },
      }),
    });
    expect(first.status).toBe(201);
    const second = await call(runtime, buildCreate, CREATE, {
      user,
      clock: NOW,
      body: body(person.id, {
        category: 'STATIONED_WORKER',
        proof: { kind: 'MATERIALS', materialIds: [materialIds.WORK_PROOF] },
      }),
    });
    expect(second.status).toBe(409);
    expect(second.body.error?.code).toBe('ACTIVE_FILING_EXISTS');
    const temporary = await call(runtime, buildCreate, CREATE, {
      user,
      clock: NOW,
      body: body(person.id, { category: 'OTHER_TEMPORARY' }),
    });
    expect(temporary.status).toBe(201);
    expect(await runtime.store.filings.listForPerson(person.id)).toHaveLength(2);
  });

  it('two concurrent long-term filings for one person: the database lets exactly one through', async () => {
    const user = await testUser(runtime);
    const { person, materialIds } = await personWith(user, '340100', ['RESIDENCE_PERMIT']);
    const attempt = () =>
      call(runtime, buildCreate, CREATE, {
        user,
        clock: NOW,
        body: body(person.id, {
          proof: { kind: 'MATERIALS', materialIds: [materialIds.RESIDENCE_PERMIT] },
        }),
      });
    const statuses = (await Promise.all([attempt(), attempt()])).map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409]);
    expect(await runtime.store.filings.listForPerson(person.id)).toHaveLength(1);
  });
});

describe('POST /v1/filings: who may file, and with which materials', () => {
  it('refuses materials of another person (422, per field) and a signature that is not one', async () => {
    const user = await testUser(runtime);
    const { person, materialIds } = await personWith(user, '340100', ['IDENTITY']);
    const other = await personWith(await testUser(runtime), '340200', ['RESIDENCE_PERMIT']);
    const response = await call(runtime, buildCreate, CREATE, {
      user,
      clock: NOW,
      body: body(person.id, {
        proof: {
          kind: 'COMMITMENT',
          missing: ['RESIDENCE_PERMIT'],
          signatureMaterialId: materialIds.IDENTITY,
          materialIds: [other.materialIds.RESIDENCE_PERMIT],
        },
      }),
    });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(Object.keys(response.body.error?.fields as object).sort()).toEqual([
      'proof.materialIds',
      'proof.signatureMaterialId',
    ]);
  });

  it('lets a consented agent file (createdBy the agent), refuses a pending one (403) and a stranger (404)', async () => {
    const owner = await testUser(runtime);
    const { person } = await personWith(owner, '340100');
    const consented = await testUser(runtime);
    const pending = await testUser(runtime);
    const stranger = await testUser(runtime);
    await linkAgent(runtime, consented, person, 'ACTIVE');
    await linkAgent(runtime, pending, person, 'PENDING');
    const file = (user: TestUser) =>
      call(runtime, buildCreate, CREATE, {
        user,
        clock: NOW,
        body: body(person.id, { category: 'OTHER_TEMPORARY' }),
      });

    const byPending = await file(pending);
    expect(byPending.status).toBe(403);
    expect(byPending.body.error?.code).toBe('AGENT_NOT_AUTHORIZED');
    const byStranger = await file(stranger);
    expect(byStranger.status).toBe(404);
    expect(byStranger.body.error?.code).toBe('NOT_FOUND');
    const byAgent = await file(consented);
    expect(byAgent.status).toBe(201);
    expect(byAgent.body.createdBy).toBe(consented.userId);
  });

  it.each([
    { name: 'no token', user: false, key: undefined, status: 401, code: 'UNAUTHENTICATED' },
    { name: 'no Idempotency-Key', user: true, key: null, status: 422, code: 'VALIDATION_FAILED' },
  ])('refuses a request with $name ($status)', async ({ user, key, status, code }) => {
    const caller = await testUser(runtime);
    const { person } = await personWith(caller, '340100');
    const response = await call(runtime, buildCreate, CREATE, {
      ...(user ? { user: caller } : {}),
      clock: NOW,
      idempotencyKey: key,
      body: body(person.id, { category: 'OTHER_TEMPORARY' }),
    });
    expect(response.status).toBe(status);
    expect(response.body.error?.code).toBe(code);
  });

  it('refuses a malformed body with 422 and Chinese field messages', async () => {
    const user = await testUser(runtime);
    const response = await call(runtime, buildCreate, CREATE, {
      user,
      clock: NOW,
      body: { category: 'NOPE', startDate: '2026-02-30' },
    });
    expect(response.status).toBe(422);
    expect(response.body.error?.fields).toHaveProperty('startDate');
  });
});

describe('POST /v1/filings: Idempotency-Key', () => {
  it('replays the first response for a retry with the same key and body, and writes nothing more', async () => {
    const user = await testUser(runtime);
    const { person, materialIds } = await personWith(user, '340100', ['RESIDENCE_PERMIT']);
    const key = randomUUID();
    const request = {
      user,
      clock: NOW,
      idempotencyKey: key,
      body: body(person.id, {
        proof: { kind: 'MATERIALS', materialIds: [materialIds.RESIDENCE_PERMIT] },
      }),
    };
    const first = await call(runtime, buildCreate, CREATE, request);
    const retry = await call(runtime, buildCreate, CREATE, request);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replay']).toBe('true');
    const filings = await runtime.store.filings.listForPerson(person.id);
    expect(filings).toHaveLength(1);
    expect((await runtime.store.filings.get(first.body.id))?.history).toHaveLength(1);

    const reused = await call(runtime, buildCreate, CREATE, {
      ...request,
      body: { ...request.body, startDate: '2026-12-20' },
    });
    expect(reused.status).toBe(409);
    expect(reused.body.error?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await runtime.store.filings.listForPerson(person.id)).toHaveLength(1);
  });
});
