// `npm run migrate` on a DynamoDB Local table seeded in the older layouts, ending in layout 3:
//   layout 1: filing items holding the whole record (contact sealed inside) and a timeline,
//     history items holding full snapshots — made from filings the real API wrote (file → return
//     → resubmit), rewritten the way the first store laid them out;
//   layout 2: filing items at pk=FILING#<id> sk=FILING, in GSI1 (the person's list), GSI2 (the
//     review queue) and GSI5 (region, by status), and the person's messages in GSI1 (MAIL#…) —
//     spelled out from the filings the API wrote, whatever layout the store writes now.
// Afterwards every filing item is at pk=PERSON#<personId> sk=FILING#<id> in layout 3, none is
// left at sk=FILING, the history items are what the store writes (layout 1's upgraded, layout 2's
// untouched) and the messages are out of GSI1. A dry run writes nothing; a run stopped after one
// page resumes from its checkpoint; a filing changed by another writer between the migration's
// read and its write is skipped, reported, and moved by the next run; a run after that changes
// nothing; an old item found beside its filing's layout-3 item is left alone (neither overwritten).
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { MIGRATION_NAME, migrateTable } from '../../infra/src/migrate/migrateTable';
import { build as buildCreate } from '../src/http/filings/create';
import { build as buildResubmit } from '../src/http/filings/resubmit';
import { build as buildDecision } from '../src/http/review/decision';
import type { Runtime } from '../src/runtime';
import { contactSealer } from '../src/security/contactProtection';
import { createDocumentClient, type FilingRecord, type FilingWithHistory } from '../src/store';
import { call, chinaMorning, testMaterial, testPerson, testUser } from './filings.support';
import { testRuntime } from './support/testRuntime';

const REGION = '340100';
const PHONE = '13912345678';

type RawItem = Record<string, unknown>;

let runtime: Runtime;
let documentClient: ReturnType<typeof createDocumentClient>;
let tableName: string;

interface Seeded {
  id: string;
  personId: string;
  /** The filing item of layout 2 and the history items, as the API wrote them. */
  filingItem: RawItem;
  history: RawItem[];
  /** The person's messages as written (in GSI1). */
  messages: RawItem[];
  /** The filing as the store read it before it was laid out again. */
  found: FilingWithHistory;
}
const seeded = new Map<string, Seeded>();
let layout1Ids: string[];
let layout2Ids: string[];
/** A layout-2 filing another writer changes while the migration is about to move it. */
let changedId: string;

const connection = () => ({
  tableName,
  region: runtime.config.region,
  ...(runtime.config.dynamoEndpoint ? { endpoint: runtime.config.dynamoEndpoint } : {}),
});

/** A filing through file → return [→ resubmit]: returned, or pending again (in the queue). */
async function testFiling(resubmit: boolean): Promise<string> {
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
      contact: { address: '上海市徐汇区漕溪北路1号', phone: PHONE },
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
  if (resubmit) {
    const resubmitted = await call(runtime, buildResubmit, 'POST /v1/filings/{id}/resubmission', {
      user,
      clock: chinaMorning('2026-12-18'),
      params: { id: filed.body.id },
      body: { expectedVersion: 2 },
    });
    expect(resubmitted.status).toBe(200);
  }
  return filed.body.id;
}

const partition = async (pk: string) =>
  (
    await documentClient.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ConsistentRead: true,
      }),
    )
  ).Items ?? [];

const getItem = async (pk: string, sk: string) =>
  (
    await documentClient.send(
      new GetCommand({ TableName: tableName, Key: { pk, sk }, ConsistentRead: true }),
    )
  ).Item;

const put = (item: RawItem) =>
  documentClient.send(new PutCommand({ TableName: tableName, Item: item }));

const isMessage = (item: RawItem) => String(item.sk).startsWith('MESSAGE#');

/**
 * A filing item of layout 2, spelled out from the record (pk=FILING#<id> sk=FILING, the person's
 * list in GSI1, the queue in GSI2, the region by status in GSI5, `personId` stored). These
 * filings have no open commitment and are not ACTIVE, so no GSI3/GSI4 entry.
 */
