// `npm run sweep -- --date 2027-03-01`: runs the daily sweep by hand against the local stack
// (`npm start` in another terminal), as if it were 02:00 China time on that day. Without --date
// it sweeps today. Prints the report (read, terminated, expired, notified …) as JSON.
import { parseArgs } from 'node:util';
import { loadStageConfig } from '../../functions/src/config/stage';
import { createRuntime } from '../../functions/src/runtime';
import { buildSweep } from '../../functions/src/scheduled/sweep';
import { localStackTarget } from './localEndpoint';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { date: { type: 'string' }, endpoint: { type: 'string' }, table: { type: 'string' } },
  });
  const { stack, tableName, endpoint } = await localStackTarget(values);
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
