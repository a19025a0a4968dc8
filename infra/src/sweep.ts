// `npm run sweep -- --date 2027-03-01`: runs the daily sweep by hand against the local stack
// (`npm start` in another terminal), as if it were 02:00 China time on that day. Without --date
// it sweeps today. Prints the report (read, terminated, expired, notified …) as JSON.
import { parseArgs } from 'node:util';
import { loadStageConfig } from '../../functions/src/config/stage';
import { createRuntime } from '../../functions/src/runtime';
import { buildSweep } from '../../functions/src/scheduled/sweep';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { dynamoLocalEndpoints, readLocalStackState } from './localStackState';
import { localDynamoClient } from './table';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { date: { type: 'string' }, endpoint: { type: 'string' }, table: { type: 'string' } },
  });
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
  const env = {
    ...process.env,
    ...stack,
    STAGE: 'local',
    DYNAMODB_ENDPOINT: endpoint,
    TABLE_NAME: tableName,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'WARN',
  };
  const runtime = createRuntime(loadStageConfig(env));
  const report = await buildSweep(runtime)(values.date ? { date: values.date } : {});
  console.log(JSON.stringify(report, null, 2));
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
