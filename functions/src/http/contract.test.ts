// serverless.yml serves exactly the routes of the contract (shared/src/contract), each from a
// handler whose middleware enforces the contract's auth and idempotency. A route added on one
// side only, a path or method that drifted, or a handler that stopped requiring its
// Idempotency-Key fails here.
import { ROUTES, type RouteContract } from '@yidi/shared';
import { entryPointOf, httpRoutes, serverlessConfig } from '../../test/support/serverless';

const contracts = ROUTES as readonly RouteContract[];

describe('serverless.yml against the route contracts', () => {
  it('declares exactly the contract routes: same function names, methods and paths', () => {
    const declared = httpRoutes.map(({ name, method, path }) => `${name} ${method} ${path}`);
    const contracted = contracts.map(({ name, method, path }) => `${name} ${method} ${path}`);
    expect(declared.sort()).toEqual(contracted.sort());
  });

  it('has one HTTP event per function, so a function is one route', () => {
    const names = httpRoutes.map(({ name }) => name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('serves no non-HTTP function from a route contract (S3 events and schedules stay apart)', () => {
    const nonHttp = Object.entries(serverlessConfig.functions)
      .filter(([, fn]) => !(fn.events ?? []).some((event) => event.httpApi))
      .map(([name]) => name);
    expect(nonHttp.length).toBeGreaterThan(0);
    for (const name of nonHttp) expect(contracts.map((route) => route.name)).not.toContain(name);
  });

  it.each(httpRoutes.map((route) => [route.name, route] as const))(
    '%s: the handler enforces the contract (token unless public, Idempotency-Key mode)',
    (name, { handler }) => {
      const contract = contracts.find((route) => route.name === name);
      const entry = entryPointOf(handler);
      expect(typeof entry).toBe('function');
      expect(entry.routeOptions).toEqual({
        auth: contract?.auth !== 'public',
        idempotency: contract?.idempotency,
      });
    },
  );
});
