// CC-201 against DynamoDB Local: deadlines falling in 春节 2027 (its schedule not yet published)
// are moved past it by the law's holidays and marked provisional; loading a 2027 schedule (the
// TEST FIXTURE infra/calendar/2027.example.json, not the official one) through
// PUT /v1/admin/calendar/2027 or `npm run calendar:import` recounts every open deadline on it:
// each moved filing gets a new version with its history and the person a message; a rerun
// changes nothing. `--recompute` repairs dates stored before the lunar holidays were known.
import { execFile } from 'node:child_process';
import { listPolicyRegions } from '@yidi/shared';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fixedClock } from '../src/clock';
import { build as buildImport } from '../src/http/admin/calendar';
import { build as buildCreateFiling } from '../src/http/filings/create';
import { build as buildGetFiling } from '../src/http/filings/get';
import type { Runtime } from '../src/runtime';
import { importSchedule, recomputeOnLoadedCalendar } from '../src/services/calendar/importSchedule';
import { sweepClockFor } from '../src/scheduled/sweep';
import { runSweep } from '../src/services/sweep/runSweep';
import {
  call,
  chinaMorning,
  testMaterial,
  testPerson,
  testRuntime,
  testUser,
  type TestUser,
} from './filings.support';
import {
  countingRuntime,
  filingRecord,
  openCommitment,
  schedule2027,
  storeFiling,
} from './operations.support';

jest.setTimeout(60_000);

const REPO_ROOT = join(__dirname, '../..');
const FIXTURE = join(REPO_ROOT, 'infra/calendar/2027.example.json');
const { year: _year, ...SCHEDULE_BODY } = schedule2027();

interface Filed {
  id: string;
  personId: string;
  user: TestUser;
}

async function fileCommitment(runtime: Runtime, insuredRegion: string, filedOn: string) {
  const user = await testUser(runtime);
  const person = await testPerson(runtime, user, { insuredRegion });
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
        // HA-7 takes commitments only from its listed groups; the permit is being issued.
        group: 'RESIDENCE_DOCUMENT_PENDING',
      },
    },
  });
  expect(filed.status).toBe(201);
  return { filed: filed.body, ref: { id: filed.body.id, personId: person.id, user } as Filed };
}

const read = (runtime: Runtime, filing: Filed) =>
  call(runtime, buildGetFiling, 'GET /v1/filings/{id}', {
    user: filing.user,
    params: { id: filing.id },
  }).then((response) => response.body);

const messagesOf = (runtime: Runtime, filing: Filed) =>
  runtime.store.messages.listForPerson(filing.personId);

