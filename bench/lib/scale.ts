// One pooling region of N registrations (issue 14, point 3): the export job over all of them
// (time, items read, Query pages, CSV size, multipart parts, RCU) and one review-queue page
// (bytes of the answer, RCU). 10 % are PENDING_REVIEW (in the review index GSI2), the rest
// ACTIVE. Seeded with BatchWriteItem (25 items a request), many requests in parallel, as the
// sweep bench does; each size gets its own table, deleted afterwards.
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, EntityRepository, executeBatchWrite } from 'dynamodb-toolbox';
import type { LocalStack } from '../../infra/src/localStack';
import { localDynamoClient } from '../../infra/src/table';
import { fixedClock } from '../../functions/src/clock';
import { runExport, startExport } from '../../functions/src/services/review/exportRegistrations';
import { cursorKeyOf } from '../../functions/src/services/review/pageCursor';
import { reviewQueue } from '../../functions/src/services/review/reviewQueue';
import { defineEntities } from '../../functions/src/store/entities';
import { defineTable } from '../../functions/src/store/table';
import type { FilingRecord } from '../../functions/src/store';
import { filingItemOf } from '../../functions/src/store/filingItems';
import { summarize } from './capacityMeter';
import { filingRecord } from '../../functions/test/operations.support';
import { FIXTURE_REGION, inParallel, newFixtureId } from './fixtures';
import { contactSealer } from '../../functions/src/security/contactProtection';
import { meteredRuntime } from './stack';

/** A metered runtime and the stage's contact sealer: the seeded filings are sealed as stored. */
async function sealedRuntime(stack: LocalStack) {
  const metered = await meteredRuntime(stack);
  return { ...metered, sealer: contactSealer(metered.runtime.config.idEncryptionKey) };
}

const BATCH = 25;
const SEED_CONCURRENCY = 16;
const PENDING_EVERY = 10;

export interface ScaleFigures {
  regionFilings: number;
  seedSeconds: number;
  exportSeconds: number;
  /**
   * Rows written = entries the export's Queries read from GSI7 (keys only) and then their
   * filings by BatchGet (no filter: one row an item).
   */
  exportRows: number;
  exportPages: number;
  /** BatchGetItem requests of the export (≤ 100 filings each). */
  exportBatchGets: number;
  exportBytes: number;
  exportParts: number;
  exportReadUnits: number;
  queuePageRows: number;
  queuePageBytes: number;
  queuePageReadUnits: number;
  queuePageQueries: number;
}

function clone(template: FilingRecord, index: number): FilingRecord {
  const pending = index % PENDING_EVERY === 0;
  const day = String(1 + (index % 28)).padStart(2, '0');
  return {
    ...template,
    id: newFixtureId('f'),
    personId: newFixtureId('p'),
    number: `BENCH${String(index).padStart(8, '0')}`,
    insuredRegion: FIXTURE_REGION,
    status: pending ? 'PENDING_REVIEW' : 'ACTIVE',
    commitment: null,
    review: pending ? { dueBy: `2027-01-${day}`, submittedOn: '2026-12-15', notices: [] } : null,
    createdAt: new Date(Date.parse('2026-01-01T00:00:00Z') + index * 60_000).toISOString(),
  };
}

export async function measureScale(
  stack: LocalStack,
  regionFilings: number,
): Promise<ScaleFigures> {
  const { runtime, meter, documentClient, tableName, sealer } = await sealedRuntime(stack);
  try {
    // A full filing record (the test fixture: person summary, contact, proof), cloned N times.
    const template = filingRecord({ insuredRegion: FIXTURE_REGION });
    const table = defineTable(documentClient, tableName);
    const filings = defineEntities(table).Filing.build(EntityRepository);
    const seedStarted = Date.now();
    // The same item the store writes for a filing (store/filingItems, index keys included).
    await inParallel(Math.ceil(regionFilings / BATCH), SEED_CONCURRENCY, async (batch) => {
      const requests = [];
      const end = Math.min(regionFilings, (batch + 1) * BATCH);
      for (let index = batch * BATCH; index < end; index += 1) {
        const filing = clone(template, index);
        requests.push(filings.batchPut(filingItemOf(filing, sealer)));
      }
      await executeBatchWrite(
        { maxAttempts: 20 },
        table.build(BatchWriteCommand).requests(...requests),
      );
    });
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    const reviewer = {
      userId: 'bench-reviewer',
      roles: ['REVIEWER' as const],
      regions: [FIXTURE_REGION],
    };
    const clock = fixedClock('2027-01-05T02:00:00Z');

    const { exportId } = await startExport(
      { store: runtime.store, clock, launcher: { launch: async () => undefined } },
      reviewer,
      { region: FIXTURE_REGION },
    );
    meter.take();
    const exportStarted = Date.now();
    const run = await runExport(
      { store: runtime.store, clock, files: runtime.exportFiles },
      exportId,
    );
    const exportSeconds = (Date.now() - exportStarted) / 1000;
    const exportCalls = meter
      .take()
      .filter((call) => call.command === 'QueryCommand' || call.command === 'BatchGetItemCommand');
    if (!run) throw new Error('export did not run');

    const page = await reviewQueue(
      { store: runtime.store, clock, cursorKey: cursorKeyOf(runtime.config.jwtSecret) },
      reviewer,
      { region: FIXTURE_REGION, status: 'PENDING_REVIEW' },
    );
    const queueCalls = meter.take();
    return {
      regionFilings,
      seedSeconds: Math.round(seedSeconds * 10) / 10,
      exportSeconds: Math.round(exportSeconds * 10) / 10,
      exportRows: run.rows,
      exportPages: run.pages,
      exportBytes: run.bytes,
      exportParts: run.parts,
      exportBatchGets: exportCalls.filter((call) => call.command === 'BatchGetItemCommand').length,
      // The keys' Queries and the filings' BatchGets.
      exportReadUnits: summarize(exportCalls).readUnits,
      queuePageRows: page.items.length,
      queuePageBytes: Buffer.byteLength(JSON.stringify(page)),
      queuePageReadUnits: summarize(queueCalls).readUnits,
      queuePageQueries: queueCalls.filter((call) => call.command === 'QueryCommand').length,
    };
  } finally {
    documentClient.destroy();
    const client = localDynamoClient(stack.dynamo.endpoint);
    await client.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
    client.destroy();
  }
}
