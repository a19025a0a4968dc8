// The local stack for the benchmarks (DynamoDB Local + s3rver, infra/src/localStack.ts), and
// runtimes on fresh tables of it whose DynamoDB client carries the capacity meter.
import { randomUUID } from 'node:crypto';
import { createTable, localDynamoClient } from '../../infra/src/table';
import { startLocalStack, type LocalStack } from '../../infra/src/localStack';
import { loadStageConfig } from '../../functions/src/config/stage';
import { createRuntime, type Runtime } from '../../functions/src/runtime';
import { createDocumentClient, createStore } from '../../functions/src/store';
import { attachCapacityMeter, type CapacityMeter } from './capacityMeter';

export interface MeteredRuntime {
  runtime: Runtime;
  meter: CapacityMeter;
  documentClient: ReturnType<typeof createDocumentClient>;
  tableName: string;
}

/** The test stage: dev login and X-Clock allowed, development keys; logs only errors. */
export async function startBenchStack(): Promise<LocalStack> {
  const stack = await startLocalStack({ stage: 'test', tableName: 'yidi-bench' });
  Object.assign(process.env, stack.environment, { LOG_LEVEL: 'ERROR' });
  return stack;
}

export async function newTable(stack: LocalStack): Promise<string> {
  const tableName = `yidi-bench-${randomUUID().slice(0, 8)}`;
  const client = localDynamoClient(stack.dynamo.endpoint);
  await createTable(client, tableName);
  client.destroy();
  return tableName;
}

/** The stage's runtime on `tableName`, with its store's DynamoDB client. */
function runtimeOn(stack: LocalStack, tableName: string) {
  const config = loadStageConfig({
    ...stack.environment,
    TABLE_NAME: tableName,
    LOG_LEVEL: 'ERROR',
  });
  // The stage's key too: the store seals filings' contact data with it.
  const connection = {
    tableName,
    region: config.region,
    endpoint: config.dynamoEndpoint,
    encryptionKey: config.idEncryptionKey,
  };
  const documentClient = createDocumentClient(connection);
  const runtime = createRuntime(config, { store: createStore(connection, documentClient) });
  return { runtime, documentClient };
}

export async function meteredRuntime(
  stack: LocalStack,
  tableName?: string,
): Promise<MeteredRuntime> {
  const name = tableName ?? (await newTable(stack));
  const { runtime, documentClient } = runtimeOn(stack, name);
  // Middleware on the client: every command the store sends from now on is metered.
  return { runtime, meter: attachCapacityMeter(documentClient), documentClient, tableName: name };
}
