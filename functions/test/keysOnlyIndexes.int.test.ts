// The keys-only indexes (GSI3 due commitments and the outbox, GSI4 validity ends, GSI7 a region's
// filings) against DynamoDB Local: a reader gets keys from the Query and the items from the
// BatchGet that follows, so an item changed or deleted between the two is read as it now is —
// the item decides, never the index entry: a commitment fulfilled meanwhile is not breached, a
// message sent meanwhile is not claimed again, a deleted filing is no row of the export. And a
// page of more than 100 keys is read in BatchGets of 100.
import { randomUUID } from 'node:crypto';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import type { Runtime } from '../src/runtime';
import { sweepClockFor } from '../src/scheduled/sweep';
import { dispatchOutbox } from '../src/services/notifications/dispatchOutbox';
import { recordingNotifier } from '../src/services/notifications/notifier';
import { newMessage } from '../src/services/notifications/recordOnce';
import { runSweep } from '../src/services/sweep/runSweep';
import { keys, type FilingRecord } from '../src/store';
import { testUser } from './filings.support';
import {
  CALENDAR_WITH_2027,
  countingRuntime,
  exportCsv,
  filingRecord,
  load2027,
  openCommitment,
  storeFiling,
  stored,
  type ReadCounter,
} from './operations.support';

let runtime: Runtime;
let reads: ReadCounter;
let deleteItem: (filingId: string) => Promise<void>;
beforeEach(async () => {
  const counting = await countingRuntime();
  ({ runtime, reads } = counting);
  // Wherever the filing item lives (store/keys), as a migration or a cleanup would remove it.
  deleteItem = async (filingId) => {
    await counting.documentClient.send(
      new DeleteCommand({ TableName: counting.tableName, Key: keys.filing(filingId) }),
    );
  };
});

/** The person fulfils the commitment: the filing leaves GSI3 (a store write, as a supplement). */
async function fulfil(filing: FilingRecord): Promise<void> {
  const at = '2027-03-01T01:00:00.000Z';
  await runtime.store.filings.update(
    filing,
    {
      ...filing,
      commitment: { ...filing.commitment!, status: 'FULFILLED', missing: [] },
      version: filing.version + 1,
      updatedAt: at,
    },
    { event: 'SUPPLEMENTED', actorUserId: filing.createdBy, at },
  );
}

describe('the sweep reads the filings the due index lists, as they are now', () => {
  it('breaches only the commitment still open; one fulfilled or deleted meanwhile is skipped', async () => {
    await load2027(runtime);
    // Three AH commitments due 2027-02-26, all in DUE#2027-02#340100, swept on 2027-03-01.
    const [stillOpen, fulfilledMeanwhile, deletedMeanwhile] = await Promise.all(
      [0, 1, 2].map(() =>
        storeFiling(
          runtime,
          filingRecord({ commitment: openCommitment('2026-11-26', '2027-02-26') }),
        ),
      ),
    );
    // After the Query of the partition that lists all three (the only GSI3 items there are).
    reads.onceAfterQuery('GSI3', async () => {
      await fulfil(fulfilledMeanwhile!);
      await deleteItem(deletedMeanwhile!.id);
    });

    const report = await runSweep({
      store: runtime.store,
      clock: sweepClockFor('2027-03-01'),
      calendars: CALENDAR_WITH_2027,
    });

    expect(report).toMatchObject({ read: 1, stale: 2, terminated: 1, queued: 1, complete: true });
    expect(reads.itemsRead('GSI3')).toBe(3);
    expect((await stored(runtime, stillOpen!.id)).filing.status).toBe('TERMINATED');
    // Fulfilled after the index was read: the item decided, nothing breached, nothing sent.
    const { filing, history } = await stored(runtime, fulfilledMeanwhile!.id);
    expect(filing).toMatchObject({
      status: 'ACTIVE',
      version: 2,
      commitment: { status: 'FULFILLED' },
    });
    expect(history.map((entry) => entry.event)).toEqual(['FILED', 'SUPPLEMENTED']);
    expect(await runtime.store.messages.listForPerson(fulfilledMeanwhile!.personId)).toEqual([]);
    expect(await runtime.store.filings.get(deletedMeanwhile!.id)).toBeUndefined();
    expect(await runtime.store.messages.listForPerson(deletedMeanwhile!.personId)).toEqual([]);
  });
});

