// The daily sweep against DynamoDB Local: over 300 filings it reads only the 7 due through the
// sparse indexes; breached commitments end TERMINATED with each region's consequence (AH
// clawback, 蚌埠 long-term benefits ended, 淮安 credit report), ended validity EXPIRED, reminders
// 30/7/1 days ahead sent once; a second run changes nothing; an interrupted run resumes.
import { listPolicyRegions } from '@yidi/shared';
import { fixedClock } from '../src/clock';
import type { Runtime } from '../src/runtime';
import { buildSweep, sweepClockFor } from '../src/scheduled/sweep';
import { dispatchOutbox } from '../src/services/notifications/dispatchOutbox';
import { recordingNotifier } from '../src/services/notifications/notifier';
import { runSweep } from '../src/services/sweep/runSweep';
import { build as buildAudit } from '../src/http/filings/audit';
import type { FilingRecord } from '../src/store';
import { call, testUser } from './filings.support';
import {
  CALENDAR_WITH_2027,
  countingRuntime,
  load2027,
  filingRecord,
  openCommitment,
  storeFiling,
  stored,
  type ReadCounter,
} from './operations.support';

const TODAY = '2027-03-01';
const referral = (validUntil: string): Partial<FilingRecord> => ({
  category: 'REFERRAL',
  class: 'TEMPORARY',
  validUntil,
  referral: { hospitalName: '合肥市第一人民医院', certificateMaterialId: 'm-x' },
});

