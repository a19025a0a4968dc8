// Every read endpoint answers its normal caller with ONE DynamoDB request, counted on the store's
// own client (bench/ measures the same for the whole operations table). A material by id: the
// item and the caller's link in one consistent BatchGetItem (the id names the person). A filing
// by id (and its audit): its partition by consistent Query — the filing and its history items —
// with the caller's link by consistent GetItem sent alongside (one round trip, two requests). List reads
// go through GSI1, which is eventually consistent and could still show a withdrawn link: the
// caller's link is read by one consistent GetItem sent alongside the Query (one round trip, two
// requests) and decides; the index's copy never grants. The lag case runs on a store whose index
// reads leave the caller's link out (a wrapper over the same real DynamoDB Local table).
import { randomUUID } from 'node:crypto';
import { build as buildAudit } from '../src/http/filings/audit';
import { build as buildCreateFiling } from '../src/http/filings/create';
import { build as buildGetFiling } from '../src/http/filings/get';
import { build as buildListFilings } from '../src/http/filings/list';
import { build as buildGetMaterial } from '../src/http/materials/get';
import { build as buildAgents } from '../src/http/persons/agents';
import { build as buildMessages } from '../src/http/persons/messages';
import { build as buildExport } from '../src/http/review/export';
import { build as buildQueue } from '../src/http/review/queue';
import { exportJobsSettled } from '../src/http/review/exportJobs';
import { loadStageConfig } from '../src/config/stage';
import type { LambdaHandler } from '../src/http/route';
import { createRuntime, type Runtime } from '../src/runtime';
import { createDocumentClient, createStore, type Store } from '../src/store';
import {
  call,
  chinaMorning,
  linkAgent,
  testMaterial,
  testPerson,
  testUser,
  type CallOptions,
  type TestUser,
} from './filings.support';
import { callRaw } from './operations.support';
import { createTestTable, testEnvironment } from './support/testRuntime';

const REGION = '340100';
const TODAY = '2026-12-15';

let commands: string[] = [];
let runtime: Runtime;
/** Same table; its GSI1 reads leave out the links of `hidden` (as if the index lagged). */
let lagging: Runtime;
const hidden = new Set<string>();

let owner: TestUser;
let pendingAgent: TestUser;
let reviewer: TestUser;
let otherReviewer: TestUser;
let stranger: TestUser;
let personId: string;
let filingId: string;
let materialId: string;

beforeAll(async () => {
  const tableName = await createTestTable();
  const config = loadStageConfig({ ...testEnvironment(), TABLE_NAME: tableName });
  const connection = {
    tableName,
    region: config.region,
    ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {}),
    encryptionKey: config.idEncryptionKey,
  };
  const documentClient = createDocumentClient(connection);
  documentClient.middlewareStack.add(
    (next, context) => async (args) => {
      commands.push(context.commandName ?? 'unknown');
      return next(args);
    },
    { step: 'initialize', name: 'countCommands' },
  );
  const store = createStore(connection, documentClient);
  runtime = createRuntime(config, { store });
  lagging = createRuntime(config, { store: laggingIndex(store) });

  owner = await testUser(runtime);
  pendingAgent = await testUser(runtime);
  reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: [REGION] });
  otherReviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: ['340300'] });
  stranger = await testUser(runtime);
  const person = await testPerson(runtime, owner, { insuredRegion: REGION });
  personId = person.id;
  await linkAgent(runtime, pendingAgent, person, 'PENDING');
  materialId = await testMaterial(runtime, owner, personId, 'RESIDENCE_PERMIT');
  const filed = await call(runtime, buildCreateFiling, 'POST /v1/filings', {
    user: owner,
    clock: chinaMorning(TODAY),
    body: {
      personId,
      category: 'LONG_TERM_RESIDENT',
      destination: { code: '310000' },
      startDate: TODAY,
      contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
      proof: { kind: 'MATERIALS', materialIds: [materialId] },
    },
  });
  expect(filed.status).toBe(201);
  filingId = filed.body.id;
  await store.messages.recordOnce(
    { subjectId: filingId, occasion: 'TEST#1' },
    {
      id: randomUUID(),
      personId,
      subject: { kind: 'FILING', id: filingId },
      kind: 'REVIEW_APPROVED',
      title: '备案已通过',
      body: '您的异地就医备案已通过。',
      fields: { subject: '异地就医备案', date: TODAY, note: '已通过' },
      createdAt: new Date().toISOString(),
      delivery: 'RECORDED',
    },
    new Date(Date.now() + 86_400_000),
  );
});