function layout2ItemOf(filing: FilingRecord): RawItem {
  const { id, contact, validUntil, commitment, review, ...state } = filing;
  const sealer = contactSealer(runtime.config.idEncryptionKey);
  return {
    pk: `FILING#${id}`,
    sk: 'FILING',
    gsi1pk: `PERSON#${filing.personId}`,
    gsi1sk: `FILING#${filing.createdAt}#${id}`,
    ...(filing.status === 'PENDING_REVIEW' && review
      ? { gsi2pk: `REVIEW#${filing.insuredRegion}`, gsi2sk: `${review.dueBy}#${id}` }
      : {}),
    gsi5pk: `REGION#${filing.insuredRegion}`,
    gsi5sk: `${filing.status}#${filing.category}#${filing.createdAt}#${id}`,
    _et: 'Filing',
    itemVersion: 2,
    filingId: id,
    ...state,
    ...(validUntil ? { validUntil } : {}),
    ...(commitment ? { commitment } : {}),
    ...(review ? { review } : {}),
    contactSealed: sealer.sealText(JSON.stringify(contact)),
  };
}

/**
 * Lays a filing the API wrote out in layout 2, whatever layout the store writes: its filing item
 * at FILING#<id>/FILING (none at PERSON#<personId>/FILING#<id>), its person's messages in GSI1.
 * History items are the same in layouts 2 and 3.
 */
async function intoLayout2(id: string): Promise<Seeded> {
  const found = await runtime.store.filings.get(id);
  if (!found) throw new Error('filing not stored');
  const { personId } = found.filing;
  const messages = (await partition(`PERSON#${personId}`)).filter(isMessage);
  const filingItem = layout2ItemOf(found.filing);
  await put(filingItem);
  await documentClient.send(
    new DeleteCommand({
      TableName: tableName,
      Key: { pk: `PERSON#${personId}`, sk: `FILING#${id}` },
    }),
  );
  const inbox = messages.map((message) => ({
    ...message,
    gsi1pk: `PERSON#${personId}`,
    gsi1sk: `MAIL#${(message.message as { createdAt: string }).createdAt}#${message.messageId as string}`,
  }));
  for (const message of inbox) await put(message);
  const seed = {
    id,
    personId,
    filingItem,
    history: (await partition(`FILING#${id}`)).filter((item) => item.sk !== 'FILING'),
    messages: inbox,
    found,
  };
  seeded.set(id, seed);
  return seed;
}