describe('daily sweep over 300 filings', () => {
  let runtime: Runtime;
  let reads: ReadCounter;
  const due = {
    ahBreach: filingRecord({ commitment: openCommitment('2026-11-26', '2027-02-26') }),
    bbBreach: filingRecord({
      insuredRegion: '340300',
      commitment: openCommitment('2027-01-20', '2027-02-20'),
    }),
    haBreach: filingRecord({
      insuredRegion: '320800',
      validUntil: '2029-12-31',
      proofEndDate: '2029-12-31',
      commitment: openCommitment('2026-08-20', '2027-02-20'),
    }),
    ended: filingRecord(referral('2027-02-28')),
    expiresIn7: filingRecord(referral('2027-03-08')),
    commitmentIn30: filingRecord({ commitment: openCommitment('2026-12-31', '2027-03-31') }),
    expiresIn1: filingRecord(referral('2027-03-02')),
  };
  const notDue = [
    ...Array.from({ length: 100 }, () => filingRecord()),
    ...Array.from({ length: 100 }, () => filingRecord(referral('2027-12-01'))),
    ...Array.from({ length: 93 }, () =>
      filingRecord({ commitment: openCommitment('2027-03-01', '2027-06-01') }),
    ),
  ];

  beforeAll(async () => {
    ({ runtime, reads } = await countingRuntime());
    // CC-201: 2027 dates are final only once its schedule is loaded (the test fixture).
    await load2027(runtime);
    const all = [...Object.values(due), ...notDue];
    expect(all).toHaveLength(300);
    for (let start = 0; start < all.length; start += 25) {
      await Promise.all(all.slice(start, start + 25).map((filing) => storeFiling(runtime, filing)));
    }
  }, 60_000);

  const messagesOf = (filing: FilingRecord) =>
    runtime.store.messages.listForPerson(filing.personId);

  it('reads only the due filings, in pages, and applies each transition and reminder', async () => {
    reads.reset();
    const report = await runSweep({
      store: runtime.store,
      clock: sweepClockFor(TODAY),
      pageSize: 2,
      calendars: CALENDAR_WITH_2027,
    });

    expect(report).toMatchObject({
      date: TODAY,
      read: 7,
      terminated: 3,
      expired: 1,
      queued: 7,
      alreadyQueued: 0,
      complete: true,
    });
    // The due entries (keys only), then those seven filings by BatchGet, one per page that
    // listed any; the checkpoint and the floor do not exist yet on this first run.
    expect(reads.itemsRead('GSI3') + reads.itemsRead('GSI4')).toBe(7);
    expect(reads.itemsRead('table')).toBe(7);
    expect(reads.batchGets).toBeLessThanOrEqual(7);
    expect(report.stale).toBe(0);

    // The dispatcher hands the seven queued messages to the channel, once.
    const notifier = recordingNotifier();
    const dispatch = () =>
      dispatchOutbox({ messages: runtime.store.messages, notifier, now: () => new Date() });
    expect(await dispatch()).toEqual({ delivered: 7, retrying: 0, failed: 0, skipped: 0 });
    expect(await dispatch()).toEqual({ delivered: 0, retrying: 0, failed: 0, skipped: 0 });
    expect(notifier.sent).toHaveLength(7);

    const consequences = {
      ahBreach: { consequence: 'CLAWBACK', rule: 'AH-13-1', clawback: true },
      bbBreach: { consequence: 'LONG_TERM_BENEFITS_ENDED', rule: 'BB-1-3', clawback: false },
      haBreach: { consequence: 'CREDIT_REPORT', rule: 'HA-7', clawback: false },
    } as const;
    for (const [name, expected] of Object.entries(consequences)) {
      const { filing, history } = await stored(runtime, due[name as keyof typeof due].id);
      expect(filing).toMatchObject({
        status: 'TERMINATED',
        version: 2,
        commitment: { status: 'BREACHED', clawback: expected.clawback },
        details: {
          termination: {
            consequence: expected.consequence,
            rule: expected.rule,
            on: TODAY,
            creditReport: expected.consequence === 'CREDIT_REPORT',
            longTermBenefitsEnded: expected.consequence === 'LONG_TERM_BENEFITS_ENDED',
          },
        },
      });
      expect(history.at(-1)?.audit).toEqual({
        actorKind: 'SYSTEM',
        actingForPersonId: filing.personId,
        fromVersion: 1,
        fromStatus: 'ACTIVE',
        toStatus: 'TERMINATED',
        rule: expected.rule,
        detail: { consequence: expected.consequence },
      });
    }
    expect((await stored(runtime, due.ended.id)).filing).toMatchObject({
      status: 'EXPIRED',
      version: 2,
    });
    for (const untouched of [due.expiresIn7, due.commitmentIn30, due.expiresIn1, notDue[0]!]) {
      expect((await stored(runtime, untouched.id)).filing.version).toBe(1);
    }

    expect(await messagesOf(due.expiresIn7)).toEqual([
      expect.objectContaining({
        kind: 'EXPIRY',
        daysBefore: 7,
        dueDate: '2027-03-08',
        delivery: 'RECORDED',
      }),
    ]);
    expect(await messagesOf(due.expiresIn1)).toEqual([
      expect.objectContaining({ kind: 'EXPIRY', daysBefore: 1, dueDate: '2027-03-02' }),
    ]);
    expect(await messagesOf(due.commitmentIn30)).toEqual([
      expect.objectContaining({ kind: 'COMMITMENT_DUE', daysBefore: 30, dueDate: '2027-03-31' }),
    ]);
    expect((await messagesOf(due.ahBreach))[0]).toMatchObject({
      kind: 'TERMINATED',
      body: expect.stringContaining('全额追回'),
    });
    expect((await messagesOf(due.haBreach))[0]?.body).toContain('信用');
  });

  it('changes nothing when run again the same day (the Lambda handler, by date)', async () => {
    reads.reset();
    const report = await buildSweep(runtime)({ date: TODAY });
    expect(report).toMatchObject({
      read: 3, // the terminated and expired left the sparse indexes
      terminated: 0,
      expired: 0,
      queued: 0,
      alreadyQueued: 3,
      complete: true,
    });
    expect(reads.itemsRead('GSI3') + reads.itemsRead('GSI4')).toBe(3);
    expect(report.stale).toBe(0);
    for (const filing of Object.values(due)) {
      expect((await messagesOf(filing)).length).toBe(1);
    }
    expect((await stored(runtime, due.ahBreach.id)).history).toHaveLength(2);
  });

  it('sends the next stage once when it is reached (7 days before the commitment is due)', async () => {
    const report = await runSweep({
      store: runtime.store,
      clock: sweepClockFor('2027-03-24'),
      calendars: CALENDAR_WITH_2027,
    });
    expect(report.queued).toBeGreaterThanOrEqual(1);
    const kinds = (await messagesOf(due.commitmentIn30)).map((message) => message.daysBefore);
    expect(kinds).toEqual([7, 30]);
  });

  it('shows the sweep in the audit trail, to a reviewer of the region', async () => {
    const reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: ['340100'] });
    const outsider = await testUser(runtime, { roles: ['REVIEWER'], regions: ['320800'] });
    const audit = await call<{ actor: { kind: string }; rule?: string; toStatus: string }[]>(
      runtime,
      buildAudit,
      'GET /v1/filings/{id}/audit',
      { user: reviewer, params: { id: due.ahBreach.id } },
    );
    expect(audit.status).toBe(200);
    expect(audit.body.at(-1)).toMatchObject({
      actor: { userId: 'system:sweep', kind: 'SYSTEM' },
      rule: 'AH-13-1',
      fromVersion: 1,
      toStatus: 'TERMINATED',
    });
    const refused = await call(runtime, buildAudit, 'GET /v1/filings/{id}/audit', {
      user: outsider,
      params: { id: due.ahBreach.id },
    });
    expect(refused.status).toBe(404);
  });
});