function laggingIndex(store: Store): Store {
  const shown = <T extends { userId: string }>(links: T[]) =>
    links.filter((link) => !hidden.has(link.userId));
  return {
    ...store,
    agentLinks: {
      ...store.agentLinks,
      listForPerson: async (id) => shown(await store.agentLinks.listForPerson(id)),
    },
  };
}

const sorted = (sent: string[]) => [...sent].sort();

/** The response, and the DynamoDB commands the request sent. */
async function measured(
  on: Runtime,
  build: (runtime: Runtime) => LambdaHandler,
  routeKey: string,
  options: CallOptions,
) {
  commands = [];
  const response = await call(on, build, routeKey, { clock: chinaMorning(TODAY), ...options });
  return { status: response.status, body: response.body as unknown, sent: [...commands] };
}

// Ids exist only after beforeAll: cases name them through these.
const byFiling = () => ({ params: { id: filingId } });
const byPerson = () => ({ params: { id: personId } });
const ofPerson = () => ({ query: { personId } });

describe('reads by id: one round trip for the item and the caller’s link', () => {
  // GET: the filing item and the caller's link in one consistent BatchGetItem. The history
  // screen (audit): the same, and the versions by consistent Query sent with it — two requests,
  // one round trip.
  it.each([
    ['GET /v1/filings/{id}', buildGetFiling, ['BatchGetItemCommand']],
    ['GET /v1/filings/{id}/audit', buildAudit, ['BatchGetItemCommand', 'QueryCommand']],
  ] as const)(
    '%s: owner and the region’s reviewer read; a PENDING agent and others 404',
    async (route, build, sent) => {
      for (const [user, status] of [
        [owner, 200],
        [pendingAgent, 404],
        [reviewer, 200],
        [otherReviewer, 404],
        [stranger, 404],
      ] as const) {
        const read = await measured(runtime, build, route, { user, ...byFiling() });
        expect({ user: user.userId, status: read.status, sent: sorted(read.sent) }).toEqual({
          user: user.userId,
          status,
          sent,
        });
      }
    },
  );

  it('GET /v1/filings/{id}: the reviewer sees the person the filing recorded, masked', async () => {
    const read = await measured(runtime, buildGetFiling, 'GET /v1/filings/{id}', {
      user: reviewer,
      ...byFiling(),
    });
    expect(read.body).toMatchObject({
      id: filingId,
      person: { id: personId, name: '测试人', idNumberMasked: '3403**********1234' },
    });
    expect(read.body).not.toHaveProperty('history');
  });

  it('GET /v1/materials/{id}: owner and the region’s reviewer read; others 404', async () => {
    for (const [user, status] of [
      [owner, 200],
      [reviewer, 200],
      [otherReviewer, 404],
      [stranger, 404],
    ] as const) {
      const read = await measured(runtime, buildGetMaterial, 'GET /v1/materials/{id}', {
        user,
        params: { id: materialId },
      });
      expect({ status: read.status, sent: read.sent }).toEqual({
        status,
        sent: ['BatchGetItemCommand'],
      });
    }
  });

  it.each([
    ['a malformed id', 'not-a-filing-id'],
    ['an id naming another person', `${randomUUID()}_${randomUUID()}`],
  ])('%s is 404, like an unknown one', async (_label, id) => {
    const read = await measured(runtime, buildGetFiling, 'GET /v1/filings/{id}', {
      user: owner,
      params: { id },
    });
    expect(read.status).toBe(404);
  });
});

