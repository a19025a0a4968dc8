// Handlers as Lambda runs them: the esbuild bundles `osls package` zips (infra/src/bundles.ts, with
// serverless.yml's `custom.esbuild`; the AWS SDK left external, resolved from node_modules as
// Lambda resolves it from its runtime), required in this process and called through their
// exported `handler`, which builds its runtime from the environment on the first call — as a
// cold start does. Timing the TypeScript source through tsx instead adds a getter call on every
// cross-module export access (~12 % of GET filing's node time in a profile), which the bundle,
// one scope, does not have.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildBundles } from '../../infra/src/bundles';
import type { LambdaHandler } from '../../functions/src/http/route';
import { REPO_ROOT, serverlessBundling, serverlessFunctions } from './serverless';

export interface BundledHandlers {
  handlers: Record<string, LambdaHandler>;
  /** Where the bundles are: the SDK they leave external resolves from there. */
  bundlePaths: Record<string, string>;
  remove(): void;
}

/**
 * Bundles, with the deploy options, the function serving `routeKey`s (as serverless.yml names
 * them, e.g. `GET /v1/filings/{id}`) and extra entry modules (repo-relative, no extension), and
 * requires each bundle with `environment` set (restored afterwards).
 */
export async function bundledHandlers(
  routes: Record<string, string>,
  extraEntries: Record<string, string>,
  environment: Record<string, string>,
): Promise<BundledHandlers> {
  const [functions, bundling] = await Promise.all([serverlessFunctions(), serverlessBundling()]);
  const entries = [
    ...Object.entries(routes).map(([name, routeKey]) => {
      const route = functions
        .flatMap((fn) => fn.routes)
        .find((candidate) => `${candidate.method} ${candidate.path}` === routeKey);
      if (!route) throw new Error(`serverless.yml has no route ${routeKey}`);
      return { ...route, functionName: name };
    }),
    ...Object.entries(extraEntries).map(([name, module]) => ({
      functionName: name,
      method: 'GET',
      path: `/bench/${name}`,
      modulePath: join(REPO_ROOT, module),
      exportName: 'handler',
    })),
  ];
  const built = await buildBundles({ routes: entries, ...bundling });
  try {
    const handlers = withEnvironment(environment, () =>
      Object.fromEntries(
        built.routes.map((route) => {
          // A bundle is CommonJS (serverless-esbuild's format for platform node), required as
          // Lambda requires it.
          const loaded = createRequire(__filename)(route.bundlePath!) as Record<string, unknown>;
          const handler = loaded[route.exportName];
          if (typeof handler !== 'function') {
            throw new Error(`${route.bundlePath} exports no ${route.exportName}`);
          }
          return [route.functionName, handler as LambdaHandler];
        }),
      ),
    );
    return {
      handlers,
      bundlePaths: Object.fromEntries(
        built.routes.map((route) => [route.functionName, route.bundlePath!]),
      ),
      remove: built.remove,
    };
  } catch (error) {
    built.remove();
    throw error;
  }
}

/** Runs `run` (and awaits it) with `environment` in process.env, then puts the old values back. */
export function withEnvironment<T>(environment: Record<string, string>, run: () => T): T {
  const previous = Object.fromEntries(
    Object.keys(environment).map((name) => [name, process.env[name]]),
  );
  const restore = () => {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  Object.assign(process.env, environment);
  let result: T;
  try {
    result = run();
  } catch (error) {
    restore();
    throw error;
  }
  if (result instanceof Promise) return result.finally(restore) as T;
  restore();
  return result;
}

interface SdkClientLike {
  config: { requestHandler: unknown };
}

/**
 * The SDK clients (their shared configs) that `run` sends through, as the bundle at `bundlePath`
 * resolves the SDK: the send of the SDK's client base class, seen while `run` runs. The bundle's
 * runtime keeps its DynamoDB client to itself; this is how the bench reaches it to replay
 * DynamoDB's answers (replayedAnswers.ts).
 */
export async function clientsSentThrough(
  bundlePath: string,
  run: () => Promise<unknown>,
): Promise<SdkClientLike[]> {
  const requireSdk = createRequire(bundlePath);
  const bases = new Set(
    [
      (requireSdk('@aws-sdk/client-dynamodb') as { DynamoDBClient: { prototype: object } })
        .DynamoDBClient,
      (requireSdk('@aws-sdk/lib-dynamodb') as { DynamoDBDocumentClient: { prototype: object } })
        .DynamoDBDocumentClient,
    ].map((client) => Object.getPrototypeOf(client.prototype) as { send: Sender }),
  );
  type Sender = (this: SdkClientLike, ...args: unknown[]) => unknown;
  const seen = new Map<object, SdkClientLike>();
  const originals = [...bases].map((base) => {
    const send = base.send;
    base.send = function (this: SdkClientLike, ...args: unknown[]) {
      // A document client shares its DynamoDBClient's config: one entry per config.
      if (!seen.has(this.config)) seen.set(this.config, this);
      return send.apply(this, args);
    };
    return () => {
      base.send = send;
    };
  });
  try {
    await run();
  } finally {
    for (const restore of originals) restore();
  }
  return [...seen.values()];
}
