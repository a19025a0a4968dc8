// contractRoute parses what the contract declares before the handler runs: the query (defaults
// applied, an empty parameter absent, a bad value 422) and the body; the contract's auth decides
// whether a token is needed, and `respond` answers with the contract's status.
import { extensionBodySchema, reviewQueueQuerySchema, type RouteContract } from '@yidi/shared';
import * as z from 'zod/mini';
import { contractRoute } from '../src/http/contractRoute';
import type { Runtime } from '../src/runtime';
import { documentsRecipe } from '../src/runtime/recipes';
import { invoke } from './support/http';
import { testRuntime, testUser } from './filings.support';

const echoContract = {
  name: 'echo',
  method: 'POST',
  path: '/v1/echo',
  summary: 'test only',
  tag: 'Meta',
  auth: 'public',
  idempotency: 'none',
  query: reviewQueueQuerySchema,
  body: extensionBodySchema,
  response: {
    status: 201,
    description: 'what was parsed',
    contentType: 'application/json',
    schema: z.object({ query: z.unknown(), body: z.unknown() }),
  },
} as const satisfies RouteContract;

const echo = contractRoute(
  echoContract,
  async ({ query, body, respond }) => respond({ query, body }),
  { runtime: documentsRecipe },
);
const guarded = contractRoute(
  { ...echoContract, auth: 'user' },
  async ({ caller, respond }) => respond({ query: caller.userId, body: null }),
  { runtime: documentsRecipe },
);

let runtime: Runtime;
beforeAll(async () => {
  runtime = await testRuntime();
});

describe('contractRoute', () => {
  it('hands the handler the parsed query (default status, empty region absent) and body', async () => {
    const response = await invoke(echo.build(runtime), {
      routeKey: 'POST /v1/echo',
      query: { region: '', status: 'ACTIVE', other: 'ignored' },
      body: { expectedVersion: 3 },
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ query: { status: 'ACTIVE' }, body: { expectedVersion: 3 } });
    const defaulted = await invoke(echo.build(runtime), {
      routeKey: 'POST /v1/echo',
      body: { expectedVersion: 1 },
    });
    expect(defaulted.body.query).toEqual({ status: 'PENDING_REVIEW' });
  });

  it('refuses a bad query value or body with 422 and Chinese fields, before the handler', async () => {
    const badQuery = await invoke(echo.build(runtime), {
      routeKey: 'POST /v1/echo',
      query: { region: '12' },
      body: { expectedVersion: 1 },
    });
    expect(badQuery.status).toBe(422);
    expect(Object.keys(badQuery.body.error.fields)).toEqual(['region']);
    const badBody = await invoke(echo.build(runtime), { routeKey: 'POST /v1/echo', body: {} });
    expect(badBody.status).toBe(422);
    expect(badBody.body.error.fields.expectedVersion).toMatch(/\p{Script=Han}/u);
  });

  it('asks for a token when the contract is not public', async () => {
    expect(guarded.handler.routeOptions).toEqual({ auth: true, idempotency: 'none' });
    const anonymous = await invoke(guarded.build(runtime), {
      routeKey: 'POST /v1/echo',
      body: { expectedVersion: 1 },
    });
    expect(anonymous.status).toBe(401);
    const user = await testUser(runtime);
    const signedIn = await invoke(guarded.build(runtime), {
      routeKey: 'POST /v1/echo',
      body: { expectedVersion: 1 },
      token: user.token,
    });
    expect(signedIn.status).toBe(201);
    expect(signedIn.body.query).toBe(user.userId);
  });
});
