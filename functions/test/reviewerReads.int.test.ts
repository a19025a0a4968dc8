// Reviewers read what they review: a REVIEWER whose regions include the filing's insuredRegion
// reads the filing and the person's materials (GET /v1/filings/{id}, GET /v1/materials/{id});
// a reviewer of another region and an insured stranger get 404, as for an unknown id.
import { build as buildGetFiling } from '../src/http/filings/get';
import { build as buildGetMaterial } from '../src/http/materials/get';
import type { Runtime } from '../src/runtime';
import { personSummaryOf } from '../src/store';
import {
  call,
  testMaterial,
  testPerson,
  testRuntime,
  testUser,
  type TestUser,
} from './filings.support';
import { filingRecord, storeFiling } from './operations.support';

const HEFEI = '340100';
const BENGBU = '340300';
let runtime: Runtime;
let readers: Record<'hefeiReviewer' | 'bengbuReviewer' | 'stranger' | 'owner', TestUser>;
let filingId: string;
let personId: string;
let materialId: string;

beforeAll(async () => {
  runtime = await testRuntime();
  const owner = await testUser(runtime);
  readers = {
    owner,
    hefeiReviewer: await testUser(runtime, { roles: ['REVIEWER'], regions: [HEFEI] }),
    bengbuReviewer: await testUser(runtime, { roles: ['REVIEWER'], regions: [BENGBU] }),
    stranger: await testUser(runtime),
  };
  const person = await testPerson(runtime, owner, { insuredRegion: HEFEI });
  personId = person.id;
  materialId = await testMaterial(runtime, owner, personId, 'RESIDENCE_PERMIT');
  const filing = await storeFiling(
    runtime,
    filingRecord({
      personId,
      person: personSummaryOf(person),
      insuredRegion: HEFEI,
      status: 'PENDING_REVIEW',
      proof: { kind: 'MATERIALS', materialIds: [materialId] },
    }),
  );
  filingId = filing.id;
});

const readFiling = (user: TestUser) =>
  call(runtime, buildGetFiling, 'GET /v1/filings/{id}', { user, params: { id: filingId } });
const readMaterial = (user: TestUser) =>
  call<{ id?: string; personId?: string }>(runtime, buildGetMaterial, 'GET /v1/materials/{id}', {
    user,
    params: { id: materialId },
  });

it.each([
  ['the owner', 'owner', 200],
  ['a reviewer of the region', 'hefeiReviewer', 200],
  ['a reviewer of another region', 'bengbuReviewer', 404],
  ['an insured stranger', 'stranger', 404],
] as const)('%s reading the filing and its material: %i', async (_who, reader, status) => {
  const filing = await readFiling(readers[reader]);
  const material = await readMaterial(readers[reader]);
  expect([filing.status, material.status]).toEqual([status, status]);
  if (status === 200) {
    expect(filing.body).toMatchObject({ id: filingId, personId, insuredRegion: HEFEI });
    expect(filing.body.person).toMatchObject({
      id: personId,
      idNumberMasked: '3403**********1234',
    });
    expect(material.body).toMatchObject({ id: materialId, personId });
  } else {
    expect(filing.body.error).toMatchObject({ code: 'NOT_FOUND' });
    expect(JSON.stringify([filing.body, material.body])).not.toContain(personId);
  }
});
