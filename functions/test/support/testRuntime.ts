// A Runtime for one test file: the test stage's config, a fresh table of its own in the shared
// DynamoDB Local, the shared s3rver bucket. Pass overrides to swap a part (clock-free services,
// a failing store, a deployed-stage config …).
import { randomUUID } from 'node:crypto';
import { createTable, localDynamoClient } from '../../../infra/src/table';
import { loadStageConfig, type StageConfig } from '../../src/config/stage';
import { createRuntime, type Runtime } from '../../src/runtime';

export function testEnvironment(): Record<string, string | undefined> {
  if (!process.env.DYNAMODB_ENDPOINT) {
    throw new Error(
      'DYNAMODB_ENDPOINT missing: run through the functions-integration jest project',
    );
  }
  return { ...process.env, STAGE: 'test' };
}

export async function createTestTable(): Promise<string> {
  const tableName = `yidi-test-${randomUUID().slice(0, 8)}`;
  const client = localDynamoClient(testEnvironment().DYNAMODB_ENDPOINT!);
  await createTable(client, tableName);
  client.destroy();
  return tableName;
}

export async function testRuntime(
  overrides: Partial<Runtime> = {},
  configOverrides: Partial<StageConfig> = {},
): Promise<Runtime> {
  const tableName = await createTestTable();
  const config = {
    ...loadStageConfig({ ...testEnvironment(), TABLE_NAME: tableName }),
    ...configOverrides,
  };
  return createRuntime(config, overrides);
}

/** A deployed-stage (prod) environment: no secrets in it (they come from SSM). */
export const DEPLOYED_ENV = {
  STAGE: 'prod',
  WECHAT_APP_ID: 'wx0000000000000000',
  TABLE_NAME: 'yidi-prod',
  BUCKET_NAME: 'yidi-prod-materials',
  SECRETS_PATH: '/yidi/prod/',
};

/** Real-looking secrets of that stage, as loadDeployedSecrets reads them from SSM. */
export const DEPLOYED_SECRETS = {
  JWT_SECRET: 'a-real-production-secret-of-sufficient-length-000001',
  ID_HMAC_KEY: Buffer.alloc(32, 7).toString('base64'),
  ID_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64'),
  WECHAT_APP_SECRET: 'not-a-real-secret',
};
