// `npm run migrate -- --stage local [--dry-run] [--page-size 100] [--restart]`: brings filing,
// history and message items written in older layouts to layout 3 (infra/src/migrate/,
// docs/operations.md). Resumable: stopped anywhere, run it again and it continues from its
// checkpoint; safe to rerun when done (a rerun after the end also takes up what was skipped).
//   local stack (default): finds DynamoDB Local like `npm run sweep`; --endpoint/--table pin it
//   deployed: --stage dev|prod → table yidi-<stage> (or --table) in AWS_REGION (default
//   cn-north-1), with the AWS credentials of the environment; the ID-number key from SSM
import { parseArgs } from 'node:util';
import { loadDeployedSecrets, ssmSecretSource } from '../../functions/src/config/secrets';
import { key32, loadStageConfig } from '../../functions/src/config/stage';
import { contactSealer } from '../../functions/src/security/contactProtection';
import { createDocumentClient } from '../../functions/src/store';
import { localStackTarget } from './localEndpoint';
import { migrateTable } from './migrate/migrateTable';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      stage: { type: 'string', default: 'local' },
      endpoint: { type: 'string' },
      table: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'page-size': { type: 'string' },
      restart: { type: 'boolean' },
    },
  });
  const target = await targetOf(values);
  const pageSize = values['page-size'] ? Number(values['page-size']) : 100;
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new Error('--page-size: a positive integer');
  const report = await migrateTable({
    documentClient: createDocumentClient(target),
    tableName: target.tableName,
    sealer: contactSealer(target.encryptionKey),
    dryRun: values['dry-run'] ?? false,
    pageSize,
    restart: values.restart ?? false,
    // Progress on stderr, one line a page; the report alone on stdout.
    onPage: (sofar) =>
      console.error(
        `page ${sofar.pages}: scanned ${sofar.scanned}, filings ${sofar.filings}, ` +
          `histories ${sofar.histories}, messages ${sofar.messages}, ` +
          `skipped ${sofar.skipped.length}, failed ${sofar.failed.length}`,
      ),
  });
  console.log(JSON.stringify(report, null, 2));
  if (report.done && report.skipped.length > 0)
    console.error('Items changed while migrating were skipped: run it again to take them up.');
  if (report.failed.length > 0) process.exitCode = 1;
}

async function targetOf(values: { stage?: string; endpoint?: string; table?: string }) {
  const region = process.env.AWS_REGION ?? 'cn-north-1';
  // Filings' contact data is sealed with the stage's ID-number encryption key (as calendar:import).
  if (values.stage && values.stage !== 'local') {
    const path = `/yidi/${values.stage}/`;
    const secrets = await loadDeployedSecrets(ssmSecretSource(region), path);
    if (!secrets.ID_ENCRYPTION_KEY) throw new Error(`No id-encryption-key under ${path} in SSM`);
    return {
      tableName: values.table ?? `yidi-${values.stage}`,
      region,
      encryptionKey: key32('ID_ENCRYPTION_KEY', secrets.ID_ENCRYPTION_KEY),
    };
  }
  const { tableName, endpoint } = await localStackTarget(values);
  const { idEncryptionKey } = loadStageConfig({ ...process.env, STAGE: 'local' });
  return { tableName, region, endpoint, encryptionKey: idEncryptionKey };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
