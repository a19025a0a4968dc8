// The contract holds at run time: GET /v1/openapi.json answers the generated document with every
// route, and real answers of the handlers parse with their contract's response schema (a field
// renamed in a service but not in shared/src/schemas fails here).
import {
  filingsAuditRoute,
  filingsCancelRoute,
  filingsCreateRoute,
  filingsGetRoute,
  filingsListRoute,
  meRoute,
  openApiRoute,
  personsAgentsRoute,
  personsConsentRoute,
  personsCreateRoute,
  personsListRoute,
  personsMessagesRoute,
  regionsListRoute,
  regionsPolicyRoute,
  reviewDecisionRoute,
  reviewQueueRoute,
  ROUTES,
  type RouteContract,
} from '@yidi/shared';
import { build as buildAudit } from '../src/http/filings/audit';
import { build as buildCancel } from '../src/http/filings/cancel';
import { build as buildCreate } from '../src/http/filings/create';
import { build as buildGet } from '../src/http/filings/get';
import { build as buildList } from '../src/http/filings/list';
import { build as buildMe } from '../src/http/me/get';
import { build as buildAgents } from '../src/http/persons/agents';
import { build as buildConsent } from '../src/http/persons/consent';
import { build as buildPersonsCreate } from '../src/http/persons/create';
import { build as buildPersons } from '../src/http/persons/list';
import { build as buildMessages } from '../src/http/persons/messages';
import { build as buildDecision } from '../src/http/review/decision';
import { build as buildQueue } from '../src/http/review/queue';
import { build as buildOpenApi } from '../src/http/openapi/get';
import { build as buildRegions } from '../src/http/regions/list';
import { build as buildPolicy } from '../src/http/regions/policy';
import { gunzipSync } from 'node:zlib';
import type { Runtime } from '../src/runtime';
import { openApiDocument } from '@yidi/shared/src/contract/openapi';
import { apiEvent, lambdaContext, verifyAs } from './support/http';
import { testPerson as madeUpPerson } from './support/people';
import {
  call,
  chinaMorning,
  linkAgent,
  testMaterial,
  testPerson,
  testRuntime,
  testUser,
} from './filings.support';

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

/** The answer parses with the contract's response schema (issues printed on failure). */
function expectContractAnswer(
  contract: RouteContract,
  response: { status: number; body: unknown },
) {
  expect(response.status).toBe(contract.response.status);
  const parsed = contract.response.schema.safeParse(response.body);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
}

describe('GET /v1/openapi.json (public)', () => {
  it('answers the document generated from the contracts, listing every route', async () => {
    const response = await call<{ paths: Record<string, Record<string, unknown>> }>(
      runtime,
      buildOpenApi,
      'GET /v1/openapi.json',
    );
    expectContractAnswer(openApiRoute, response);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    for (const route of ROUTES) {
      expect(response.body.paths[route.path]).toHaveProperty(route.method.toLowerCase());
    }
  });

  it('sends the same document gzipped to a client that accepts it', async () => {
    const answer = await buildOpenApi(runtime)(
      apiEvent({ routeKey: 'GET /v1/openapi.json', headers: { 'accept-encoding': 'gzip, br' } }),
      lambdaContext(),
    );
    expect(answer.statusCode).toBe(200);
    expect(answer.isBase64Encoded).toBe(true);
    expect(answer.headers).toMatchObject({ 'content-encoding': 'gzip', vary: 'accept-encoding' });
    const gzipped = Buffer.from(answer.body!, 'base64');
    const document = JSON.parse(gunzipSync(gzipped).toString('utf8')) as unknown;
    expect(document).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    expect(gzipped.length).toBeLessThan(25 * 1024);
  });
});

