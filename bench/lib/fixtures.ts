// Data the benchmarks need, written straight to the store (fixtures, not the code measured):
// users with tokens, SELF persons, uploaded-material metadata; and one real filing made through
// the API, to clone for the sweep's large tables.
import { randomUUID } from 'node:crypto';
import type { DocType } from '@yidi/shared';
import { build as buildDecision } from '../../functions/src/http/review/decision';
import { build as buildCreateFiling } from '../../functions/src/http/filings/create';
import type { Runtime } from '../../functions/src/runtime';
import type { FilingRecord } from '../../functions/src/store';
import {
  testMaterial,
  testPerson,
  testUser,
  type TestUser,
} from '../../functions/test/filings.support';
import { callRoute } from './api';

export const FIXTURE_REGION = '340100';
export const FILED_ON = '2026-12-15';
export const APPROVED_ON = '2026-12-16';

export interface FilerFixture {
  user: TestUser;
  personId: string;
  body: Record<string, unknown>;
}

/** A user with a SELF person in 合肥 and a ready filing body (materials proof, Shanghai). */
export async function filerFixture(runtime: Runtime): Promise<FilerFixture> {
  const user = await testUser(runtime);
  const person = await testPerson(runtime, user, { insuredRegion: FIXTURE_REGION });
  const materialId = await testMaterial(runtime, user, person.id, 'RESIDENCE_PERMIT');
  return {
    user,
    personId: person.id,
    body: {
      personId: person.id,
      category: 'LONG_TERM_RESIDENT',
      destination: { code: '310000' },
      startDate: FILED_ON,
      contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
      proof: { kind: 'MATERIALS', materialIds: [materialId] },
    },
  };
}

/** Runs `task` for 0..count-1 with at most `concurrency` at a time. */
export async function inParallel<T>(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

/** An approved (ACTIVE) long-term filing with an OPEN commitment, made through the handlers. */
export async function approvedCommitmentFiling(runtime: Runtime): Promise<FilingRecord> {
  const user = await testUser(runtime);
  const reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: [FIXTURE_REGION] });
  const person = await testPerson(runtime, user, { insuredRegion: FIXTURE_REGION });
  const material = (docType: DocType) => testMaterial(runtime, user, person.id, docType);
  const filed = await callRoute(runtime, buildCreateFiling, 'POST /v1/filings', {
    token: user.token,
    on: FILED_ON,
    body: {
      personId: person.id,
      category: 'LONG_TERM_RESIDENT',
      destination: { code: '310000' },
      startDate: FILED_ON,
      contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
      proof: {
        kind: 'COMMITMENT',
        missing: ['RESIDENCE_PERMIT'],
        signatureMaterialId: await material('COMMITMENT_SIGNATURE'),
      },
    },
  });
  if (filed.status !== 201) throw new Error(`fixture filing: ${JSON.stringify(filed.body)}`);
  const approved = await callRoute(runtime, buildDecision, 'POST /v1/review/{filingId}/decision', {
    token: reviewer.token,
    on: APPROVED_ON,
    params: { filingId: filed.body.id },
    body: { expectedVersion: filed.body.version, decision: 'APPROVE' },
  });
  if (approved.status !== 200)
    throw new Error(`fixture approval: ${JSON.stringify(approved.body)}`);
  const stored = await runtime.store.filings.get(filed.body.id);
  if (!stored) throw new Error('fixture filing not stored');
  return stored.filing;
}

export const newFixtureId = (prefix: string) => `${prefix}-${randomUUID()}`;
