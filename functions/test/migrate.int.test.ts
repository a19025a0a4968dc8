// `npm run migrate` on a DynamoDB Local table seeded in the old layout: filing items holding the
// whole record (contact sealed inside) and a timeline, history items holding full snapshots. The
// old items are made from filings the real API wrote (file → return → resubmit), rewritten the way
// the old store laid them out; after the migration the store reads back the same filings and
// histories, and the items are what today's store writes. A dry run writes nothing; a run stopped
// after one page resumes from its checkpoint; a run after the end changes nothing.
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { migrateTable } from '../../infra/src/migrate/migrateTable';
import { build as buildCreate } from '../src/http/filings/create';
import { build as buildResubmit } from '../src/http/filings/resubmit';
import { build as buildDecision } from '../src/http/review/decision';
import type { Runtime } from '../src/runtime';
import { contactSealer } from '../src/security/contactProtection';
import { createDocumentClient, keys, type FilingWithHistory } from '../src/store';
import { call, chinaMorning, testMaterial, testPerson, testUser } from './filings.support';
import { testRuntime } from './support/testRuntime';

const REGION = '340100';

let runtime: Runtime;
let documentClient: ReturnType<typeof createDocumentClient>;
let tableName: string;
/** What the store read for each filing before its items were turned back into the old layout. */
const expected = new Map<string, FilingWithHistory>();

/** A filing through file → return → resubmit (pending again, submittedOn from the resubmission). */
async function resubmittedFiling(): Promise<string> {
  const user = await testUser(runtime);
  const reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: [REGION] });
  const person = await testPerson(runtime, user, { insuredRegion: REGION });
  const material = await testMaterial(runtime, user, person.id, 'HOUSEHOLD_REGISTER');
  const filed = await call(runtime, buildCreate, 'POST /v1/filings', {
    user,
    clock: chinaMorning('2026-12-15'),
    body: {
      personId: person.id,
      category: 'RETIRED_RESETTLED',
      destination: { code: '310000' },
      startDate: '2026-12-15',
      contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
      proof: { kind: 'MATERIALS', materialIds: [material] },
      facts: { retired: true },
    },
  });
  expect(filed.status).toBe(201);
  const returned = await call(runtime, buildDecision, 'POST /v1/review/{filingId}/decision', {
    user: reviewer,
    clock: chinaMorning('2026-12-16'),
    params: { filingId: filed.body.id },
    body: { expectedVersion: 1, decision: 'RETURN', notices: [{ problem: '户口簿不清晰' }] },
  });
  expect(returned.status).toBe(200);
  const resubmitted = await call(runtime, buildResubmit, 'POST /v1/filings/{id}/resubmission', {
    user,
    clock: chinaMorning('2026-12-18'),
    params: { id: filed.body.id },
    body: { expectedVersion: 2 },
  });
  expect(resubmitted.status).toBe(200);
  return filed.body.id;
}

const rawPartition = async (filingId: string) =>
  (
    await documentClient.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.filingPartition(filingId) },
        ConsistentRead: true,
      }),
    )
  ).Items ?? [];

/** Rewrites a filing's items the way the store laid them out before (layout 1). */
async function intoOldLayout(filingId: string): Promise<void> {
  const found = await runtime.store.filings.get(filingId);
  if (!found) throw new Error('filing not stored');
  expected.set(filingId, found);
  const sealer = contactSealer(runtime.config.idEncryptionKey);
  const filingItem = (await rawPartition(filingId)).find((item) => item.sk === 'FILING')!;
  // The old record did not keep the review's submission day: the recount read the timeline.
  const { submittedOn: _kept, ...review } = found.filing.review!;
  const record = { ...sealer.seal({ ...found.filing, review }), timeline: found.history };
  const indexKeys = Object.fromEntries(
    Object.entries(filingItem).filter(([name]) => name.startsWith('gsi')),
  );
  await put({
    ...keys.filing(filingId),
    ...indexKeys,
    _et: 'Filing',
    filingId,
    personId: found.filing.personId,
    status: found.filing.status,
    version: found.filing.version,
    record,
  });
  for (const entry of found.history) {
    // The snapshot of each version: the current record stands in for it (only its status,
    // category, destination and validity are read, and those equal the entry's here).
    const snapshot = sealer.seal({
      ...found.filing,
      status: entry.status,
      category: entry.category,
      destination: entry.destination,
      validFrom: entry.validFrom,
      validUntil: entry.validUntil,
      version: entry.version,
    });
    await put({
      ...keys.filingHistory(filingId, entry.version),
      _et: 'FilingHistory',
      filingId,
      version: entry.version,
      event: entry.event,
      actorUserId: entry.actorUserId,
      recordedAt: entry.recordedAt,
      ...(entry.note ? { note: entry.note } : {}),
      snapshot,
      audit: entry.audit,
    });
  }
}

