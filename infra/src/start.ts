// `npm start`: the whole backend on this machine — DynamoDB Local, s3rver, the table, demo data
// and the API on http://localhost:3000/v1 (API_PORT to change). Ctrl-C stops all of it.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadStageConfig } from '../../functions/src/config/stage';
import { createRuntime } from '../../functions/src/runtime';
import { startApiServer } from './apiServer';
import { seedDemo } from './demo/seedDemo';
import { startLocalStack } from './localStack';
import { loadServerlessConfig, REPO_ROOT } from './routes';

async function main(): Promise<void> {
  if (process.env.SKIP_PREFLIGHT !== '1') {
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'preflight.mjs'), 'start'], {
      stdio: 'inherit',
    });
  }
  const apiPort = Number(process.env.API_PORT ?? 3000);
  const startedAt = Date.now();

  const [stack, serverless] = await Promise.all([
    startLocalStack({
      stage: 'local',
      ...(process.env.DYNAMODB_PORT ? { dynamoPort: Number(process.env.DYNAMODB_PORT) } : {}),
      ...(process.env.S3_PORT ? { s3Port: Number(process.env.S3_PORT) } : {}),
    }),
    loadServerlessConfig('local'),
  ]);
  let stopping = false;
  const stopAll = async (api?: { stop(): Promise<void> }) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the local stack …');
    await api?.stop();
    await stack.stop();
    console.log('Stopped.');
  };

  try {
    // The handlers read their configuration from the environment, as in Lambda.
    for (const [name, value] of Object.entries(serverless.environment)) {
      if (value !== '' && process.env[name] === undefined) process.env[name] = value;
    }
    Object.assign(process.env, stack.environment);
    process.env.LOG_LEVEL ??= 'WARN';

    const runtime = createRuntime(loadStageConfig(process.env));
    const demo = await seedDemo(runtime);
    const api = await startApiServer({
      port: apiPort,
      host: process.env.API_HOST ?? '127.0.0.1',
      routes: serverless.routes,
    });

    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        void stopAll(api).then(() => process.exit(0));
      });
    }

    console.log(`
异地就医备案 — local stack is up (${((Date.now() - startedAt) / 1000).toFixed(1)} s)

  What              Where
  ----------------  ------------------------------------------------
  API (/v1)         ${api.url}/v1            ${serverless.routes.length} routes from serverless.yml
  DynamoDB Local    ${stack.dynamo.endpoint}   table ${stack.tableName} (in memory, pid ${stack.dynamo.pid})
  S3 (s3rver)       ${stack.s3.endpoint}   bucket ${stack.bucketName}
  Stage             local   (dev login on, X-Clock honoured)

  Demo users (POST /v1/auth/login {"provider":"dev","devUser":"<name>"}):
    alice      insured, 李娜 (蚌埠 340300); her father 李建国 PENDING
    bob        insured, 李强 (淮安 320800); his father 李建国 ACTIVE (consent given)
    lijianguo  李建国's own account (合肥 340100)
    carol      REVIEWER for ${demo.users.carol.regions.join(', ')}

  Try:  curl -s ${api.url}/v1/regions
        curl -s -X POST ${api.url}/v1/auth/login -H 'content-type: application/json' -d '{"provider":"dev","devUser":"alice"}'

Ctrl-C stops everything.`);
  } catch (error) {
    await stopAll();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