describe('lists: one GSI1 Query and, alongside, the caller’s link by consistent GetItem', () => {
  it.each([
    ['GET /v1/filings', buildListFilings, ofPerson],
    ['GET /v1/persons/{id}/messages', buildMessages, byPerson],
    ['GET /v1/persons/{id}/agents', buildAgents, byPerson],
  ] as const)('%s: one Query for the owner; a stranger is 404', async (route, build, where) => {
    const mine = await measured(runtime, build, route, { user: owner, ...where() });
    expect(mine.status).toBe(200);
    expect(sorted(mine.sent)).toEqual(['GetItemCommand', 'QueryCommand']);
    expect(mine.body).toHaveLength(1);
    const theirs = await measured(runtime, build, route, { user: stranger, ...where() });
    expect(theirs.status).toBe(404);
    expect(sorted(theirs.sent)).toEqual(['GetItemCommand', 'QueryCommand']);
  });

  it('a PENDING agent lists neither the filings nor the inbox (404)', async () => {
    for (const [route, build, where] of [
      ['GET /v1/filings', buildListFilings, ofPerson],
      ['GET /v1/persons/{id}/messages', buildMessages, byPerson],
    ] as const) {
      const read = await measured(runtime, build, route, { user: pendingAgent, ...where() });
      expect(read.status).toBe(404);
    }
  });

  it('the reviews: one Query on the region’s index, no person read', async () => {
    const queue = await measured(runtime, buildQueue, 'GET /v1/review/queue', {
      user: reviewer,
      query: { region: REGION },
    });
    expect(queue).toMatchObject({ status: 200, sent: ['QueryCommand'] });
    expect(queue.body).toMatchObject({ items: [{ id: filingId, person: { name: '测试人' } }] });
    commands = [];
    // The export: one Put of the job, then the job reads the region index (keys only: one page
    // here) and that page's filings in one BatchGet.
    const started = await callRaw(buildExport(runtime), 'GET /v1/review/export', {
      user: reviewer,
      query: { region: REGION },
    });
    expect(started.status).toBe(202);
    await exportJobsSettled(runtime);
    expect(commands.filter((name) => name === 'QueryCommand')).toEqual(['QueryCommand']);
    expect(commands.filter((name) => name === 'BatchGetItemCommand')).toEqual([
      'BatchGetItemCommand',
    ]);
  });
});

describe('GSI1 lagging behind a link: the consistent GetItem decides, not the index', () => {
  afterEach(() => hidden.clear());

  it.each([
    ['GET /v1/filings', buildListFilings, ofPerson],
    ['GET /v1/persons/{id}/messages', buildMessages, byPerson],
    ['GET /v1/persons/{id}/agents', buildAgents, byPerson],
  ] as const)('%s', async (route, build, where) => {
    hidden.add(owner.userId);
    const read = await measured(lagging, build, route, { user: owner, ...where() });
    expect(read.status).toBe(200);
    expect(sorted(read.sent)).toEqual(['GetItemCommand', 'QueryCommand']);
    expect(read.body).toHaveLength(1);
    // The fallback grants only what the table holds: a stranger stays refused.
    hidden.add(stranger.userId);
    const refused = await measured(lagging, build, route, { user: stranger, ...where() });
    expect(refused.status).toBe(404);
  });

  it('the agents list still names the agent the index shows', async () => {
    hidden.add(owner.userId);
    const read = await measured(lagging, buildAgents, 'GET /v1/persons/{id}/agents', {
      user: owner,
      params: { id: personId },
    });
    expect(read.body).toEqual([
      expect.objectContaining({ userId: pendingAgent.userId, authorization: 'PENDING' }),
    ]);
  });
});
