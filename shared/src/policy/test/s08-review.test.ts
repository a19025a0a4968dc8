import { decideNewFiling } from '../newFiling';
import { reviewDueDate } from '../review';
import { AH, BB, HA, PZH, YJ, person, request, valueOf } from './fixtures';

describe('§8 review and service times', () => {
  it.each([
    ['AH-12-2: Tuesday + 2 working days', AH, '2026-03-10', '2026-03-12'],
    ['AH-12-2: over National Day 2026 (10-01..07 off)', AH, '2026-09-30', '2026-10-09'],
    [
      'AH-12-2: over Spring Festival, counting make-up Saturday 02-14',
      AH,
      '2026-02-13',
      '2026-02-24',
    ],
    ['AH-12-2: Friday before make-up Saturday 05-09', AH, '2026-05-08', '2026-05-11'],
    ['AH-12-2: on New Year’s Eve over the 01-01..02 holiday', BB, '2025-12-31', '2026-01-05'],
    ['HA-6: next working day after 2026-09-30 is 10-08', HA, '2026-09-30', '2026-10-08'],
    [
      'HA-6: next working day after Friday 2026-02-13 is make-up Saturday 02-14',
      HA,
      '2026-02-13',
      '2026-02-14',
    ],
    [
      'PZH-1: 攀枝花 sets no time; the system queues 2 working days',
      PZH,
      '2026-09-30',
      '2026-10-09',
    ],
    ['YJ-6: 阳江 sets no time; the system queues 2 working days', YJ, '2026-04-03', '2026-04-08'],
  ])('%s', (_name, policy, submitted, due) => {
    expect(reviewDueDate(policy, submitted)).toBe(due);
  });

  it('AH-12-2: a new filing is due for review two working days after submission', () => {
    const outcome = valueOf(
      decideNewFiling(AH, {
        person: person(AH),
        request: request({ startDate: '2026-09-30' }),
        today: '2026-09-30',
      }),
    );
    expect(outcome).toMatchObject({ status: 'PENDING_REVIEW', reviewDueBy: '2026-10-09' });
  });

  it('AH-12-3: other temporary takes effect on submission in Anhui (a preset choice), no review', () => {
    const outcome = valueOf(
      decideNewFiling(AH, {
        person: person(AH),
        request: request({
          category: 'OTHER_TEMPORARY',
          proof: { kind: 'MATERIALS', provided: [] },
        }),
        today: '2026-03-10',
      }),
    );
    expect(outcome).toMatchObject({ status: 'ACTIVE', reviewDueBy: null });
    expect(outcome.rules).toContain('AH-12-3');
    expect(AH.categories.REFERRAL.instantSelfService.value).toBe(false);
  });

  it('YJ-6: a retro-filing after discharge on a holiday rolls over to the next working day', () => {
    const file = (today: string) =>
      decideNewFiling(YJ, {
        person: person(YJ),
        request: request({
          category: 'EMERGENCY',
          proof: { kind: 'MATERIALS', provided: ['ADMISSION_RECORD'] },
          emergency: { admissionDate: '2026-09-28', discharged: true, dischargeDate: '2026-10-03' },
        }),
        today,
      });
    expect(file('2026-10-08').ok).toBe(true);
    expect(file('2026-10-09').ok).toBe(false);
  });
});
