// CC-201 (POLICY §0): deadlines roll over the statutory holidays fixed by law for every year, lunar
// ones included; a date counted over a year whose State Council schedule is not published is
// provisional; the sweep never ends a commitment on a provisional date. 2027's schedule is the
// test fixture infra/calendar/2027.example.json (NOT the official schedule).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BUNDLED_CALENDAR,
  nationalCalendar,
  scheduleProblems,
  type OfficialSchedule,
} from '../../calendar';
import { commitmentDue, openCommitment } from '../commitment';
import { decideNewFiling } from '../newFiling';
import { reviewDue } from '../review';
import { sweepFiling } from '../sweep';
import { AH, HA, filing, person, request, valueOf } from './fixtures';

const FIXTURE_2027 = JSON.parse(
  readFileSync(join(__dirname, '../../../../infra/calendar/2027.example.json'), 'utf8'),
) as OfficialSchedule;
const WITH_2027 = nationalCalendar([FIXTURE_2027]);

describe('CC-201: deadlines in a year whose schedule is not published (2027)', () => {
  it('the bundled calendar has no official 2027 schedule; the fixture is a valid one', () => {
    expect(BUNDLED_CALENDAR.isOfficial(2027)).toBe(false);
    expect(WITH_2027.isOfficial(2027)).toBe(true);
    expect(scheduleProblems(FIXTURE_2027)).toEqual([]);
  });

  it.each([
    // AH-13-1: 3 months from 2026-11-05 end on 2027-02-05, 除夕; 春节 runs to 初三 (2-8).
    ['AH-13-1', '2026-11-05', '2027-02-09', '2027-02-15', AH],
    // HA-7: 6 months from 2026-08-08 end on 2027-02-08, 初三.
    ['HA-7', '2026-08-08', '2027-02-09', '2027-02-15', HA],
  ])(
    '%s: signed %s is due %s (provisional), %s once the schedule is loaded',
    (_rule, signedOn, lawDue, officialDue, policy) => {
      expect(commitmentDue(policy, signedOn)).toEqual({ date: lawDue, provisional: true });
      expect(commitmentDue(policy, signedOn, WITH_2027)).toEqual({
        date: officialDue,
        provisional: false,
      });
    },
  );

  it.each([
    // AH-12-2: 2 working days; HA: the next working day. 2-4 is the Thursday before 除夕.
    ['AH-12-2', '2027-02-10', '2027-02-16', AH],
    ['HA-6', '2027-02-09', '2027-02-15', HA],
  ])(
    '%s: a review submitted 2027-02-04 is due %s after 春节 (provisional), then %s',
    (_r, lawDue, officialDue, policy) => {
      expect(reviewDue(policy, '2027-02-04')).toEqual({ date: lawDue, provisional: true });
      expect(reviewDue(policy, '2027-02-04', WITH_2027)).toEqual({
        date: officialDue,
        provisional: false,
      });
    },
  );

  it('a date counted over 2026 alone is final; one whose roll-over reaches 2027 is not', () => {
    expect(commitmentDue(AH, '2026-05-10')).toEqual({ date: '2026-08-10', provisional: false });
    // 2026-12-31 is a Thursday, a working day: final. 3 months from 2026-09-30 → 12-30 (Wed).
    expect(reviewDue(AH, '2026-12-29')).toEqual({ date: '2026-12-31', provisional: false });
    // 12-30 + 2 working days crosses 元旦 2027 (a statutory day) into 2027: provisional.
    expect(reviewDue(AH, '2026-12-30')).toEqual({ date: '2027-01-04', provisional: true });
  });

  it('a new filing carries the flags: commitment.dueDateProvisional, reviewDueByProvisional', () => {
    const decide = (calendar = BUNDLED_CALENDAR) =>
      valueOf(
        decideNewFiling(AH, {
          person: person(AH),
          request: request({
            startDate: '2026-11-05',
            proofEndDate: undefined,
            proof: { kind: 'COMMITMENT', missing: ['RESIDENCE_PERMIT'], provided: [] },
          }),
          today: '2026-11-05',
          calendar,
        }),
      );
    const provisional = decide();
    expect(provisional.commitment).toMatchObject({
      dueDate: '2027-02-09',
      dueDateProvisional: true,
    });
    // 2 working days from 2026-11-05 stay inside 2026: final.
    expect(provisional.reviewDueBy).toBe('2026-11-09');
    expect(provisional.reviewDueByProvisional).toBeUndefined();
    const official = decide(WITH_2027);
    expect(official.commitment?.dueDate).toBe('2027-02-15');
    expect(official.commitment?.dueDateProvisional).toBeUndefined();
  });
});

