// The local stack as one reusable unit: DynamoDB Local with the table, and s3rver with the bucket.
// `npm start` (start.ts) and jest's globalSetup both use it.
import { createTable, localDynamoClient } from './table';
import { startDynamoLocal, type RunningService } from './dynamoLocal';
import { freePort } from './ports';
import { startS3 } from './s3Local';

export interface LocalStack {
  dynamo: RunningService;
  s3: RunningService;
  tableName: string;
  bucketName: string;
  /** Environment for the functions (STAGE, endpoints, names). */
  environment: Record<string, string>;
  stop(): Promise<void>;
}

export async function startLocalStack(options: {
  stage: 'local' | 'test';
  dynamoPort?: number;
  s3Port?: number;
  tableName?: string;
  bucketName?: string;
}): Promise<LocalStack> {
  const tableName = options.tableName ?? `yidi-${options.stage}`;
  const bucketName = options.bucketName ?? `yidi-${options.stage}-materials`;
  const [dynamoPort, s3Port] = await Promise.all([
    options.dynamoPort ?? freePort(),
    options.s3Port ?? freePort(),
  ]);
  const dynamo = await startDynamoLocal(dynamoPort);
  let s3: RunningService | undefined;
  try {
    const client = localDynamoClient(dynamo.endpoint);
    await createTable(client, tableName);
    client.destroy();
    s3 = await startS3(s3Port, bucketName);
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
  const started = s3;
  return {
    dynamo,
    s3: started,
    tableName,
    bucketName,
    environment: {
      STAGE: options.stage,
      AWS_REGION: 'cn-north-1',
      TABLE_NAME: tableName,
      BUCKET_NAME: bucketName,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      S3_ENDPOINT: started.endpoint,
    },
    async stop() {
      await Promise.allSettled([started.stop(), dynamo.stop()]);
    },
  };
}