describe('the outbox lists the messages still waiting, read after the keys', () => {
  it('leaves out a message another dispatcher sent between the Query and the BatchGet', async () => {
    const personId = `p-${randomUUID()}`;
    const queued = [];
    for (let index = 0; index < 3; index += 1) {
      const message = newMessage({
        personId,
        subject: { kind: 'FILING', id: `${personId}_${randomUUID()}` },
        content: {
          kind: 'COMMITMENT_DUE',
          title: '承诺补交材料提醒',
          body: '请在期限前补交材料。',
          fields: { subject: '补交材料', date: '2027-03-31', note: '请按时补交' },
        },
        at: new Date(Date.parse('2027-03-01T02:00:00.000Z') + index).toISOString(),
      });
      await runtime.store.messages.recordOnce(
        { subjectId: message.subject!.id, occasion: `TEST#${index}` },
        message,
        new Date('2027-04-01T00:00:00.000Z'),
      );
      queued.push(message);
    }
    const sentElsewhere = queued[1]!;
    // After the Query of the shard that lists it (the other shards are read alongside).
    reads.onceAfterQuery(
      'GSI3',
      async () => {
        await runtime.store.messages.markDelivery(
          sentElsewhere,
          'RECORDED',
          new Date().toISOString(),
        );
      },
      sentElsewhere.id,
    );

    const notifier = recordingNotifier();
    const report = await dispatchOutbox({
      messages: runtime.store.messages,
      notifier,
      now: () => new Date(),
    });

    // Not listed at all (no claim tried and refused): the BatchGet found it out of the outbox.
    expect(report).toEqual({ delivered: 2, retrying: 0, failed: 0, skipped: 0 });
    expect(notifier.sent.map((message) => message.id).sort()).toEqual(
      [queued[0]!.id, queued[2]!.id].sort(),
    );
    expect(await runtime.store.messages.outbox(100)).toEqual([]);
  });
});

describe('the export reads a region of keys, then its filings in BatchGets of 100', () => {
  it('writes the filings as they are after the Query: a deleted one is no row, a cancelled one no ACTIVE row', async () => {
    const region = '340200';
    const filings: FilingRecord[] = [];
    for (let start = 0; start < 120; start += 30) {
      filings.push(
        ...(await Promise.all(
          Array.from({ length: 30 }, () =>
            storeFiling(runtime, filingRecord({ insuredRegion: region })),
          ),
        )),
      );
    }
    const [deleted, cancelled] = [filings[10]!, filings[110]!];
    const reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: [region] });
    reads.onceAfterQuery('GSI7', async () => {
      await deleteItem(deleted.id);
      const at = new Date().toISOString();
      await runtime.store.filings.update(
        cancelled,
        { ...cancelled, status: 'CANCELLED', version: 2, updatedAt: at },
        { event: 'CANCELLED', actorUserId: cancelled.createdBy, at },
      );
    });
    reads.reset();

    const { csv, status } = await exportCsv(runtime, reviewer, { region, status: 'ACTIVE' });

    const numbers = csv
      .slice(1)
      .split('\r\n')
      .filter(Boolean)
      .slice(1)
      .map((line) => line.split(',')[1]);
    expect(status).toMatchObject({ state: 'READY', rows: 118 });
    expect(numbers).toHaveLength(118);
    expect(numbers).not.toContain(deleted.number);
    expect(numbers).not.toContain(cancelled.number);
    // One Query (120 keys), then two BatchGets (100 + 20): the filings, each read once.
    expect(reads.itemsRead('GSI7')).toBe(120);
    expect(reads.queries).toBe(1);
    expect(reads.batchGets).toBe(2);
  });
});