describe('answers match the contract response schemas', () => {
  it('regions and a region policy', async () => {
    expectContractAnswer(regionsListRoute, await call(runtime, buildRegions, 'GET /v1/regions'));
    expectContractAnswer(
      regionsPolicyRoute,
      await call(runtime, buildPolicy, 'GET /v1/regions/{code}/policy', {
        params: { code: '340100' },
      }),
    );
  });

  it('a filing as filed, read and cancelled', async () => {
    const user = await testUser(runtime);
    const person = await testPerson(runtime, user, { insuredRegion: '340100' });
    const clock = chinaMorning('2026-12-15');
    const filed = await call(runtime, buildCreate, 'POST /v1/filings', {
      user,
      clock,
      body: {
        personId: person.id,
        category: 'LONG_TERM_RESIDENT',
        destination: { code: '310000' },
        startDate: '2026-12-15',
        contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
        proof: {
          kind: 'MATERIALS',
          materialIds: [await testMaterial(runtime, user, person.id, 'RESIDENCE_PERMIT')],
        },
      },
    });
    expectContractAnswer(filingsCreateRoute, filed);
    const params = { id: filed.body.id };
    expectContractAnswer(
      filingsGetRoute,
      await call(runtime, buildGet, 'GET /v1/filings/{id}', { user, clock, params }),
    );
    const cancelled = await call(runtime, buildCancel, 'POST /v1/filings/{id}/cancellation', {
      user,
      clock,
      params,
      body: { expectedVersion: filed.body.version, reason: '回原参保地居住' },
    });
    expectContractAnswer(filingsCancelRoute, cancelled);
    expect(cancelled.body.status).toBe('CANCELLED');
  });

  it('the user, persons, agents and consent', async () => {
    const user = await testUser(runtime);
    const self = madeUpPerson({ relationship: 'SELF' });
    // SELF needs the caller's verified identity to be this very person.
    await verifyAs(runtime, user.token, self);
    const added = await call(runtime, buildPersonsCreate, 'POST /v1/persons', { user, body: self });
    expectContractAnswer(personsCreateRoute, added);
    expectContractAnswer(meRoute, await call(runtime, buildMe, 'GET /v1/me', { user }));
    expectContractAnswer(
      personsListRoute,
      await call(runtime, buildPersons, 'GET /v1/persons', { user }),
    );

    const owner = await testUser(runtime);
    const person = await testPerson(runtime, owner, { insuredRegion: '340100' });
    const agent = await testUser(runtime);
    await linkAgent(runtime, agent, person, 'PENDING');
    const params = { id: person.id };
    const agents = await call<unknown[]>(runtime, buildAgents, 'GET /v1/persons/{id}/agents', {
      user: owner,
      params,
    });
    expectContractAnswer(personsAgentsRoute, agents);
    expect(agents.body).toHaveLength(1);
    expectContractAnswer(
      personsConsentRoute,
      await call(runtime, buildConsent, 'POST /v1/persons/{id}/consent', {
        user: owner,
        params,
        body: { agentUserId: agent.userId },
      }),
    );
  });

  it('the review queue, a decision, the audit trail and the message it left', async () => {
    const user = await testUser(runtime);
    const person = await testPerson(runtime, user, { insuredRegion: '340100' });
    const clock = chinaMorning('2026-12-15');
    const filed = await call(runtime, buildCreate, 'POST /v1/filings', {
      user,
      clock,
      body: {
        personId: person.id,
        category: 'STATIONED_WORKER',
        destination: { code: '310000' },
        startDate: '2026-12-15',
        contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
        proof: {
          kind: 'MATERIALS',
          materialIds: [await testMaterial(runtime, user, person.id, 'WORK_PROOF')],
        },
      },
    });
    expect(filed.status).toBe(201);
    const reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: ['340100'] });
    const queue = await call<{ items: unknown[] }>(runtime, buildQueue, 'GET /v1/review/queue', {
      user: reviewer,
      clock,
      query: { region: '340100' },
    });
    expectContractAnswer(reviewQueueRoute, queue);
    expect(queue.body.items.length).toBeGreaterThan(0);
    expectContractAnswer(
      reviewDecisionRoute,
      await call(runtime, buildDecision, 'POST /v1/review/{filingId}/decision', {
        user: reviewer,
        clock,
        params: { filingId: filed.body.id },
        body: {
          expectedVersion: filed.body.version,
          decision: 'RETURN',
          notices: [{ problem: '工作证明不清晰' }],
        },
      }),
    );
    const audit = await call<unknown[]>(runtime, buildAudit, 'GET /v1/filings/{id}/audit', {
      user,
      clock,
      params: { id: filed.body.id },
    });
    expectContractAnswer(filingsAuditRoute, audit);
    expect(audit.body).toHaveLength(2);
    expectContractAnswer(
      filingsListRoute,
      await call(runtime, buildList, 'GET /v1/filings', {
        user,
        clock,
        query: { personId: person.id },
      }),
    );
    const messages = await call<unknown[]>(
      runtime,
      buildMessages,
      'GET /v1/persons/{id}/messages',
      {
        user,
        clock,
        params: { id: person.id },
      },
    );
    expectContractAnswer(personsMessagesRoute, messages);
    expect(messages.body).toHaveLength(1);
  });

  it('a contract body refuses bad input with 422 and Chinese fields (cancellation)', async () => {
    const user = await testUser(runtime);
    const response = await call<{ error: { code: string; fields: Record<string, string> } }>(
      runtime,
      buildCancel,
      'POST /v1/filings/{id}/cancellation',
      { user, params: { id: 'p-x_00000000-0000-4000-8000-000000000000' }, body: { reason: 7 } },
    );
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(response.body.error.fields).sort()).toEqual(['expectedVersion', 'reason']);
  });
});