describe('CC-201: the sweep never ends a commitment on a provisional date', () => {
  const open = (calendar = BUNDLED_CALENDAR) =>
    filing(AH, { commitment: openCommitment(AH, '2026-11-05', ['RESIDENCE_PERMIT'], calendar) });

  it('holds while 2027 is unpublished, however late it is', () => {
    const state = open();
    expect(state.commitment?.dueDate).toBe('2027-02-09');
    for (const today of ['2027-02-10', '2027-03-01', '2027-12-31']) {
      const result = sweepFiling(AH, state, today);
      expect(result.transition).toBeNull();
      expect(result.heldProvisional).toBe(true);
    }
  });

  it('once the schedule is loaded, decides on the later of the stored and the recounted date', () => {
    const state = open();
    // Stored 2-9 (provisional), recounted on the loaded schedule 2-15: not before 2-16.
    expect(sweepFiling(AH, state, '2027-02-10', WITH_2027).transition).toBeNull();
    expect(sweepFiling(AH, state, '2027-02-15', WITH_2027).transition).toBeNull();
    expect(sweepFiling(AH, state, '2027-02-16', WITH_2027).transition).toEqual({
      status: 'TERMINATED',
      consequence: 'CLAWBACK',
      rule: 'AH-13-1',
    });
  });

  it('a wrong date stored before lunar holidays were known (2027-02-05, 除夕) does not end it on 2-6', () => {
    const base = open();
    const stale = filing(AH, {
      commitment: { ...base.commitment!, dueDate: '2027-02-05', dueDateProvisional: undefined },
    });
    expect(sweepFiling(AH, stale, '2027-02-06').transition).toBeNull();
    expect(sweepFiling(AH, stale, '2027-02-06', WITH_2027).transition).toBeNull();
    expect(sweepFiling(AH, stale, '2027-02-16', WITH_2027).transition?.status).toBe('TERMINATED');
  });

  it('a final date in a published year ends the commitment the day after', () => {
    const state = filing(AH, {
      commitment: openCommitment(AH, '2026-05-10', ['RESIDENCE_PERMIT']),
    });
    expect(sweepFiling(AH, state, '2026-08-10').transition).toBeNull();
    expect(sweepFiling(AH, state, '2026-08-11').transition?.status).toBe('TERMINATED');
  });
});

describe('CC-201: a schedule is checked before it is loaded', () => {
  it.each([
    [
      'a statutory day off missing (除夕 2027-02-05)',
      { restDays: FIXTURE_2027.restDays.filter((date) => date !== '2027-02-05') },
      [{ field: 'restDays', date: '2027-02-05', message: '法定节假日 2027-02-05 必须放假' }],
    ],
    [
      'a make-up workday on a weekday',
      { makeUpWorkdays: ['2027-02-22'] },
      [{ field: 'makeUpWorkdays', date: '2027-02-22', message: '调休上班日 2027-02-22 不是周末' }],
    ],
    [
      'a date of another year',
      { makeUpWorkdays: ['2026-12-26'] },
      [{ field: 'makeUpWorkdays', date: '2026-12-26', message: '2026-12-26 不是2027年的日期' }],
    ],
    [
      'a day both off and on',
      { makeUpWorkdays: ['2027-02-06'] },
      [{ field: 'makeUpWorkdays', date: '2027-02-06', message: '2027-02-06 不能既放假又上班' }],
    ],
  ])('%s', (_name, change, problems) => {
    expect(scheduleProblems({ ...FIXTURE_2027, ...change })).toEqual(problems);
  });
});
