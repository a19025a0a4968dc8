// serverless.yml as the tests read it: the provider settings, and every HTTP route with the
// handler serving it (module path and export, as osls resolves `handler:`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Route } from '../../src/http/route';

export const REPO_ROOT = join(__dirname, '../../..');

interface ServerlessFunction {
  handler: string;
  events?: { httpApi?: { method: string; path: string } }[];
}

export const serverlessConfig = parse(readFileSync(join(REPO_ROOT, 'serverless.yml'), 'utf8')) as {
  provider: { httpApi?: { cors?: { allowedMethods?: string[]; allowedHeaders?: string[] } } };
  functions: Record<string, ServerlessFunction>;
};

/** One entry per HTTP event: the function's name, its `handler:` and its method and path. */
export const httpRoutes = Object.entries(serverlessConfig.functions).flatMap(([name, fn]) =>
  (fn.events ?? []).flatMap((event) =>
    event.httpApi
      ? [{ name, handler: fn.handler, method: event.httpApi.method, path: event.httpApi.path }]
      : [],
  ),
);

/** The module a `handler:` names (`functions/src/http/…/get.handler` → that module). */
export function routeModuleOf(handler: string): Route & Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(REPO_ROOT, handler.slice(0, handler.lastIndexOf('.')))) as Route &
    Record<string, unknown>;
}

/** The Lambda entry point a `handler:` names (the module's export after the last dot). */
export function entryPointOf(handler: string): Route['handler'] {
  return routeModuleOf(handler)[handler.slice(handler.lastIndexOf('.') + 1)] as Route['handler'];
}