/** Rewrites a filing's items the way the store laid them out first (layout 1). */
async function intoLayout1(id: string): Promise<void> {
  const { filingItem, found } = seeded.get(id)!;
  const sealer = contactSealer(runtime.config.idEncryptionKey);
  // The old record did not keep the review's submission day: the recount read the timeline.
  const { submittedOn: _kept, ...review } = found.filing.review!;
  const record = { ...sealer.seal({ ...found.filing, review }), timeline: found.history };
  const indexKeys = Object.fromEntries(
    Object.entries(filingItem).filter(([name]) => name.startsWith('gsi')),
  );
  await put({
    pk: `FILING#${id}`,
    sk: 'FILING',
    ...indexKeys,
    _et: 'Filing',
    filingId: id,
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
      pk: `FILING#${id}`,
      sk: `VERSION#${String(entry.version).padStart(6, '0')}`,
      _et: 'FilingHistory',
      filingId: id,
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

/** Another writer's change of a layout-2 filing (a later version), as the old store would do. */
const changeFiling = (id: string) =>
  documentClient.send(
    new UpdateCommand({
      TableName: tableName,
      Key: { pk: `FILING#${id}`, sk: 'FILING' },
      UpdateExpression: 'SET version = version + :one, updatedAt = :at',
      ConditionExpression: 'itemVersion = :two',
      ExpressionAttributeValues: { ':one': 1, ':two': 2, ':at': '2026-12-19T02:00:00.000Z' },
    }),
  );

/**
 * The migration's client: the first time it is about to send the transaction that moves
 * `changedId`, another writer changes that filing first — after the migration read it.
 */
function clientWithConcurrentWriter() {
  const client = createDocumentClient(connection());
  let changed = false;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const moves = context.commandName === 'TransactWriteItemsCommand';
      if (moves && !changed && JSON.stringify(args.input).includes(`"FILING#${changedId}"`)) {
        changed = true;
        await changeFiling(changedId);
      }
      return next(args);
    },
    { step: 'initialize', name: 'concurrentWriter' },
  );
  return client;
}

const migrate = (options: { dryRun?: boolean; maxPages?: number } = {}, client = documentClient) =>
  migrateTable({
    documentClient: client,
    tableName,
    sealer: contactSealer(runtime.config.idEncryptionKey),
    pageSize: 5,
    ...options,
  });

/** Everything the migration may touch: the filings' and their persons' partitions. */
const snapshot = async () =>
  Promise.all(
    [...seeded.values()].flatMap(({ id, personId }) => [
      partition(`FILING#${id}`),
      partition(`PERSON#${personId}`),
    ]),
  );

/** The layout-3 item of a filing item of layout 2, spelled out (layout3.test.ts pins it too). */
function layout3Of(item: RawItem): RawItem {
  const {
    pk: _pk,
    sk: _sk,
    gsi1pk: _g1p,
    gsi1sk: _g1s,
    gsi2pk,
    gsi2sk,
    gsi5pk: _g5p,
    gsi5sk: _g5s,
    personId,
    itemVersion: _itemVersion,
    contactSealed: _sealed,
    ...state
  } = item;
  return {
    ...state,
    pk: `PERSON#${personId as string}`,
    sk: `FILING#${item.filingId as string}`,
    itemVersion: 3,
    ...(gsi2pk ? { gsi6pk: gsi2pk, gsi6sk: gsi2sk } : {}),
    gsi7pk: `REGION#${REGION}`,
    gsi7sk: `${item.createdAt as string}#${item.filingId as string}`,
    // Layout 1's contact is sealed again (a fresh nonce): compared opened, below.
    contactSealed: expect.any(String),
  };
}

beforeAll(async () => {
  runtime = await testRuntime();
  tableName = runtime.config.tableName;
  documentClient = createDocumentClient(connection());
  layout1Ids = [await testFiling(true), await testFiling(true)];
  layout2Ids = [await testFiling(true), await testFiling(false), await testFiling(true)];
  changedId = layout2Ids[2]!;
  for (const id of [...layout1Ids, ...layout2Ids]) await intoLayout2(id);
  for (const id of layout1Ids) await intoLayout1(id);
}, 180_000);

describe('npm run migrate (layouts 1 and 2 → 3)', () => {
  it('the seeded items are in the old layouts', async () => {
    for (const id of layout1Ids) {
      const items = await partition(`FILING#${id}`);
      expect(items.find((item) => item.sk === 'FILING')).toHaveProperty('record');
      expect(items.filter((item) => 'snapshot' in item)).toHaveLength(3);
    }
    for (const id of layout2Ids) {
      expect(await getItem(`FILING#${id}`, 'FILING')).toMatchObject({
        itemVersion: 2,
        gsi1pk: `PERSON#${seeded.get(id)!.personId}`,
        gsi5pk: `REGION#${REGION}`,
      });
    }
    // The returned filing is out of the queue, the pending ones in it.
    expect(seeded.get(layout2Ids[1]!)!.filingItem).not.toHaveProperty('gsi2pk');
    expect(seeded.get(layout2Ids[0]!)!.filingItem.gsi2pk).toBe(`REVIEW#${REGION}`);
    // The return decision told each person: a message in the person's inbox, in GSI1.
    for (const { messages } of seeded.values()) {
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) expect(String(message.gsi1sk)).toMatch(/^MAIL#/);
    }
  });

  it('dry run: counts what it would change and writes nothing', async () => {
    const before = await snapshot();
    const report = await migrate({ dryRun: true });
    expect(report).toMatchObject({
      dryRun: true,
      done: true,
      filings: 5,
      histories: 6,
      messages: messageCount(),
      skipped: [],
      failed: [],
    });
    expect(await snapshot()).toEqual(before);
    expect(await getItem(`MIGRATION#${MIGRATION_NAME}`, 'CHECKPOINT')).toBeUndefined();
  });

  it('stopped after one page, resumes from its checkpoint; the filing changed meanwhile is skipped', async () => {
    const client = clientWithConcurrentWriter();
    const first = await migrate({ maxPages: 1 }, client);
    expect(first).toMatchObject({ done: false, pages: 1, resumed: false, failed: [] });
    expect(await getItem(`MIGRATION#${MIGRATION_NAME}`, 'CHECKPOINT')).toHaveProperty('cursor');
    const rest = await migrate({}, client);
    expect(rest).toMatchObject({ done: true, resumed: true, failed: [] });
    expect(first.filings + rest.filings).toBe(4);
    expect(first.histories + rest.histories).toBe(6);
    expect(first.messages + rest.messages).toBe(messageCount());
    expect([...first.skipped, ...rest.skipped]).toEqual([
      { pk: `FILING#${changedId}`, sk: 'FILING', reason: 'CHANGED' },
    ]);
    // Neither lost nor doubled: still the old item, at its new version, and nothing at the new key.
    expect(await getItem(`FILING#${changedId}`, 'FILING')).toMatchObject({
      itemVersion: 2,
      version: 4,
    });
    const { personId } = seeded.get(changedId)!;
    expect(await getItem(`PERSON#${personId}`, `FILING#${changedId}`)).toBeUndefined();
    expect(await getItem(`MIGRATION#${MIGRATION_NAME}`, 'CHECKPOINT')).toBeUndefined();
  });

  it('a rerun moves the skipped filing, at the version the other writer left', async () => {
    const report = await migrate();
    expect(report).toMatchObject({
      resumed: false,
      done: true,
      filings: 1,
      histories: 0,
      messages: 0,
      skipped: [],
      failed: [],
    });
    const { personId } = seeded.get(changedId)!;
    expect(await getItem(`PERSON#${personId}`, `FILING#${changedId}`)).toMatchObject({
      itemVersion: 3,
      version: 4,
      updatedAt: '2026-12-19T02:00:00.000Z',
    });
  });

  it('every filing is at PERSON#/FILING# in layout 3; histories as the store writes them; messages out of GSI1', async () => {
    const sealer = contactSealer(runtime.config.idEncryptionKey);
    for (const { id, personId, filingItem, history, messages } of seeded.values()) {
      expect(await getItem(`FILING#${id}`, 'FILING')).toBeUndefined();
      const moved = await getItem(`PERSON#${personId}`, `FILING#${id}`);
      const changed = id === changedId ? { version: 4, updatedAt: '2026-12-19T02:00:00.000Z' } : {};
      expect(moved).toEqual({ ...layout3Of(filingItem), ...changed });
      expect(sealer.openText(moved!.contactSealed as string)).toBe(
        sealer.openText(filingItem.contactSealed as string),
      );
      expect(JSON.stringify(moved)).not.toContain(PHONE);
      // Layout 1's snapshots became the deltas the store wrote (layout 1 kept no request's
      // record on a version: it had record items); layout 2's were not touched.
      const expected = layout1Ids.includes(id)
        ? history.map(({ request: _request, ...delta }) => delta)
        : history;
      expect(await partition(`FILING#${id}`)).toEqual(expected);
      const after = (await partition(`PERSON#${personId}`)).filter(isMessage);
      expect(after).toEqual(messages.map(({ gsi1pk: _pk, gsi1sk: _sk, ...message }) => message));
    }
    // The review's submission day, gone from layout 1's record, came back from the timeline.
    const upgraded = await getItem(
      `PERSON#${seeded.get(layout1Ids[0]!)!.personId}`,
      `FILING#${layout1Ids[0]}`,
    );
    expect(upgraded).toMatchObject({ review: { submittedOn: '2026-12-18' } });
  });

  it('a run after the end changes nothing', async () => {
    const before = await snapshot();
    const report = await migrate();
    expect(report).toMatchObject({
      done: true,
      filings: 0,
      histories: 0,
      messages: 0,
      skipped: [],
      failed: [],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('an old item beside a layout-3 item of the same filing: both left alone, reported', async () => {
    // E.g. an old writer recreating the item after it moved: the migration overwrites neither.
    const { id, personId, filingItem } = seeded.get(layout2Ids[0]!)!;
    await put(filingItem);
    const moved = await getItem(`PERSON#${personId}`, `FILING#${id}`);
    const report = await migrate();
    expect(report).toMatchObject({ done: true, filings: 0, failed: [] });
    expect(report.skipped).toEqual([{ pk: `FILING#${id}`, sk: 'FILING', reason: 'TARGET_EXISTS' }]);
    expect(await getItem(`FILING#${id}`, 'FILING')).toEqual(filingItem);
    expect(await getItem(`PERSON#${personId}`, `FILING#${id}`)).toEqual(moved);
  });
});

function messageCount(): number {
  return [...seeded.values()].reduce((sum, { messages }) => sum + messages.length, 0);
}
