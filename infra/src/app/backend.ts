// The backend half of the local stack in one call: DynamoDB Local and s3rver with the table,
// the handlers' environment, demo data, and the API server on the functions' esbuild bundles. `npm start` and the browser and WeChat suites
// (e2eStack.ts, weappStack.ts) all start it; only the stage and the ports differ.
import { loadStageConfig } from '../../../functions/src/config/stage';
import { createRuntime } from '../../../functions/src/runtime';
import { buildDispatch } from '../../../functions/src/scheduled/dispatchMessages';
import { startApiServer } from '../apiServer';
import { buildBundles, type BuiltBundles } from '../bundles';
import { seedDemo, type DemoContext } from '../demo/seedDemo';
import { startLocalStack, type LocalStack } from '../localStack';
import { removeLocalStackState, writeLocalStackState } from '../localStackState';
import { loadServerlessConfig } from '../routes';

export interface Backend {
  stack: LocalStack;
  /** e.g. http://localhost:3000 (no /v1). */
  apiUrl: string;
  routeCount: number;
  /** How long esbuild took for every function's bundle. */
  bundleMilliseconds: number;
  demo: DemoContext;
  stop(): Promise<void>;
}

export async function startBackend(options: {
  stage: 'local' | 'test';
  apiPort: number;
  apiHost?: string;
  dynamoPort?: number;
  s3Port?: number;
}): Promise<Backend> {
  const stackStarting = startLocalStack({
    stage: options.stage,
    ...(options.dynamoPort ? { dynamoPort: options.dynamoPort } : {}),
    ...(options.s3Port ? { s3Port: options.s3Port } : {}),
  });
  const serverless = loadServerlessConfig(options.stage);
  const [started, config] = await Promise.allSettled([stackStarting, serverless]);
  if (started.status === 'rejected' || config.status === 'rejected') {
    if (started.status === 'fulfilled') await started.value.stop();
    throw started.status === 'rejected' ? started.reason : (config as PromiseRejectedResult).reason;
  }
  const stack = started.value;
  const { environment, cors } = config.value;
  let bundling: Promise<BuiltBundles> | undefined;
  try {
    // The handlers read their configuration from the environment, as in Lambda.
    for (const [name, value] of Object.entries(environment)) {
      if (value !== '' && process.env[name] === undefined) process.env[name] = value;
    }
    Object.assign(process.env, stack.environment);
    process.env.LOG_LEVEL ??= 'WARN';
    // serverless.yml's NODE_OPTIONS=--enable-source-maps, for the bundles loaded in this process.
    process.setSourceMapsEnabled(true);

    const runtime = createRuntime(loadStageConfig(process.env));
    // esbuild starts once DynamoDB Local is up, beside the demo data: a JVM starting next to
    // esbuild's threads and a webpack build (the test stacks) on 2 busy cores missed its timeout.
    bundling = buildBundles(config.value);
    const [demo, built] = await Promise.all([seedDemo(runtime), bundling]);
    const api = await startApiServer({
      port: options.apiPort,
      host: options.apiHost ?? '127.0.0.1',
      routes: built.routes,
      cors,
    });
    const dispatcher = startOutboxDispatcher(buildDispatch(runtime));
    // `npm run sweep` finds the running local stack here; the browser tests' stack stays unlisted.
    const listed = options.stage === 'local';
    if (listed) writeLocalStackState(stack.environment);
    return {
      stack,
      apiUrl: api.url,
      routeCount: built.routes.length,
      bundleMilliseconds: built.milliseconds,
      demo,
      async stop() {
        await dispatcher.stop();
        // A browser's keep-alive connections would hold close() open: end them too.
        const closed = api.stop();
        api.server.closeAllConnections();
        await closed;
        if (listed) removeLocalStackState();
        await stack.stop();
        built.remove();
      },
    };
  } catch (error) {
    await stack.stop();
    (await bundling?.catch(() => undefined))?.remove();
    throw error;
  }
}

const DISPATCH_EVERY_MS = 2000;

/** Deployed, a schedule runs dispatchMessages every minute; locally a timer does, more often. */
function startOutboxDispatcher(dispatch: () => Promise<unknown>) {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(dispatch).catch((error: unknown) => {
      console.error('outbox dispatch failed:', (error as Error).message);
    });
  }, DISPATCH_EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
