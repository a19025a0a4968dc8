// The HTTP routes exactly as serverless.yml declares them, read through `osls print` (so
// variables are resolved by the same CLI that deploys), with what the local API needs beside
// them: the functions' environment, the HTTP API's CORS settings of the stage, and the esbuild
// settings the functions are bundled with. No second route table to keep in sync.
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
  /** The esbuild bundle of the function (bundles.ts); without one, the TypeScript source runs. */
  bundlePath?: string;
}

/** provider.httpApi.cors as osls prints it (serverless.yml: the stage's allowed origins). */
export interface HttpApiCors {
  allowedOrigins: string[];
  allowedHeaders: string[];
  allowedMethods: string[];
  exposedResponseHeaders?: string[];
  allowCredentials?: boolean;
  maxAge?: number;
}

export interface ServerlessConfig {
  routes: HttpRoute[];
  environment: Record<string, string>;
  /** Undefined when serverless.yml configures no CORS: API Gateway then adds no CORS headers. */
  cors: HttpApiCors | undefined;
  /** serverless.yml `custom.esbuild`, as serverless-esbuild receives it. */
  esbuild: Record<string, unknown>;
  /** provider.runtime, e.g. nodejs24.x. */
  runtime: string;
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
    custom?: { esbuild?: Record<string, unknown> };
    provider: {
      runtime: string;
      environment?: Record<string, string>;
      httpApi?: { cors?: HttpApiCors | boolean };
    };
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
  const cors = config.provider.httpApi?.cors;
  if (cors === true) {
    // osls' `cors: true` defaults; serverless.yml spells its settings out, so this is a guard.
    throw new Error('provider.httpApi.cors: true is not supported locally; list the settings');
  }
  return {
    routes,
    environment: config.provider.environment ?? {},
    cors: cors || undefined,
    esbuild: config.custom?.esbuild ?? {},
    runtime: config.provider.runtime,
  };
}
