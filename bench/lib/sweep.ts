// The daily sweep's read cost against table size: N filings with an OPEN commitment in the
// sparse GSI3 (keys only, partitioned by month and pooling region, the day first in the sort
// key; the sweep BatchGets the listed filings), 1 % of them breached (due before the sweep day),
// a third of the rest due just past the reminder horizon — in the very partitions the sweep reads
// (April 2027), outside its days — and the others years later, spread over every policy region.
// The sweep should read the 1 % only.
// Tables are seeded with BatchWriteItem (up to 25 items a request), many requests in parallel;
// each size gets its own table, deleted afterwards.
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { listPolicyRegions } from '@yidi/shared';
import { BatchWriteCommand, EntityRepository, executeBatchWrite } from 'dynamodb-toolbox';
import type { LocalStack } from '../../infra/src/localStack';
import { localDynamoClient } from '../../infra/src/table';
import { fixedClock } from '../../functions/src/clock';
import { runSweep } from '../../functions/src/services/sweep/runSweep';
import { defineEntities } from '../../functions/src/store/entities';
import { defineTable } from '../../functions/src/store/table';
import { keys, type FilingRecord } from '../../functions/src/store';
import { filingItemOf } from '../../functions/src/store/filingItems';
import { contactSealer } from '../../functions/src/security/contactProtection';
import { summarize } from './capacityMeter';
import { approvedCommitmentFiling, inParallel, newFixtureId } from './fixtures';
import { meteredRuntime } from './stack';

/** The sweep runs on this day; breached commitments were due the day before. */
const SWEEP_DAY = '2027-03-20';
const BREACHED_DUE = '2027-03-19';
// 24 filings and at most one guard (1 in 100 is due): within BatchWriteItem's 25 items.
const BATCH = 24;
const SEED_CONCURRENCY = 16;

export interface SweepFigures {
  tableFilings: number;
  due: number;
  seedSeconds: number;
  sweepSeconds: number;
  /** Filings the sweep read: the due-date indexes' entries (keys), then their items. */
  itemsRead: number;
  terminated: number;
  indexQueries: number;
  /** The Queries' read units: keys only (GSI3, GSI4 are KEYS_ONLY). */
  indexReadUnits: number;
  /** BatchGetItem requests of the listed filings (≤ 100 keys each, one per page with entries). */
  itemBatchGets: number;
  /** Their read units (consistent reads of whole filings). */
  itemReadUnits: number;
  writeRequests: number;
}

const REGIONS = listPolicyRegions().map(({ code }) => code);
/** Past the horizon (2027-04-19) yet in April: the same (month, region) partitions as the read. */
const justPastHorizon = (index: number) => `2027-04-${20 + (index % 11)}`;

function clone(template: FilingRecord, index: number, due: boolean): FilingRecord {
  const dueDate = due
    ? BREACHED_DUE
    : index % 3 === 0
      ? justPastHorizon(index)
      : `20${31 + (index % 60)}-0${1 + (index % 9)}-15`;
  const insuredRegion = due ? template.insuredRegion : REGIONS[index % REGIONS.length]!;
  return {
    ...template,
    id: newFixtureId('f'),
    personId: newFixtureId('p'),
    number: `BENCH${String(index).padStart(8, '0')}`,
    insuredRegion,
    person: { ...template.person, insuredRegion },
    commitment: template.commitment ? { ...template.commitment, dueDate } : null,
  };
}

export async function measureSweep(stack: LocalStack, tableFilings: number): Promise<SweepFigures> {
  const metered = await meteredRuntime(stack);
  const { runtime, meter, documentClient, tableName } = metered;
  try {
    const template = await approvedCommitmentFiling(runtime);
    if (template.commitment?.status !== 'OPEN')
      throw new Error('template needs an OPEN commitment');

    const table = defineTable(documentClient, tableName);
    const entities = defineEntities(table);
    const filings = entities.Filing.build(EntityRepository);
    const guards = entities.Guard.build(EntityRepository);
    const sealer = contactSealer(runtime.config.idEncryptionKey);
    const dueEvery = 100; // 1 %
    const seedStarted = Date.now();
    await inParallel(Math.ceil(tableFilings / BATCH), SEED_CONCURRENCY, async (batch) => {
      const requests = [];
      for (
        let index = batch * BATCH;
        index < Math.min(tableFilings, (batch + 1) * BATCH);
        index += 1
      ) {
        const filing = clone(template, index, index % dueEvery === 0);
        requests.push(
          // The item exactly as the store writes it (store/filingItems.ts).
          filings.batchPut(filingItemOf(filing, sealer)),
        );
        // A breached long-term filing gives up the person's one-active guard: it must exist.
        if (index % dueEvery === 0) {
          requests.push(
            guards.batchPut({
              ...keys.activeLongTermGuard(filing.personId),
              ownerId: filing.id,
              createdAt: filing.createdAt,
            }),
          );
        }
      }
      await executeBatchWrite(
        { maxAttempts: 20 },
        table.build(BatchWriteCommand).requests(...requests),
      );
    });
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    // The template itself is in GSI3 too, due months before the sweep: it is breached as well.
    const due = Math.ceil(tableFilings / dueEvery) + 1;

    meter.take();
    const sweepStarted = Date.now();
    const report = await runSweep({
      store: runtime.store,
      clock: fixedClock(`${SWEEP_DAY}T02:00:00+08:00`),
      pageSize: 100,
    });
    const sweepSeconds = (Date.now() - sweepStarted) / 1000;
    const calls = meter.take();
    const queries = calls.filter((call) => call.command === 'QueryCommand');
    const batchGets = calls.filter((call) => call.command === 'BatchGetItemCommand');
    return {
      tableFilings: tableFilings + 1,
      due,
      seedSeconds: Math.round(seedSeconds * 10) / 10,
      sweepSeconds: Math.round(sweepSeconds * 10) / 10,
      itemsRead: report.read,
      terminated: report.terminated,
      indexQueries: queries.length,
      indexReadUnits: summarize(queries).readUnits,
      itemBatchGets: batchGets.length,
      itemReadUnits: summarize(batchGets).readUnits,
      writeRequests: summarize(calls).writeRequests,
    };
  } finally {
    documentClient.destroy();
    const client = localDynamoClient(stack.dynamo.endpoint);
    await client.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
    client.destroy();
  }
}
