import { decideExtend } from '../extend';
import { decideNewFiling } from '../newFiling';
import { decideReviewApproval } from '../review';
import { sweepFiling } from '../sweep';
import type { Category } from '../../schemas/enums';
import type { FilingRequest, RegionPolicy } from '../types';
import {
  AH,
  BB,
  HA,
  PZH,
  POLICIES,
  YJ,
  filing,
  type PolicyId,
  person,
  refusalOf,
  request,
  valueOf,
} from './fixtures';

const TODAY = '2026-03-01';
const PROOF: Record<string, FilingRequest['proof']> = {
  RETIRED_RESETTLED: { kind: 'MATERIALS', provided: ['HOUSEHOLD_REGISTER', 'RESIDENCE_PERMIT'] },
  LONG_TERM_RESIDENT: { kind: 'MATERIALS', provided: ['RESIDENCE_PERMIT'] },
  STATIONED_WORKER: { kind: 'MATERIALS', provided: ['WORK_PROOF'] },
  REFERRAL: { kind: 'MATERIALS', provided: ['REFERRAL_CERTIFICATE'] },
  OTHER_TEMPORARY: { kind: 'MATERIALS', provided: [] },
};

function fileFrom(policy: RegionPolicy, category: Category, extra: Partial<FilingRequest> = {}) {
  return decideNewFiling(policy, {
    person: person(policy),
    request: request({
      category,
      startDate: TODAY,
      proof: PROOF[category],
      proofEndDate: '2027-08-31',
      ...extra,
    }),
    today: TODAY,
  });
}

