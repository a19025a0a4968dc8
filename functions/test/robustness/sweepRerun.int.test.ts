// The daily sweep stopped midway — out of time (it saves a checkpoint and stops) or killed
// outright mid-page — and run again ends in the same state as a sweep that was never
// interrupted: every breached commitment terminated once, every reminder sent once.
import { fixedClock } from '../../src/clock';
import { build as buildCreateFiling } from '../../src/http/filings/create';
import type { Runtime } from '../../src/runtime';
import { runSweep, type SweepDeps } from '../../src/services/sweep/runSweep';
import type { Store } from '../../src/store';
import {
  approve,
  call,
  chinaMorning,
  testMaterial,
  testPerson,
  testRuntime,
  testUser,
} from '../filings.support';
import { CALENDAR_WITH_2027 } from '../operations.support';

const REGION = '340100'; // AH: commitments due 3 months after filing
const SWEEP_AT = '2027-03-20T02:00:00+08:00';
/** Filing days: breached by the sweep day, due within the reminder horizon, due later. */
const FILED_ON = [
  '2026-12-01',
  '2026-12-02',
  '2026-12-03',
  '2026-12-04',
  '2027-01-10',
  '2027-01-11',
  '2027-01-12',
  '2027-02-25',
];

interface Seeded {
  runtime: Runtime;
  /** Filing id and person id by label (the index in FILED_ON). */
  filings: { filingId: string; personId: string }[];
}

async function seed(): Promise<Seeded> {
  const runtime = await testRuntime();
  const filings = await Promise.all(
    FILED_ON.map(async (filedOn) => {
      const user = await testUser(runtime);
      const person = await testPerson(runtime, user, { insuredRegion: REGION });
      const signature = await testMaterial(runtime, user, person.id, 'COMMITMENT_SIGNATURE');
      const filed = await call(runtime, buildCreateFiling, 'POST /v1/filings', {
        user,
        clock: chinaMorning(filedOn),
        body: {
          personId: person.id,
          category: 'LONG_TERM_RESIDENT',
          destination: { code: '310000' },
          startDate: filedOn,
          contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
          proof: {
            kind: 'COMMITMENT',
            missing: ['RESIDENCE_PERMIT'],
            signatureMaterialId: signature,
          },
        },
      });
      expect(filed.status).toBe(201);
      await approve(runtime, filed.body, `${filedOn}T15:00:00+08:00`);
      return { filingId: filed.body.id as string, personId: person.id };
    }),
  );
  return { runtime, filings };
}

function sweepDeps(store: SweepDeps['store']): SweepDeps {
  // CC-201: 2027 deadlines are final once its schedule (the test fixture) is loaded.
  return { store, clock: fixedClock(SWEEP_AT), pageSize: 2, calendars: CALENDAR_WITH_2027 };
}

/** What the sweep decides, by label: status, versions and events, messages to the person. */
async function snapshot({ runtime, filings }: Seeded) {
  return Promise.all(
    filings.map(async ({ filingId, personId }) => {
      const stored = await runtime.store.filings.get(filingId);
      const messages = await runtime.store.messages.listForPerson(personId);
      return {
        status: stored?.filing.status,
        commitment: stored?.filing.commitment?.status,
        version: stored?.filing.version,
        events: stored?.history.map((entry) => entry.event),
        messages: messages.length,
      };
    }),
  );
}

jest.setTimeout(30_000);

let reference: Awaited<ReturnType<typeof snapshot>>;
beforeAll(async () => {
  const uninterrupted = await seed();
  const report = await runSweep(sweepDeps(uninterrupted.runtime.store));
  expect(report.complete).toBe(true);
  expect(report.terminated).toBe(4);
  reference = await snapshot(uninterrupted);
});

describe('sweep stopped midway and run again', () => {
  it('out of time after the first page: the rerun resumes from the checkpoint, same final state', async () => {
    const seeded = await seed();
    // Out of time once the first page with filings is done (a page holds two).
    const first = await runSweep(sweepDeps(seeded.runtime.store), {
      shouldStop: ({ read }) => read > 0,
    });
    expect(first.complete).toBe(false);
    expect(first.read).toBe(2);

    const rerun = await runSweep(sweepDeps(seeded.runtime.store));
    expect(rerun.resumed).toBe(true);
    expect(rerun.complete).toBe(true);
    expect(await snapshot(seeded)).toEqual(reference);
  });

  it('killed mid-page (a write throws): the rerun finishes the work, same final state', async () => {
    const seeded = await seed();
    const { store } = seeded.runtime;
    let updates = 0;
    const dying: Store = {
      ...store,
      filings: {
        ...store.filings,
        update: async (...args) => {
          updates += 1;
          if (updates === 2) throw new Error('Lambda killed');
          return store.filings.update(...args);
        },
      },
    };
    await expect(runSweep(sweepDeps(dying))).rejects.toThrow('Lambda killed');

    const rerun = await runSweep(sweepDeps(store));
    expect(rerun.complete).toBe(true);
    expect(await snapshot(seeded)).toEqual(reference);

    // A third run of the day changes nothing.
    await runSweep(sweepDeps(store));
    expect(await snapshot(seeded)).toEqual(reference);
  });
});
