// Each Lambda composes only the store parts and adapters its recipe names (runtime/recipes.ts).
// The typechecker holds a handler's code to its recipe; this holds the composition itself: every
// function, built on exactly its recipe's runtime (not the whole one the other tests share),
// answers a real request without a 500 — an adapter needing a part its recipe lacks, or a keyed
// route without the idempotency part, fails here — and every recipe holds only what it names.
import { composeRuntime, type AnyRuntimeRecipe, type Runtime } from '../src/runtime';
import * as recipes from '../src/runtime/recipes';
import { buildDispatch } from '../src/scheduled/dispatchMessages';
import { buildSweep } from '../src/scheduled/sweep';
import { buildExportJob } from '../src/events/exportJob';
import { apiEvent, lambdaContext, verifiedLogin } from './support/http';
import { httpRoutes, routeModuleOf } from './support/serverless';
import { testRuntime } from './support/testRuntime';

let whole: Runtime;
let token: string;
beforeAll(async () => {
  whole = await testRuntime();
  ({ token } = await verifiedLogin(whole, 'recipes-staff', undefined, {
    roles: ['INSURED', 'REVIEWER', 'ADMIN'],
    regions: ['340100'],
  }));
});

describe('every HTTP function on its own recipe', () => {
  it.each(httpRoutes.map((route) => [route.name, route] as const))(
    '%s answers without a 500',
    async (_name, { handler, method, path }) => {
      const route = routeModuleOf(handler);
      const routeKey = `${method} ${path}`;
      const own = composeRuntime(route.handler.recipe, whole.config);
      const pathParameters = Object.fromEntries(
        [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, 'unknown']),
      );
      // The raw answer: the claims export answers CSV, not JSON.
      const answer = await route.build(own as Runtime)(
        apiEvent({
          routeKey,
          token,
          pathParameters,
          body: {},
          headers: { 'idempotency-key': `recipes-${routeKey}` },
        }),
        lambdaContext(),
      );
      expect(answer.statusCode).toBeGreaterThanOrEqual(200);
      expect(answer.statusCode).toBeLessThan(500);
    },
  );
});

describe('the scheduled and event functions on their own recipes', () => {
  it('the sweep sweeps a day and dispatches', async () => {
    const run = buildSweep(composeRuntime(recipes.sweepRecipe, whole.config));
    await expect(run({ date: '2027-03-01' })).resolves.toMatchObject({ dispatched: {} });
  });

  it('the dispatcher sends the outbox', async () => {
    const run = buildDispatch(composeRuntime(recipes.dispatchRecipe, whole.config));
    await expect(run()).resolves.toBeDefined();
  });

  it('the export job leaves an unknown export alone', async () => {
    const run = buildExportJob(composeRuntime(recipes.exportJobRecipe, whole.config));
    await expect(run({ exportId: 'unknown' })).resolves.toBeUndefined();
  });
});

describe('a recipe holds what it names, nothing else', () => {
  it.each(Object.entries(recipes as Record<string, AnyRuntimeRecipe>))('%s', (_name, recipe) => {
    const runtime = composeRuntime(recipe, whole.config) as unknown as Record<string, unknown> & {
      store: object;
    };
    const parts = Object.keys(recipe.store?.parts ?? {});
    expect(Object.keys(runtime.store).sort()).toEqual(parts.sort());
    const adapters = Object.keys(recipe.adapters).filter((name) => name !== 'exportLauncher');
    const held = Object.keys(runtime).filter(
      (name) => !['config', 'logger', 'protection', 'store'].includes(name),
    );
    // The export launcher is the deployed stage's only (runtime/adapters.ts).
    expect(held.sort()).toEqual(adapters.sort());
  });
});
