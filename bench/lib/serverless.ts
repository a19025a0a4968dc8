// Every function of serverless.yml, with its handler module and HTTP routes, read through
// `osls print` (variables resolved by the CLI that deploys), like infra/src/routes.ts does for
// the HTTP routes alone; the scheduled sweep is included here.
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

let printed: Promise<ServerlessFunction[]> | undefined;

export function serverlessFunctions(): Promise<ServerlessFunction[]> {
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
      functions: Record<
        string,
        { handler: string; events?: { httpApi?: { method: string; path: string } }[] }
      >;
    };
    return Object.entries(config.functions).map(([name, fn]) => {
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
  })();
  return printed;
}
