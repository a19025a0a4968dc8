// `npm run calendar:import -- infra/calendar/2027.json`: loads a State Council holiday schedule
// into the table — checked against the law, stored as the year's calendar item — and recounts
// every open commitment and review deadline on it (each moved date: a new version with its
// history and a message to the person). `npm run calendar:import -- --recompute` recounts without
// a new schedule (the law's holidays and what is loaded): run it once to repair deadlines stored
// before the lunar holidays were known. Both are safe to rerun.
//   local stack (default): finds DynamoDB Local like `npm run sweep`; --endpoint/--table pin it
//   deployed: --stage dev|prod → table yidi-<stage> (or --table) in AWS_REGION (default
//   cn-north-1), with the AWS credentials of the environment
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { officialScheduleFileSchema } from '@yidi/shared';
import { systemClock } from '../../functions/src/clock';
import { loadDeployedSecrets, ssmSecretSource } from '../../functions/src/config/secrets';
import { key32, loadStageConfig } from '../../functions/src/config/stage';
import { AppError } from '../../functions/src/errors';
import {
  importSchedule,
  recomputeOnLoadedCalendar,
} from '../../functions/src/services/calendar/importSchedule';
import { createStore } from '../../functions/src/store';
import { localStackTarget } from './localEndpoint';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      stage: { type: 'string' },
      endpoint: { type: 'string' },
      table: { type: 'string' },
      recompute: { type: 'boolean' },
    },
  });
  const [file] = positionals;
  if (!file && !values.recompute) {
    throw new Error('Usage: npm run calendar:import -- <year>.json [--stage dev] | --recompute');
  }
  const store = await storeFor(values);
  const deps = { store, clock: systemClock };
  if (!file) {
    console.log(JSON.stringify(await recomputeOnLoadedCalendar(deps), null, 2));
    return;
  }
  const parsed = officialScheduleFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  const report = await importSchedule(deps, `cli:${userInfo().username}`, parsed.data);
  console.log(JSON.stringify(report, null, 2));
}

async function storeFor(values: { stage?: string; endpoint?: string; table?: string }) {
  const region = process.env.AWS_REGION ?? 'cn-north-1';
  // Filings' contact data is sealed with the stage's ID-number encryption key: the command needs
  // it to rewrite a filing, as the functions do (deployed: from SSM, like their cold start).
  if (values.stage && values.stage !== 'local') {
    const path = `/yidi/${values.stage}/`;
    const secrets = await loadDeployedSecrets(ssmSecretSource(region), path);
    if (!secrets.ID_ENCRYPTION_KEY) throw new Error(`No id-encryption-key under ${path} in SSM`);
    const encryptionKey = key32('ID_ENCRYPTION_KEY', secrets.ID_ENCRYPTION_KEY);
    return createStore({
      tableName: values.table ?? `yidi-${values.stage}`,
      region,
      encryptionKey,
    });
  }
  const { tableName, endpoint } = await localStackTarget(values);
  const { idEncryptionKey } = loadStageConfig({ ...process.env, STAGE: 'local' });
  return createStore({ tableName, region, endpoint, encryptionKey: idEncryptionKey });
}

main().catch((error: unknown) => {
  if (error instanceof AppError) {
    console.error(error.message, JSON.stringify(error.details.fields ?? {}, null, 2));
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