describe('CC-201: 春节 2027 before and after its schedule is loaded', () => {
  let runtime: Runtime;
  let admin: TestUser;
  let anhui: Filed;
  let huaian: Filed;
  let review: Filed;

  beforeAll(async () => {
    runtime = await testRuntime();
    admin = await testUser(runtime, { roles: ['ADMIN'], regions: [] });
  });

  it('moves deadlines that fall on 2027-02-05..08 past 春节 and marks them provisional', async () => {
    // AH-13-1: signed 2026-11-05, 3 months end on 2027-02-05 (除夕).
    const ah = await fileCommitment(runtime, '340100', '2026-11-05');
    expect(ah.filed.commitment).toMatchObject({ dueDate: '2027-02-09', dueDateProvisional: true });
    expect(ah.filed.review).toEqual({ dueBy: '2026-11-09', notices: [] });
    anhui = ah.ref;
    // HA-7: signed 2026-08-08, 6 months end on 2027-02-08 (初三).
    const ha = await fileCommitment(runtime, '320800', '2026-08-08');
    expect(ha.filed.commitment).toMatchObject({ dueDate: '2027-02-09', dueDateProvisional: true });
    huaian = ha.ref;
    // AH-12-2: submitted 2027-02-04, 2 working days after 春节.
    const submitted = await fileCommitment(runtime, '340100', '2027-02-04');
    expect(submitted.filed.review).toEqual({
      dueBy: '2027-02-10',
      dueByProvisional: true,
      notices: [],
    });
    review = submitted.ref;
  });

  it('refuses a schedule from a non-admin, and one that drops a statutory day off', async () => {
    const reviewer = await testUser(runtime, { roles: ['REVIEWER'], regions: ['340100'] });
    const forbidden = await call(runtime, buildImport, 'PUT /v1/admin/calendar/{year}', {
      user: reviewer,
      params: { year: '2027' },
      body: SCHEDULE_BODY,
    });
    expect(forbidden.status).toBe(403);
    const invalid = await call<{ error: { code: string; fields: Record<string, string> } }>(
      runtime,
      buildImport,
      'PUT /v1/admin/calendar/{year}',
      {
        user: admin,
        params: { year: '2027' },
        body: {
          ...SCHEDULE_BODY,
          restDays: SCHEDULE_BODY.restDays.filter((date) => date !== '2027-02-05'),
          makeUpWorkdays: [...SCHEDULE_BODY.makeUpWorkdays, '2027-02-22'],
        },
      },
    );
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.fields).toEqual({
      restDays: '法定节假日 2027-02-05 必须放假',
      makeUpWorkdays: '调休上班日 2027-02-22 不是周末',
    });
    expect(await runtime.store.calendars.list()).toEqual([]);
    expect((await read(runtime, anhui)).commitment?.dueDate).toBe('2027-02-09');
  });

  it('loading the 2027 schedule moves the stored deadlines to its dates and tells each person', async () => {
    const loaded = await call<{ recompute: Record<string, number> }>(
      runtime,
      buildImport,
      'PUT /v1/admin/calendar/{year}',
      {
        user: admin,
        params: { year: '2027' },
        body: SCHEDULE_BODY,
        clock: chinaMorning('2026-11-20'),
      },
    );
    expect(loaded.status).toBe(200);
    // Three open commitments (GSI3) and the same three filings pending review (GSI2, per region)
    // read; 3 filings moved: the third one twice in one write, its review (2-10 → 2-16) and its
    // commitment (5-4 by law → 5-6 after the fixture's 劳动节 5-1…5-5).
    expect(loaded.body).toMatchObject({
      year: 2027,
      recompute: { read: 6, updated: 3, moved: 3, skipped: 0 },
    });

    const ah = await read(runtime, anhui);
    expect(ah.commitment).toMatchObject({ dueDate: '2027-02-15' });
    expect(ah.commitment?.dueDateProvisional).toBeUndefined();
    expect(ah.version).toBe(2);
    expect(ah.history?.map((entry) => entry.event)).toEqual(['FILED', 'DEADLINE_MOVED']);
    expect((await read(runtime, huaian)).commitment).toMatchObject({ dueDate: '2027-02-15' });
    const reviewed = await read(runtime, review);
    expect(reviewed.review).toEqual({ dueBy: '2027-02-16', notices: [] });
    expect(reviewed.commitment).toMatchObject({ dueDate: '2027-05-06' });
    expect(reviewed.commitment?.dueDateProvisional).toBeUndefined();

    const [ahMessage] = await messagesOf(runtime, anhui);
    expect(ahMessage).toMatchObject({
      kind: 'DEADLINE_MOVED',
      dueDate: '2027-02-15',
      delivery: 'PENDING',
      body: '按国家法定节假日安排，您承诺补交材料的期限由2027年2月9日调整为2027年2月15日。',
    });
    expect((await messagesOf(runtime, huaian)).map((message) => message.kind)).toEqual([
      'DEADLINE_MOVED',
    ]);
    const [reviewMessage] = await messagesOf(runtime, review);
    expect(reviewMessage?.body).toContain('期限由2027年5月4日调整为2027年5月6日');
    expect(reviewMessage?.body).toContain('审核办结期限由2027年2月10日调整为2027年2月16日');

    // The audit keeps what moved and by which rule.
    const history = (await runtime.store.filings.get(anhui.id))?.history ?? [];
    expect(history.at(-1)).toMatchObject({
      event: 'DEADLINE_MOVED',
      actorUserId: 'system:calendar',
      audit: {
        actorKind: 'SYSTEM',
        rule: 'CC-201',
        detail: {
          moves: [
            { kind: 'COMMITMENT_DUE', from: '2027-02-09', to: '2027-02-15', provisional: false },
          ],
        },
      },
    });
  });

  it('loading it again changes nothing and sends nothing', async () => {
    const again = await call<{ recompute: Record<string, number> }>(
      runtime,
      buildImport,
      'PUT /v1/admin/calendar/{year}',
      { user: admin, params: { year: '2027' }, body: SCHEDULE_BODY },
    );
    expect(again.body.recompute).toEqual({ read: 6, updated: 0, moved: 0, skipped: 0 });
    expect((await read(runtime, anhui)).version).toBe(2);
    expect(await messagesOf(runtime, anhui)).toHaveLength(1);
  });

  it('new filings count on the loaded schedule at once (this process forgot its cache)', async () => {
    const later = await fileCommitment(runtime, '340100', '2026-11-06');
    // 2027-02-06 is in 春节; on the loaded schedule the first working day is 2-15.
    expect(later.filed.commitment).toMatchObject({ dueDate: '2027-02-15' });
    expect(later.filed.commitment?.dueDateProvisional).toBeUndefined();
  });
});

