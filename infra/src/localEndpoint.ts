// Which DynamoDB Local a hand-run tool (npm run sweep, npm run calendar:import) talks to: the
// running stack's (infra/.local-stack.json), or the one DynamoDB Local process holding the table.
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { dynamoLocalEndpoints, readLocalStackState } from './localStackState';
import { localDynamoClient } from './table';

export async function localStackTarget(values: { endpoint?: string; table?: string }): Promise<{
  stack: Record<string, string> | undefined;
  tableName: string;
  endpoint: string;
}> {
  const stack = readLocalStackState();
  const tableName = values.table ?? stack?.TABLE_NAME ?? 'yidi-local';
  const endpoint =
    values.endpoint ??
    process.env.DYNAMODB_ENDPOINT ??
    stack?.DYNAMODB_ENDPOINT ??
    (await endpointHolding(tableName));
  if (!endpoint) {
    throw new Error(
      'No (single) local stack found: start it with `npm start`, or pass ' +
        '--endpoint http://127.0.0.1:<DynamoDB Local port> as printed by npm start.',
    );
  }
  return { stack, tableName, endpoint };
}

/** The one running DynamoDB Local that has the local stack's table (test runs use other names). */
async function endpointHolding(tableName: string): Promise<string | undefined> {
  const holding: string[] = [];
  for (const endpoint of dynamoLocalEndpoints()) {
    const client = localDynamoClient(endpoint);
    try {
      const { TableNames = [] } = await client.send(new ListTablesCommand({}));
      if (TableNames.includes(tableName)) holding.push(endpoint);
    } catch {
      // not answering: not the one
    } finally {
      client.destroy();
    }
  }
  return holding.length === 1 ? holding[0] : undefined;
}