const put = (item: Record<string, unknown>) =>
  documentClient.send(new PutCommand({ TableName: tableName, Item: item }));

const migrate = (options: { dryRun?: boolean; maxPages?: number } = {}) =>
  migrateTable({
    documentClient,
    tableName,
    sealer: contactSealer(runtime.config.idEncryptionKey),
    pageSize: 5,
    ...options,
  });

let filingIds: string[];

beforeAll(async () => {
  runtime = await testRuntime();
  tableName = runtime.config.tableName;
  documentClient = createDocumentClient({
    tableName,
    region: runtime.config.region,
    ...(runtime.config.dynamoEndpoint ? { endpoint: runtime.config.dynamoEndpoint } : {}),
  });
  filingIds = [await resubmittedFiling(), await resubmittedFiling()];
  for (const id of filingIds) await intoOldLayout(id);
}, 120_000);

describe('npm run migrate (filing items v1 → v2)', () => {
  it('the seeded items are in the old layout', async () => {
    for (const id of filingIds) {
      const items = await rawPartition(id);
      expect(items.find((item) => item.sk === 'FILING')).toHaveProperty('record');
      expect(items.filter((item) => 'snapshot' in item)).toHaveLength(3);
    }
  });

  it('dry run: counts what it would change and writes nothing', async () => {
    const before = await Promise.all(filingIds.map(rawPartition));
    const report = await migrate({ dryRun: true });
    expect(report).toMatchObject({
      dryRun: true,
      done: true,
      filings: 2,
      histories: 6,
      failed: [],
    });
    expect(await Promise.all(filingIds.map(rawPartition))).toEqual(before);
    const checkpoint = await documentClient.send(
      new GetCommand({
        TableName: tableName,
        Key: { pk: 'MIGRATION#filing-items-v2', sk: 'CHECKPOINT' },
      }),
    );
    expect(checkpoint.Item).toBeUndefined();
  });

  it('stopped after one page, resumes from its checkpoint and finishes', async () => {
    const first = await migrate({ maxPages: 1 });
    expect(first).toMatchObject({ done: false, pages: 1, resumed: false });
    const rest = await migrate();
    expect(rest).toMatchObject({ done: true, resumed: true, failed: [] });
    expect(first.filings + rest.filings).toBe(2);
    expect(first.histories + rest.histories).toBe(6);
  });

  it('the store reads back the same filings and histories; the items are today’s layout', async () => {
    for (const id of filingIds) {
      const before = expected.get(id)!;
      // The review's submission day, gone from the old record, came back from the timeline.
      expect(await runtime.store.filings.get(id)).toEqual(before);
      expect(before.filing.review?.submittedOn).toBe('2026-12-18');
      for (const item of await rawPartition(id)) {
        expect(item).not.toHaveProperty('record');
        expect(item).not.toHaveProperty('snapshot');
        expect(item).not.toHaveProperty('timeline');
        expect(item.itemVersion).toBe(2);
        expect(JSON.stringify(item)).not.toContain('13912345678');
      }
    }
  });

  it('a run after the end changes nothing', async () => {
    const before = await Promise.all(filingIds.map(rawPartition));
    const report = await migrate();
    expect(report).toMatchObject({ done: true, filings: 0, histories: 0, skipped: 0 });
    expect(await Promise.all(filingIds.map(rawPartition))).toEqual(before);
  });
});
