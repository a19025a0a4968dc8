// Creates the table from infra/table/definition.json, the same definition serverless.yml deploys.
import {
  CreateTableCommand,
  DynamoDBClient,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  type CreateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import definition from '../table/definition.json';

export function createTableInput(tableName: string): CreateTableCommandInput {
  const { TimeToLiveAttribute: _ttl, ...properties } = definition;
  return { TableName: tableName, ...(properties as Omit<CreateTableCommandInput, 'TableName'>) };
}

export async function createTable(client: DynamoDBClient, tableName: string): Promise<void> {
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: tableName });
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: definition.TimeToLiveAttribute, Enabled: true },
    }),
  );
}

export function localDynamoClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}