describe('§4 validity', () => {
  it.each([
    ['AH-13-1', 'AH', 'RETIRED_RESETTLED', null],
    ['AH-13-1', 'AH', 'STATIONED_WORKER', null],
    ['AH-13-2', 'AH', 'REFERRAL', '2027-03-01'],
    ['AH-13-2', 'AH', 'OTHER_TEMPORARY', '2027-03-01'],
    ['AH-13-1', 'BB', 'LONG_TERM_RESIDENT', null],
    ['AH-13-2', 'BB', 'OTHER_TEMPORARY', '2027-03-01'],
    ['HA-8', 'HA', 'LONG_TERM_RESIDENT', '2027-08-31'],
    ['HA-8', 'HA', 'STATIONED_WORKER', '2027-08-31'],
    ['HA-8', 'HA', 'REFERRAL', '2027-03-01'],
    ['PZH-4-1-2', 'PZH', 'RETIRED_RESETTLED', null],
    ['PZH-4-2-2', 'PZH', 'REFERRAL', '2026-04-01'],
    ['YJ-9', 'YJ', 'RETIRED_RESETTLED', null],
    ['YJ-9', 'YJ', 'LONG_TERM_RESIDENT', '2027-08-31'],
    ['YJ-9', 'YJ', 'REFERRAL', '2026-05-29'],
  ] as [string, PolicyId, Category, string | null][])(
    '%s: %s %s from 2026-03-01 is valid until %s',
    (rule, policyId, category, until) => {
      const outcome = valueOf(fileFrom(POLICIES[policyId], category));
      expect(outcome.validFrom).toBe(TODAY);
      expect(outcome.validUntil).toBe(until);
      expect(outcome.rules).toContain(rule);
    },
  );

  it.each(['MALIGNANT_TUMOR', 'POST_TRANSPLANT', 'HEMIPLEGIA'] as const)(
    'YJ-9: a referral for %s is indefinite in 阳江',
    (condition) => {
      expect(valueOf(fileFrom(YJ, 'REFERRAL', { referral: { condition } })).validUntil).toBeNull();
      expect(valueOf(fileFrom(AH, 'REFERRAL', { referral: { condition } })).validUntil).toBe(
        '2027-03-01',
      );
    },
  );

  it('HA-8: the start date may not be before the application day', () => {
    const refusal = refusalOf(fileFrom(HA, 'REFERRAL', { startDate: '2026-02-28' }));
    expect(refusal).toMatchObject({ code: 'START_DATE_IN_PAST', rule: 'HA-8' });
    expect(refusal.message).toContain('2026年3月1日');
  });

  it('YJ-9: validity starts on the day of approval, and a 90-day referral counts that day', () => {
    const state = filing(YJ, {
      category: 'REFERRAL',
      class: 'TEMPORARY',
      status: 'PENDING_REVIEW',
      validFrom: '2026-03-01',
      validUntil: '2026-05-29',
    });
    expect(decideReviewApproval(YJ, state, '2026-03-03')).toEqual({
      validFrom: '2026-03-03',
      validUntil: '2026-05-31',
      lockAnchor: '2026-03-03',
    });
    expect(decideReviewApproval(AH, { ...state, validUntil: '2027-03-01' }, '2026-03-03')).toEqual({
      validFrom: '2026-03-01',
      validUntil: '2027-03-01',
      lockAnchor: '2026-03-03',
    });
  });

  it('YJ-9: an emergency retro-filing starts on the admission date, valid for this admission', () => {
    const outcome = valueOf(
      fileFrom(YJ, 'EMERGENCY', {
        proof: { kind: 'MATERIALS', provided: ['ADMISSION_RECORD'] },
        emergency: { admissionDate: '2026-02-26', discharged: false },
      }),
    );
    expect(outcome).toMatchObject({
      validFrom: '2026-02-26',
      validUntil: null,
      status: 'PENDING_REVIEW',
    });
    expect(outcome.benefit).toMatchObject({ basicRatioCut: 10, supplementaryRatioCut: 5 });
  });

  it('PZH-4-3-2: an emergency filing ends with discharge (sweep expires it)', () => {
    const state = filing(PZH, {
      category: 'EMERGENCY',
      class: 'TEMPORARY',
      emergency: { admissionDate: '2026-02-26', discharged: true },
    });
    expect(sweepFiling(PZH, state, TODAY).transition).toEqual({
      status: 'EXPIRED',
      rule: 'PZH-4-3-2',
    });
  });

  it('AH-13-2: a temporary registration expires the day after its last valid day', () => {
    const state = filing(AH, {
      category: 'OTHER_TEMPORARY',
      class: 'TEMPORARY',
      validUntil: '2027-03-01',
    });
    expect(sweepFiling(AH, state, '2027-03-01').transition).toBeNull();
    expect(sweepFiling(AH, state, '2027-03-02').transition).toEqual({
      status: 'EXPIRED',
      rule: 'AH-13-2',
    });
    expect(sweepFiling(AH, state, '2027-02-22').reminders).toEqual([
      { kind: 'EXPIRY', daysBefore: 7, dueDate: '2027-03-01' },
    ]);
  });

  it('HA-8: long-term is usable at the destination only, referral at both places; BB-1-3: both when complete', () => {
    expect(HA.usableAt.LONG_TERM.value).toBe('DESTINATION_ONLY');
    expect(HA.usableAt.TEMPORARY.value).toBe('BOTH');
    expect(BB.usableAt.LONG_TERM).toMatchObject({ value: 'BOTH_WHEN_COMPLETE', rule: 'BB-1-3' });
  });

  describe('PZH-4-2-2 referral extension', () => {
    const referral = filing(PZH, {
      category: 'REFERRAL',
      class: 'TEMPORARY',
      validFrom: '2026-01-31',
      validUntil: '2026-02-28',
    });
    it('PZH-4-2-2: a referral ending 2026-02-28 extends by one month to 2026-03-28', () => {
      expect(valueOf(decideExtend(PZH, referral, '2026-02-20'))).toMatchObject({
        validUntil: '2026-03-28',
        extensionsUsed: 1,
      });
    });
    it('PZH-4-2-2: an extension builds on the previous one', () => {
      const extended = { ...referral, validUntil: '2026-03-28', extensionsUsed: 1 };
      expect(valueOf(decideExtend(PZH, extended, '2026-03-28'))).toMatchObject({
        validUntil: '2026-04-28',
        extensionsUsed: 2,
      });
    });
    it('PZH-4-2-2: an ended referral cannot be extended', () => {
      expect(refusalOf(decideExtend(PZH, referral, '2026-03-01'))).toMatchObject({
        code: 'FILING_NOT_ACTIVE',
        rule: 'PZH-4-2-2',
      });
    });
    it('AH-13-2: Anhui referrals are not extended but filed again', () => {
      const ahReferral = { ...referral, validUntil: '2027-01-31' };
      expect(refusalOf(decideExtend(AH, ahReferral, '2026-03-01'))).toMatchObject({
        code: 'NOT_APPLICABLE',
        rule: 'AH-13-2',
      });
    });
  });
});
