// The HTTP routes exactly as serverless.yml declares them, read through `osls print` (so
// variables are resolved by the same CLI that deploys). No second route table to keep in sync.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface HttpRoute {
  functionName: string;
  method: string;
  path: string;
  /** Absolute path of the handler module without extension, and its export. */
  modulePath: string;
  exportName: string;
}

export interface ServerlessConfig {
  routes: HttpRoute[];
  environment: Record<string, string>;
}

export const REPO_ROOT = join(__dirname, '..', '..');

export async function loadServerlessConfig(stage: string): Promise<ServerlessConfig> {
  const { stdout } = await promisify(execFile)(
    join(REPO_ROOT, 'node_modules', '.bin', 'osls'),
    ['print', '--stage', stage, '--format', 'json'],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const config = JSON.parse(stdout) as {
    provider: { environment?: Record<string, string> };
    functions: Record<
      string,
      { handler: string; events?: { httpApi?: { method: string; path: string } }[] }
    >;
  };
  const routes = Object.entries(config.functions).flatMap(([functionName, fn]) => {
    const dot = fn.handler.lastIndexOf('.');
    return (fn.events ?? []).flatMap((event) =>
      event.httpApi
        ? [
            {
              functionName,
              method: event.httpApi.method.toUpperCase(),
              path: event.httpApi.path,
              modulePath: join(REPO_ROOT, fn.handler.slice(0, dot)),
              exportName: fn.handler.slice(dot + 1),
            },
          ]
        : [],
    );
  });
  return { routes, environment: config.provider.environment ?? {} };
}
