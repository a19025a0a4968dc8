import { commitmentDueDate } from '../commitment';
import { decideChange } from '../change';
import { lockLiftsOn } from '../locks';
import { validUntilFor } from '../validity';
import { AH, BB, HA, PZH, filing, refusalOf, valueOf } from './fixtures';

describe('§0 counting periods (CC-201)', () => {
  it.each([
    ['AH 3 months from 2026-08-31', AH, '2026-08-31', '2026-11-30'],
    ['BB 1 month from 2026-03-31', BB, '2026-03-31', '2026-04-30'],
    [
      'BB 1 month from 2026-01-31 (a Saturday that is a make-up workday)',
      BB,
      '2026-01-31',
      '2026-02-28',
    ],
    [
      'AH 3 months from 2026-07-01 ends in National Day, moves to 10-08',
      AH,
      '2026-07-01',
      '2026-10-08',
    ],
    ['HA 6 months from 2026-04-05 ends on 10-05, moves to 10-08', HA, '2026-04-05', '2026-10-08'],
  ])('CC-201: commitment due date, %s', (_name, policy, signedOn, due) => {
    expect(commitmentDueDate(policy, signedOn)).toBe(due);
  });

  it.each([
    ['2026-08-31', 6, '2027-03-01'],
    ['2026-11-21', 6, '2027-05-22'],
    ['2028-02-29', 12, '2029-03-01'],
    ['2026-01-31', 1, '2026-03-01'],
  ])(
    'CC-201: a %s lock of %i months lifts on %s (anchor day not counted)',
    (anchor, months, lifts) => {
      expect(lockLiftsOn(anchor, months)).toBe(lifts);
    },
  );

  it('CC-201: filed 2026-08-31, the 6-month change lock holds on 2027-02-28 and lifts 2027-03-01', () => {
    const state = filing(AH, {
      filedOn: '2026-08-31',
      validFrom: '2026-08-31',
      lockAnchor: '2026-08-31',
    });
    const change = { reason: 'OTHER' as const, evidenceProvided: false, destinationCode: '320100' };
    expect(refusalOf(decideChange(AH, state, change, '2027-02-28')).until).toBe('2027-03-01');
    expect(valueOf(decideChange(AH, state, change, '2027-03-01')).lockAnchor).toBe('2026-08-31');
  });

  it.each([
    ['PZH referral 1 month from 2026-01-31', PZH, '2026-01-31', '2026-02-28'],
    ['AH referral 12 months from 2028-02-29', AH, '2028-02-29', '2029-02-28'],
  ])('CC-201: validity %s ends on the month end, not overflowing', (_n, policy, from, until) => {
    expect(validUntilFor(policy.categories.REFERRAL.validity.value, from)).toBe(until);
  });

  it('CC-201: a validity end on a holiday does not roll over (coverage window, not a deadline)', () => {
    // 2025-10-01 + 12 months = 2026-10-01, National Day.
    expect(validUntilFor(AH.categories.REFERRAL.validity.value, '2025-10-01')).toBe('2026-10-01');
  });
});
