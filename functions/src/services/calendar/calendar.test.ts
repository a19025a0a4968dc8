// CC-201 plumbing without DynamoDB: the calendar source reads the loaded schedules once per TTL
// (and keeps the last ones if a refresh fails), and the recount of one filing's deadlines.
import { BUNDLED_CALENDAR, nationalCalendar, policyForRegion } from '@yidi/shared';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedSchedule } from '../../store';
import type { FilingRecord } from '../../store';
import { cachedCalendarSource } from './calendarSource';
import { recountDeadlines, reviewSubmittedOn } from './recount';

const FIXTURE = JSON.parse(
  readFileSync(join(__dirname, '../../../../infra/calendar/2027.example.json'), 'utf8'),
) as LoadedSchedule;
const AH = policyForRegion('340100')!;

describe('cachedCalendarSource', () => {
  it('reads once per TTL, sees a schedule loaded since, and survives a failed refresh', async () => {
    let now = Date.parse('2026-11-20T00:00:00Z');
    let stored: LoadedSchedule[] = [];
    let fail = false;
    let reads = 0;
    const source = cachedCalendarSource(
      {
        list: () => {
          reads += 1;
          return fail ? Promise.reject(new Error('throttled')) : Promise.resolve(stored);
        },
      },
      { now: () => new Date(now) },
      60_000,
    );
    const [first, second] = await Promise.all([source.current(), source.current()]);
    expect(reads).toBe(1);
    expect(first).toBe(second);
    expect(first.isOfficial(2027)).toBe(false);

    stored = [FIXTURE];
    now += 59_000;
    expect((await source.current()).isOfficial(2027)).toBe(false);
    now += 2_000;
    const refreshed = await source.current();
    expect(refreshed.isOfficial(2027)).toBe(true);
    expect(reads).toBe(2);

    fail = true;
    now += 61_000;
    expect(await source.current()).toBe(refreshed);
    source.invalidate();
    await expect(source.current()).rejects.toThrow('throttled');
  });
});

describe('recountDeadlines (CC-201)', () => {
  const filing = (overrides: Partial<FilingRecord>): FilingRecord =>
    ({
      insuredRegion: '340100',
      status: 'ACTIVE',
      filedOn: '2026-11-05',
      commitment: null,
      review: null,
      ...overrides,
    }) as FilingRecord;
  const commitment = (dueDate: string, dueDateProvisional?: boolean) => ({
    status: 'OPEN' as const,
    signedAt: '2026-11-05T02:00:00.000Z',
    signedOn: '2026-11-05',
    dueDate,
    ...(dueDateProvisional ? { dueDateProvisional } : {}),
    missing: ['RESIDENCE_PERMIT' as const],
    clawback: false,
  });

  it('moves a commitment due date and says whether the new one is provisional', () => {
    const recounted = recountDeadlines(
      filing({ commitment: commitment('2027-02-05') }),
      AH,
      BUNDLED_CALENDAR,
    );
    expect(recounted?.moves).toEqual([
      { kind: 'COMMITMENT_DUE', from: '2027-02-05', to: '2027-02-09', provisional: true },
    ]);
    expect(recounted?.next.commitment).toMatchObject({
      dueDate: '2027-02-09',
      dueDateProvisional: true,
    });
  });

  it('clears the provisional flag without a move when the date stands', () => {
    // Signed 2026-11-05: due 2027-02-15 on the fixture schedule.
    const standing = filing({ commitment: commitment('2027-02-15') });
    expect(recountDeadlines(standing, AH, nationalCalendar([FIXTURE]))).toBeNull();
    const flagged = filing({ commitment: commitment('2027-02-15', true) });
    const cleared = recountDeadlines(flagged, AH, nationalCalendar([FIXTURE]));
    expect(cleared?.moves).toEqual([]);
    expect(cleared?.next.commitment?.dueDateProvisional).toBeUndefined();
  });

  it('leaves closed commitments and finished filings alone', () => {
    const closed = filing({ commitment: { ...commitment('2027-02-05'), status: 'FULFILLED' } });
    expect(recountDeadlines(closed, AH, BUNDLED_CALENDAR)).toBeNull();
    const terminated = filing({ status: 'TERMINATED', commitment: commitment('2027-02-05') });
    expect(recountDeadlines(terminated, AH, BUNDLED_CALENDAR)).toBeNull();
  });

  it('counts a pending review from its submission day (a resubmission keeps its own), else the filing day', () => {
    const resubmitted = filing({
      status: 'PENDING_REVIEW',
      filedOn: '2027-01-20',
      review: { dueBy: '2027-02-05', submittedOn: '2027-02-04', notices: [] },
    });
    expect(reviewSubmittedOn(resubmitted)).toBe('2027-02-04');
    expect(recountDeadlines(resubmitted, AH, BUNDLED_CALENDAR)?.next.review).toEqual({
      dueBy: '2027-02-10',
      dueByProvisional: true,
      submittedOn: '2027-02-04',
      notices: [],
    });
    const { submittedOn: _kept, ...review } = resubmitted.review!;
    expect(reviewSubmittedOn({ ...resubmitted, review })).toBe('2027-01-20');
  });
});
