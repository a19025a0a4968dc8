// Every function of serverless.yml, with its handler module and HTTP routes, and the
// `custom.esbuild` settings the functions are bundled with, read through `osls print` (variables
// resolved by the CLI that deploys), like infra/src/routes.ts does for the HTTP routes alone; the
// scheduled sweep is included here.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { HttpRoute } from '../../infra/src/routes';

export const REPO_ROOT = join(__dirname, '..', '..');

export interface ServerlessFunction {
  name: string;
  /** Handler module path relative to the repo root, without extension. */
  module: string;
  exportName: string;
  routes: HttpRoute[];
}

interface PrintedService {
  functions: ServerlessFunction[];
  /** serverless.yml `custom.esbuild`, as serverless-esbuild receives it. */
  esbuild: Record<string, unknown>;
  /** provider.runtime, e.g. nodejs24.x. */
  runtime: string;
}

let printed: Promise<PrintedService> | undefined;

export async function serverlessFunctions(): Promise<ServerlessFunction[]> {
  return (await printedService()).functions;
}

/** `custom.esbuild` and provider.runtime: what serverless-esbuild builds the functions with. */
export async function serverlessBundling(): Promise<{
  esbuild: Record<string, unknown>;
  runtime: string;
}> {
  const { esbuild, runtime } = await printedService();
  return { esbuild, runtime };
}

function printedService(): Promise<PrintedService> {
  printed ??= (async () => {
    const { stdout } = await promisify(execFile)(
      join(REPO_ROOT, 'node_modules', '.bin', 'osls'),
      ['print', '--stage', 'test', '--format', 'json'],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off' },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const config = JSON.parse(stdout) as {
      custom?: { esbuild?: Record<string, unknown> };
      provider: { runtime: string };
      functions: Record<
        string,
        { handler: string; events?: { httpApi?: { method: string; path: string } }[] }
      >;
    };
    const functions = Object.entries(config.functions).map(([name, fn]) => {
      const dot = fn.handler.lastIndexOf('.');
      const module = fn.handler.slice(0, dot);
      const exportName = fn.handler.slice(dot + 1);
      const routes = (fn.events ?? []).flatMap((event) =>
        event.httpApi
          ? [
              {
                functionName: name,
                method: event.httpApi.method.toUpperCase(),
                path: event.httpApi.path,
                modulePath: join(REPO_ROOT, module),
                exportName,
              },
            ]
          : [],
      );
      return { name, module, exportName, routes };
    });
    return { functions, esbuild: config.custom?.esbuild ?? {}, runtime: config.provider.runtime };
  })();
  return printed;
}
