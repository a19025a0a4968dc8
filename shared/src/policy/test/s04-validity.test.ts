import { decideAdmission } from '../admissions';
import { decideExtensionDecision, decideExtensionRequest } from '../extend';
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

  describe('PZH-4-2-2 referral extension: a request with its reason, decided on approval', () => {
    const referral = filing(PZH, {
      category: 'REFERRAL',
      class: 'TEMPORARY',
      validFrom: '2026-01-31',
      validUntil: '2026-02-28',
    });
    const requested = (state = referral, on = '2026-02-20') =>
      valueOf(decideExtensionRequest(PZH, state, '医院床位紧张，未能按期入院', on));

    it('PZH-4-2-2: asking records a pending request and does not extend at once', () => {
      expect(requested()).toEqual({
        kind: 'REQUESTED',
        request: { reason: '医院床位紧张，未能按期入院', requestedOn: '2026-02-20' },
        rules: ['PZH-4-2-2', 'CC-201'],
      });
    });
    it('PZH-4-2-2: a request needs its reason', () => {
      expect(refusalOf(decideExtensionRequest(PZH, referral, '  ', '2026-02-20'))).toMatchObject({
        code: 'VALIDATION_FAILED',
        rule: 'PZH-4-2-2',
        fields: { reason: expect.stringContaining('特殊原因') },
      });
    });
    it('PZH-4-2-2: a second request waits for the first decision', () => {
      const pending = { ...referral, extensionRequest: { reason: 'x', requestedOn: '2026-02-20' } };
      expect(refusalOf(decideExtensionRequest(PZH, pending, 'y', '2026-02-21'))).toMatchObject({
        code: 'EXTENSION_PENDING',
        rule: 'PZH-4-2-2',
      });
    });
    it('PZH-4-2-2: the reviewer’s approval extends by one month from the current end (2026-02-28 → 03-28)', () => {
      const pending = { ...referral, extensionRequest: requestOf(requested()) };
      expect(valueOf(decideExtensionDecision(PZH, pending, true))).toMatchObject({
        approved: true,
        validUntil: '2026-03-28',
        extensionsUsed: 1,
      });
      const again = { ...pending, validUntil: '2026-03-28', extensionsUsed: 1 };
      expect(valueOf(decideExtensionDecision(PZH, again, true))).toMatchObject({
        validUntil: '2026-04-28',
        extensionsUsed: 2,
      });
    });
    it('PZH-4-2-2: a refusal leaves the end date as it was', () => {
      const pending = { ...referral, extensionRequest: requestOf(requested()) };
      expect(valueOf(decideExtensionDecision(PZH, pending, false))).toMatchObject({
        approved: false,
        validUntil: '2026-02-28',
        extensionsUsed: 0,
      });
      expect(refusalOf(decideExtensionDecision(PZH, referral, true)).code).toBe(
        'NO_PENDING_EXTENSION',
      );
    });
    it('PZH-4-2-2: a pending request keeps the referral from expiring until it is decided', () => {
      const pending = { ...referral, extensionRequest: requestOf(requested()) };
      expect(sweepFiling(PZH, pending, '2026-03-05').transition).toBeNull();
      expect(sweepFiling(PZH, referral, '2026-03-01').transition?.status).toBe('EXPIRED');
    });
    it('PZH-4-2-2: only when admission could not happen ("未能办理入院的")', () => {
      const admitted = {
        ...referral,
        admissions: [{ hospitalName: '四川大学华西医院', admissionDate: '2026-02-10' }],
      };
      expect(refusalOf(decideExtensionRequest(PZH, admitted, 'x', '2026-02-20'))).toMatchObject({
        code: 'NOT_APPLICABLE',
        rule: 'PZH-4-2-2',
      });
    });
    it('PZH-4-2-2: an ended referral cannot be extended', () => {
      expect(refusalOf(decideExtensionRequest(PZH, referral, 'x', '2026-03-01'))).toMatchObject({
        code: 'FILING_NOT_ACTIVE',
        rule: 'PZH-4-2-2',
      });
    });
    it('AH-13-2: Anhui referrals are not extended but filed again', () => {
      const ahReferral = { ...referral, validUntil: '2027-01-31' };
      expect(refusalOf(decideExtensionRequest(AH, ahReferral, 'x', '2026-03-01'))).toMatchObject({
        code: 'NOT_APPLICABLE',
        rule: 'AH-13-2',
      });
    });
  });

  describe('HA-8 / YJ-9: where validity counts from', () => {
    it.each([
      // [rule, policy, applied on, start date, last valid day]
      ['HA-8', HA, '2026-03-01', '2026-03-01', '2027-03-01'],
      ['HA-8', HA, '2026-03-01', '2026-06-15', '2027-03-01'],
      ['AH-13-2', AH, '2026-03-01', '2026-06-15', '2027-06-15'],
      ['PZH-4-2-2', PZH, '2026-03-01', '2026-03-20', '2026-04-20'],
    ] as [string, RegionPolicy, string, string, string][])(
      '%s: a referral applied for on %s starting %s is valid until %s',
      (rule, policy, appliedOn, startDate, until) => {
        const outcome = valueOf(
          decideNewFiling(policy, {
            person: person(policy),
            request: request({
              category: 'REFERRAL',
              startDate,
              proof: PROOF.REFERRAL,
              proofEndDate: undefined,
            }),
            today: appliedOn,
          }),
        );
        expect(outcome).toMatchObject({ validFrom: startDate, validUntil: until });
        expect(outcome.rules).toContain(rule);
      },
    );

    it('HA-8: a referral cannot start after its 12 months from the application day have run', () => {
      const refusal = refusalOf(
        decideNewFiling(HA, {
          person: person(HA),
          request: request({
            category: 'REFERRAL',
            startDate: '2027-03-02',
            proof: PROOF.REFERRAL,
          }),
          today: '2026-03-01',
        }),
      );
      expect(refusal).toMatchObject({ code: 'VALIDATION_FAILED', rule: 'HA-8' });
    });

    it.each([
      // YJ-9 "从备案成功的当日开始计算": the approval day, even when a later start was asked
      ['YJ-9', YJ, '2026-03-10', '2026-03-03', '2026-03-03', '2026-05-31'],
      ['YJ-9', YJ, '2026-03-01', '2026-03-03', '2026-03-03', '2026-05-31'],
      ['AH-13-2', AH, '2026-03-10', '2026-03-03', '2026-03-10', '2027-03-10'],
    ] as [string, RegionPolicy, string, string, string, string][])(
      '%s: requested start %s, approved %s → valid %s to %s',
      (_rule, policy, requestedStart, approvedOn, validFrom, validUntil) => {
        const state = filing(policy, {
          category: 'REFERRAL',
          class: 'TEMPORARY',
          status: 'PENDING_REVIEW',
          validFrom: requestedStart,
          validUntil: policy === YJ ? '2026-06-07' : '2027-03-10',
        });
        expect(decideReviewApproval(policy, state, approvedOn)).toMatchObject({
          validFrom,
          validUntil,
        });
      },
    );
  });

  describe('AH-13-2 / YJ-9: an admission inside the validity is covered until discharge', () => {
    const temporary = (policy: RegionPolicy) =>
      filing(policy, {
        category: 'OTHER_TEMPORARY',
        class: 'TEMPORARY',
        validFrom: '2026-03-01',
        validUntil: '2027-03-01',
      });
    const admit = (
      policy: RegionPolicy,
      state = temporary(policy),
      input = {},
      today = '2027-02-20',
    ) =>
      decideAdmission(
        policy,
        state,
        { hospitalName: '上海市第六人民医院', admissionDate: '2027-02-20', ...input },
        today,
      );

    it('AH-13-2: an admission on 2027-02-20 keeps a registration ending 2027-03-01 usable to discharge', () => {
      const admitted = { ...temporary(AH), admissions: valueOf(admit(AH)).admissions };
      expect(sweepFiling(AH, admitted, '2027-03-02').transition).toBeNull();
      expect(sweepFiling(AH, admitted, '2027-04-30').transition).toBeNull();
      const discharged = valueOf(
        admit(AH, admitted, { dischargeDate: '2027-03-15' }, '2027-03-15'),
      );
      expect(discharged.admissions).toEqual([
        {
          hospitalName: '上海市第六人民医院',
          admissionDate: '2027-02-20',
          dischargeDate: '2027-03-15',
        },
      ]);
      const after = { ...admitted, admissions: discharged.admissions };
      expect(sweepFiling(AH, after, '2027-03-15').transition).toBeNull();
      expect(sweepFiling(AH, after, '2027-03-16').transition).toEqual({
        status: 'EXPIRED',
        rule: 'AH-13-2',
      });
    });

    it('YJ-9: a long-term registration by its proof end date is also covered to discharge', () => {
      const state = filing(YJ, { validUntil: '2027-03-01' });
      const admitted = { ...state, admissions: valueOf(admit(YJ, state)).admissions };
      expect(sweepFiling(YJ, admitted, '2027-03-10').transition).toBeNull();
    });

    it('AH-13-1: AH covers temporary registrations (long-term ones have no end)', () => {
      expect(AH.admissions.coveredToDischarge.value).toEqual(['TEMPORARY']);
    });

    it.each([
      ['an admission before the validity', { admissionDate: '2026-02-01' }, '2027-02-20'],
      ['an admission after the validity', { admissionDate: '2027-03-02' }, '2027-03-05'],
      ['an admission in the future', { admissionDate: '2027-02-21' }, '2027-02-20'],
      ['a discharge before the admission', { dischargeDate: '2027-02-19' }, '2027-02-20'],
      ['no hospital name', { hospitalName: ' ' }, '2027-02-20'],
    ])('AH-13-2: %s is refused (ADMISSION_INVALID)', (_name, input, today) => {
      expect(refusalOf(admit(AH, temporary(AH), input, today)).code).toBe('ADMISSION_INVALID');
    });

    it('AH-13-2: a second admission waits for the open one’s discharge', () => {
      const admitted = { ...temporary(AH), admissions: valueOf(admit(AH)).admissions };
      expect(
        refusalOf(admit(AH, admitted, { admissionDate: '2027-02-25' }, '2027-02-25')).code,
      ).toBe('ADMISSION_INVALID');
    });

    it('YJ-9: an emergency filing ends with its discharge (当次入院有效)', () => {
      const emergency = filing(YJ, {
        category: 'EMERGENCY',
        class: 'TEMPORARY',
        validFrom: '2026-02-26',
        emergency: { admissionDate: '2026-02-26', discharged: false },
        admissions: [{ hospitalName: '广州市第一人民医院', admissionDate: '2026-02-26' }],
      });
      const outcome = valueOf(
        decideAdmission(
          YJ,
          emergency,
          {
            hospitalName: '广州市第一人民医院',
            admissionDate: '2026-02-26',
            dischargeDate: '2026-03-03',
          },
          '2026-03-03',
        ),
      );
      expect(outcome).toMatchObject({ endsRegistration: true, rules: ['YJ-9'] });
    });
  });

  describe('AH-22 / HA-11: a filing made during an admission covers the stay from admission', () => {
    const duringStay = (policy: RegionPolicy, startDate = '2026-02-25') =>
      decideNewFiling(policy, {
        person: person(policy),
        request: request({
          category: 'REFERRAL',
          startDate,
          proof: PROOF.REFERRAL,
          admission: { admissionDate: '2026-02-25', hospitalName: '南京鼓楼医院' },
        }),
        today: TODAY,
      });
    it.each([
      ['AH-22', AH, '2027-02-25'],
      ['HA-11', HA, '2027-03-01'],
    ] as [string, RegionPolicy, string][])(
      '%s: filed 2026-03-01 during a stay from 2026-02-25, valid from the admission day to %s',
      (rule, policy, until) => {
        const outcome = valueOf(duringStay(policy));
        expect(outcome).toMatchObject({
          validFrom: '2026-02-25',
          validUntil: until,
          admissions: [{ admissionDate: '2026-02-25', hospitalName: '南京鼓楼医院' }],
        });
        expect(outcome.rules).toContain(rule);
      },
    );
    it('HA-11: other past start dates are still refused (HA-8)', () => {
      expect(refusalOf(duringStay(HA, '2026-02-27'))).toMatchObject({
        code: 'START_DATE_IN_PAST',
        rule: 'HA-8',
      });
    });
    it('YJ-6: 阳江 has no filing during a stay (only the emergency retro-filing)', () => {
      expect(refusalOf(duringStay(YJ)).code).toBe('START_DATE_IN_PAST');
    });
  });
});

function requestOf(outcome: { kind: string; request?: { reason: string; requestedOn: string } }) {
  if (!outcome.request) throw new Error('expected a pending request');
  return outcome.request;
}
