import { categoryGuide } from '../guide';
import { decideNewFiling } from '../newFiling';
import type { Category } from '../../schemas/enums';
import {
  AH,
  BB,
  HA,
  PZH,
  POLICIES,
  YJ,
  person,
  refusalOf,
  request,
  type PolicyId,
} from './fixtures';

describe('§9 benefits', () => {
  it.each([
    ['BB-4', 'BB', 'RETIRED_RESETTLED', 'SAME_AS_LOCAL', null, null, null],
    ['BB-4', 'BB', 'REFERRAL', 'RATIO_REDUCED', 10, null, 'PERCENTAGE_POINTS'],
    ['BB-4', 'BB', 'EMERGENCY', 'RATIO_REDUCED', 10, null, 'PERCENTAGE_POINTS'],
    ['BB-4', 'BB', 'OTHER_TEMPORARY', 'RATIO_REDUCED', 20, null, 'PERCENTAGE_POINTS'],
    ['YJ-10', 'YJ', 'LONG_TERM_RESIDENT', 'SAME_AS_LOCAL', null, null, null],
    ['YJ-10', 'YJ', 'REFERRAL', 'RATIO_REDUCED', 10, 5, 'PERCENT'],
    ['YJ-10', 'YJ', 'EMERGENCY', 'RATIO_REDUCED', 10, 5, 'PERCENT'],
    ['AH-9', 'AH', 'REFERRAL', 'INSURED_PLACE_POLICY', null, null, null],
  ] as [string, PolicyId, Category, string, number | null, number | null, string | null][])(
    '%s: %s %s benefit is %s',
    (rule, id, category, kind, basic, supplementary, unit) => {
      expect(categoryGuide(POLICIES[id], category).benefit).toMatchObject({
        rule,
        kind,
        basicRatioCut: basic,
        supplementaryRatioCut: supplementary,
        unit,
      });
    },
  );

  it('YJ-10: unregistered care: −15 % / −5 %', () => {
    expect(YJ.unregisteredBenefit).toMatchObject({
      rule: 'YJ-10',
      basicRatioCut: 15,
      supplementaryRatioCut: 5,
    });
    expect(PZH.unregisteredBenefit?.kind).toBe('NOT_COVERED');
  });

  it('BB-4: the filing outcome carries the benefit the user is told before filing', () => {
    const decision = decideNewFiling(BB, {
      person: person(BB),
      request: request({ category: 'OTHER_TEMPORARY', proof: { kind: 'MATERIALS', provided: [] } }),
      today: '2026-03-10',
    });
    expect(decision.ok && decision.value.benefit.text).toBe(
      '比本地同级别医院医保支付比例下降20个百分点。',
    );
  });

  it('BB-1-5: an emergency in 蚌埠 is not filed: EMERGENCY_DEEMED_FILED, benefit as referral', () => {
    const decision = decideNewFiling(BB, {
      person: person(BB),
      request: request({
        category: 'EMERGENCY',
        proof: { kind: 'MATERIALS', provided: [] },
        emergency: { admissionDate: '2026-03-09', discharged: false },
      }),
      today: '2026-03-10',
    });
    expect(refusalOf(decision)).toMatchObject({ code: 'EMERGENCY_DEEMED_FILED', rule: 'BB-1-5' });
    expect(
      refusalOf(
        decideNewFiling(AH, {
          person: person(AH),
          request: request({ category: 'EMERGENCY' }),
          today: '2026-03-10',
        }),
      ),
    ).toMatchObject({
      code: 'EMERGENCY_DEEMED_FILED',
      rule: 'AH-11',
    });
  });

  it.each([
    ['YJ-6', YJ, 'RETRO_FILING_AFTER_DISCHARGE'],
    ['PZH-4-4', PZH, 'PHONE_FILING_REQUIRED'],
  ])('%s: a retro-filing after discharge is refused (%s)', (rule, policy, code) => {
    const file = (discharged: boolean) =>
      decideNewFiling(policy, {
        person: person(policy),
        request: request({
          category: 'EMERGENCY',
          proof: { kind: 'MATERIALS', provided: ['ADMISSION_RECORD'] },
          emergency: { admissionDate: '2026-03-05', discharged, dischargeDate: '2026-03-09' },
        }),
        today: '2026-03-10',
      });
    expect(refusalOf(file(true))).toMatchObject({ code, rule });
    expect(file(false).ok).toBe(true);
  });

  it('HA-8: 淮安 benefits follow 淮安 policy', () => {
    expect(HA.categories.REFERRAL.benefit.kind).toBe('INSURED_PLACE_POLICY');
  });
});