describe('recompute without a new schedule (repairing dates stored before lunar holidays)', () => {
  it('moves a stored 除夕 due date to after 春节, provisional, with a message; a rerun is a no-op', async () => {
    const runtime = await testRuntime();
    const wrong = await storeFiling(
      runtime,
      filingRecord({ commitment: openCommitment('2026-11-05', '2027-02-05') }),
    );
    const deps = { store: runtime.store, clock: fixedClock('2026-12-01T09:00:00+08:00') };
    expect(await recomputeOnLoadedCalendar(deps)).toEqual({
      read: 1,
      updated: 1,
      moved: 1,
      skipped: 0,
    });
    const { filing } = (await runtime.store.filings.get(wrong.id))!;
    expect(filing.commitment).toMatchObject({ dueDate: '2027-02-09', dueDateProvisional: true });
    const [message] = await runtime.store.messages.listForPerson(wrong.personId);
    expect(message?.body).toBe(
      '按国家法定节假日安排，您承诺补交材料的期限由2027年2月5日调整为2027年2月9日' +
        '（按法定节假日预估，国务院公布安排后可能顺延）。',
    );
    expect(await recomputeOnLoadedCalendar(deps)).toMatchObject({ updated: 0, moved: 0 });
  });
});

describe('npm run calendar:import', () => {
  it('loads the file into the given table and recomputes; bad files are refused', async () => {
    const runtime = await testRuntime();
    const stored = await storeFiling(
      runtime,
      filingRecord({
        commitment: openCommitment('2026-08-08', '2027-02-08'),
        insuredRegion: '320800',
      }),
    );
    const run = (...args: string[]) =>
      promisify(execFile)(
        join(REPO_ROOT, 'node_modules/.bin/tsx'),
        [
          join(REPO_ROOT, 'infra/src/calendarImport.ts'),
          ...args,
          '--endpoint',
          runtime.config.dynamoEndpoint!,
          '--table',
          runtime.config.tableName,
        ],
        { cwd: REPO_ROOT },
      );
    const { stdout } = await run(FIXTURE);
    expect(JSON.parse(stdout)).toMatchObject({ year: 2027, recompute: { moved: 1 } });
    expect((await runtime.store.calendars.list()).map((schedule) => schedule.year)).toEqual([2027]);
    const { filing } = (await runtime.store.filings.get(stored.id))!;
    expect(filing.commitment?.dueDate).toBe('2027-02-15');
    await expect(run(join(REPO_ROOT, 'package.json'))).rejects.toMatchObject({ code: 1 });
  });
});

describe('the recompute reads the due-date index by month and region, not the country', () => {
  it('a schedule moving a held date before the sweep floor lowers the floor: the next sweep ends it', async () => {
    const { runtime, reads } = await countingRuntime();
    // 怀远县 (BB pool, 1 month) signed 2027-01-20: 2027-02-20 is a Saturday, so 2027-02-22 by the
    // law's holidays alone; the fixture schedule makes 2027-02-20 a make-up workday.
    const held = await storeFiling(
      runtime,
      filingRecord({
        insuredRegion: '340321',
        commitment: { ...openCommitment('2027-01-20', '2027-02-22'), dueDateProvisional: true },
      }),
    );
    const sweepOn = (date: string) =>
      runSweep({ store: runtime.store, clock: sweepClockFor(date), calendars: runtime.calendars });
    expect(await sweepOn('2027-02-23')).toMatchObject({ read: 1, heldProvisional: 1 });
    expect(await runtime.store.sweepCheckpoints.floor()).toBe('2027-02-22');

    reads.reset();
    const report = await importSchedule(
      {
        store: runtime.store,
        clock: fixedClock('2027-02-23T09:00:00+08:00'),
        calendars: runtime.calendars,
      },
      'admin-1',
      schedule2027(),
    );
    expect(report.recompute).toMatchObject({ read: 1, moved: 1 });
    // February (the floor) through September (the longest commitment, 6 months, signed today,
    // rolled over), one Query per month and region; each region's review queue; the schedules.
    const regions = listPolicyRegions().length;
    expect(reads.queries).toBe(8 * regions + regions + 1);
    expect((await runtime.store.filings.get(held.id))!.filing.commitment).toMatchObject({
      dueDate: '2027-02-20',
    });
    expect(await runtime.store.sweepCheckpoints.floor()).toBe('2027-02-20');

    expect(await sweepOn('2027-02-24')).toMatchObject({ read: 1, terminated: 1 });
    expect((await runtime.store.filings.get(held.id))!.filing.status).toBe('TERMINATED');
  });
});