describe('the sweep Lambda', () => {
  it('refuses a date in a deployed stage (time travel is for local and test only)', async () => {
    const { runtime } = await countingRuntime();
    const deployed = { ...runtime, config: { ...runtime.config, deployed: true } };
    await expect(buildSweep(deployed)({ date: TODAY })).rejects.toThrow('today only');
    await expect(buildSweep(runtime)({ date: '2027-02-30' })).rejects.toThrow('Not a date');
  });
});

describe('an interrupted sweep', () => {
  it('resumes from its checkpoint, and a finished day runs again from the start harmlessly', async () => {
    const { runtime, reads } = await countingRuntime();
    const filings = Array.from({ length: 10 }, () => filingRecord(referral('2027-03-11')));
    await Promise.all(filings.map((filing) => storeFiling(runtime, filing)));
    const deps = {
      store: runtime.store,
      clock: fixedClock(`${TODAY}T02:00:00+08:00`),
      pageSize: 3,
    };

    // Stops after two pages of the validity partition (2027-03-11, 340100): its cursor is saved.
    const stopped = await runSweep(deps, { shouldStop: ({ read }) => read >= 6 });
    expect(stopped).toMatchObject({ complete: false, read: 6, queued: 6, resumed: false });

    reads.reset();
    const resumed = await runSweep(deps);
    expect(resumed).toMatchObject({ complete: true, read: 4, queued: 4, resumed: true });
    expect(reads.itemsRead('GSI4')).toBe(4);

    const again = await runSweep(deps);
    expect(again).toMatchObject({ complete: true, read: 10, queued: 0, alreadyQueued: 10 });
    const notifier = recordingNotifier();
    await dispatchOutbox({ messages: runtime.store.messages, notifier, now: () => new Date() });
    expect(notifier.sent).toHaveLength(10);
  });
});

describe('the sweep floor: a filing held past its day is read again, however late', () => {
  it('reads a held commitment on later days beyond the first-run look-back, until it ends', async () => {
    const { runtime, reads } = await countingRuntime();
    // 怀远县 pools with 蚌埠 (BB: commitments 1 month): indexed under DUE#2027-02#340300.
    const held = await storeFiling(
      runtime,
      filingRecord({
        insuredRegion: '340321',
        commitment: openCommitment('2027-01-20', '2027-02-22'),
      }),
    );
    const sweepOn = (date: string, calendars?: typeof CALENDAR_WITH_2027) =>
      runSweep({
        store: runtime.store,
        clock: sweepClockFor(date),
        ...(calendars ? { calendars } : {}),
      });

    // Without the 2027 schedule the date is provisional (CC-201): held, and the floor stays on it.
    expect(await sweepOn('2027-03-01')).toMatchObject({ read: 1, heldProvisional: 1 });
    expect(await runtime.store.sweepCheckpoints.floor()).toBe('2027-02-22');

    // 52 days later, beyond the 31-day look-back of a first run: still read, still held.
    reads.reset();
    expect(await sweepOn('2027-04-15')).toMatchObject({ read: 1, heldProvisional: 1 });
    // A Query per (month, region) from February through May, per index: nothing country-wide.
    expect(reads.queries).toBeLessThanOrEqual(
      2 * 4 * listPolicyRegions().length + 4, // + checkpoint and floor reads
    );

    // Once the schedule is known the date is final and passed: terminated; the floor moves up.
    expect(await sweepOn('2027-04-16', CALENDAR_WITH_2027)).toMatchObject({
      read: 1,
      terminated: 1,
    });
    expect((await stored(runtime, held.id)).filing.status).toBe('TERMINATED');
    expect(await runtime.store.sweepCheckpoints.floor()).toBe('2027-04-16');
    expect(await sweepOn('2027-04-17', CALENDAR_WITH_2027)).toMatchObject({ read: 0 });
  });
});
