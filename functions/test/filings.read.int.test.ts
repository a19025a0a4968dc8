// GET /v1/filings/{id} and GET /v1/filings?personId=: actions for "today" (X-Clock), the person
// by masked ID number only, history on the detail; foreign and unknown ids are 404.
import { build as buildCreate } from '../src/http/filings/create';
import { build as buildGet } from '../src/http/filings/get';
import { build as buildList } from '../src/http/filings/list';
import type { FilingView } from '../src/services/filings';
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

const TODAY = '2026-12-15';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

async function fileFor(
  user: TestUser,
  personId: string,
  category: 'OTHER_TEMPORARY' | 'LONG_TERM_RESIDENT',
  date = TODAY,
) {
  const proof =
    category === 'OTHER_TEMPORARY'
      ? { kind: 'MATERIALS', materialIds: [] }
      : {
          kind: 'MATERIALS',
          materialIds: [await testMaterial(runtime, user, personId, 'RESIDENCE_PERMIT')],
        };
  const filed = await call(runtime, buildCreate, 'POST /v1/filings', {
    user,
    clock: chinaMorning(date),
    body: {
      personId,
      category,
      destination: { code: '310000' },
      startDate: date,
      contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
      proof,
    },
  });
  expect(filed.status).toBe(201);
  return filed.body;
}

describe('GET /v1/filings/{id}', () => {
  it('shows the filing with actions for the request day and the masked person only; the versions are the audit’s', async () => {
    const user = await testUser(runtime);
    const person = await testPerson(runtime, user, { insuredRegion: '340100' });
    const filed = await fileFor(user, person.id, 'LONG_TERM_RESIDENT');
    const seen = await call(runtime, buildGet, 'GET /v1/filings/{id}', {
      user,
      clock: chinaMorning('2026-12-20'),
      params: { id: filed.id },
    });
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({
      id: filed.id,
      status: 'PENDING_REVIEW',
      person: { id: person.id, name: person.name, idNumberMasked: '3403**********1234' },
      contact: { address: '上海市徐汇区漕溪北路1号' },
    });
    expect(seen.body).not.toHaveProperty('history');
    expect(await historyOf(runtime, filed.id)).toMatchObject([
      { version: 1, event: 'FILED', status: 'PENDING_REVIEW', recordedBy: user.userId },
    ]);
    expect(Object.keys(seen.body.actions).sort()).toEqual([
      'admission',
      'cancel',
      'change',
      'extend',
      'resubmit',
      'supplement',
    ]);
    const text = JSON.stringify(seen.body);
    for (const secret of [person.idNumberHash, person.idNumberEncrypted, person.phoneEncrypted]) {
      expect(text).not.toContain(secret);
    }
  });

  it.each([
    { name: 'a stranger', id: 'filed', status: 404, code: 'NOT_FOUND' },
    { name: 'an unknown id', id: 'unknown-filing-id', status: 404, code: 'NOT_FOUND' },
    { name: 'a malformed id', id: 'not a filing id!', status: 404, code: 'NOT_FOUND' },
  ])('answers $name with $status', async ({ id, status, code }) => {
    const owner = await testUser(runtime);
    const person = await testPerson(runtime, owner, { insuredRegion: '340100' });
    const filed = await fileFor(owner, person.id, 'OTHER_TEMPORARY');
    const stranger = await testUser(runtime);
    const response = await call(runtime, buildGet, 'GET /v1/filings/{id}', {
      user: stranger,
      params: { id: id === 'filed' ? filed.id : id },
    });
    expect(response.status).toBe(status);
    expect(response.body.error?.code).toBe(code);
  });

  it('shows an agent whose link is still pending nothing of the person (404, services/access)', async () => {
    const owner = await testUser(runtime);
    const person = await testPerson(runtime, owner, { insuredRegion: '340100' });
    const filed = await fileFor(owner, person.id, 'OTHER_TEMPORARY');
    const pending = await testUser(runtime);
    await linkAgent(runtime, pending, person, 'PENDING');
    const seen = await call(runtime, buildGet, 'GET /v1/filings/{id}', {
      user: pending,
      params: { id: filed.id },
    });
    expect(seen.status).toBe(404);
    const listed = await call(runtime, buildList, 'GET /v1/filings', {
      user: pending,
      query: { personId: person.id },
    });
    expect(listed.status).toBe(404);
  });

  it('requires a token (401)', async () => {
    const response = await call(runtime, buildGet, 'GET /v1/filings/{id}', {
      params: { id: 'whatever' },
    });
    expect(response.status).toBe(401);
  });
});

describe('GET /v1/filings', () => {
  it("lists a person's filings newest first, filters by status, and spans every person without personId", async () => {
    const user = await testUser(runtime);
    const self = await testPerson(runtime, user, { insuredRegion: '340100' });
    const parentOwner = await testUser(runtime);
    const parent = await testPerson(runtime, parentOwner, { insuredRegion: '340300' });
    await linkAgent(runtime, user, parent, 'ACTIVE');
    const older = await fileFor(user, self.id, 'LONG_TERM_RESIDENT', '2026-12-15');
    const newer = await fileFor(user, self.id, 'OTHER_TEMPORARY', '2026-12-16');
    const parents = await fileFor(user, parent.id, 'OTHER_TEMPORARY', '2026-12-17');

    const list = (query: Record<string, string>) =>
      call<FilingView[] & { error?: Record<string, unknown> }>(
        runtime,
        buildList,
        'GET /v1/filings',
        {
          user,
          clock: chinaMorning('2026-12-18'),
          query,
        },
      );
    const mine = await list({ personId: self.id });
    expect(mine.status).toBe(200);
    expect(mine.body.map((filing) => filing.id)).toEqual([newer.id, older.id]);
    expect(mine.body[0]?.actions.cancel).toEqual({ allowed: true });

    const pending = await list({ personId: self.id, status: 'PENDING_REVIEW' });
    expect(pending.body.map((filing) => filing.id)).toEqual([older.id]);

    const everyone = await list({});
    expect(everyone.body.map((filing) => filing.id)).toEqual([parents.id, newer.id, older.id]);
    expect(everyone.body[0]?.person?.id).toBe(parent.id);
  });

  it("answers another user's person with 404 and a bad status with 422", async () => {
    const user = await testUser(runtime);
    const other = await testPerson(runtime, await testUser(runtime), { insuredRegion: '340100' });
    const foreign = await call(runtime, buildList, 'GET /v1/filings', {
      user,
      query: { personId: other.id },
    });
    expect(foreign.status).toBe(404);
    const bad = await call(runtime, buildList, 'GET /v1/filings', {
      user,
      query: { status: 'WHATEVER' },
    });
    expect(bad.status).toBe(422);
  });
});
