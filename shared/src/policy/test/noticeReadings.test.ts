// Issue 13: readings of the notices that the policy summary (docs/policy-sources.md) corrected — lock anchors (AH-14-1, HA-9,
// PZH-4-1-2), 攀枝花's channels (PZH-4-4, PZH-4-2-2), the insurance-status end (AH-13-1), PZH-1's
// statutory age, YJ-6's holiday extension. Each row names its clause.
import { decideActions } from '../actions';
import { decideAdmission, decideInsuranceStatusEnd } from '../admissions';
import { decideCancel } from '../cancel';
import { decideChange } from '../change';
import { phoneFilingAdvice } from '../channels';
import { checkEligibility, eligibleCategories } from '../eligibility';
import { validateDestination } from '../destination';
import { decideNewFiling } from '../newFiling';
import { PRESET_INPUTS } from '../presets';
import { sweepFiling } from '../sweep';
import type { FilingState, RegionPolicy } from '../types';
import { citiesOf, lookupDivision } from '../../regions';
import {
  AH,
  HA,
  INSURED_REGION,
  PZH,
  YJ,
  filing,
  person,
  refusalOf,
  request,
  valueOf,
} from './fixtures';

describe('§5/§6 locks count from the day the registration took effect', () => {
  const EFFECTIVE = '2026-03-10';
  const longTerm = (policy: RegionPolicy, overrides: Partial<FilingState> = {}) =>
    filing(policy, {
      filedOn: EFFECTIVE,
      validFrom: EFFECTIVE,
      lockAnchor: EFFECTIVE,
      ...overrides,
    });

  it.each(Object.entries(PRESET_INPUTS))(
    'AH-14-1: preset %s counts locks from the effective date by default',
    (_id, input) => {
      expect(input.changeLock.countsFrom.value).toBe('EFFECTIVE_DATE');
    },
  );

  it('AH-14-1: a relocation change on 2026-05-01 does not restart the 6-month lock (lifts 2026-09-11)', () => {
    const changed = valueOf(
      decideChange(
        AH,
        longTerm(AH),
        { reason: 'RELOCATED', evidenceProvided: true, destinationCode: '320100' },
        '2026-05-01',
      ),
    );
    expect(changed.lockAnchor).toBe(EFFECTIVE);
    const after = longTerm(AH, { destinationCode: '320100', lockAnchor: changed.lockAnchor });
    const ordinary = {
      reason: 'OTHER' as const,
      evidenceProvided: false,
      destinationCode: '330100',
    };
    expect(refusalOf(decideChange(AH, after, ordinary, '2026-09-10')).until).toBe('2026-09-11');
    expect(decideChange(AH, after, ordinary, '2026-09-11').ok).toBe(true);
  });

  it('PZH-4-1-2: a worker’s 1-year lock counts from taking effect, a posting change keeps it', () => {
    const worker = longTerm(PZH, { category: 'STATIONED_WORKER' });
    const moved = valueOf(
      decideChange(
        PZH,
        worker,
        { reason: 'EMPLOYER_CHANGED', evidenceProvided: true, destinationCode: '320100' },
        '2026-06-01',
      ),
    );
    expect(moved.lockAnchor).toBe(EFFECTIVE);
    expect(
      decideActions(PZH, { ...worker, lockAnchor: moved.lockAnchor }, '2027-03-10').change,
    ).toMatchObject({ allowed: false, until: '2027-03-11' });
  });

  it('HA-9: the 3-month cancel lock counts from taking effect (lifts 2026-06-11), not from a change', () => {
    const state = longTerm(HA);
    expect(refusalOf(decideCancel(HA, state, {}, '2026-06-10')).until).toBe('2026-06-11');
    expect(decideCancel(HA, state, {}, '2026-06-11').ok).toBe(true);
  });

  it('AH-14-1: a region may still choose LATEST_EFFECTIVE_DATE (a data change)', () => {
    const latest: RegionPolicy = {
      ...AH,
      changeLock: {
        ...AH.changeLock,
        countsFrom: { ...AH.changeLock.countsFrom, value: 'LATEST_EFFECTIVE_DATE' },
      },
    };
    const changed = valueOf(
      decideChange(
        latest,
        longTerm(latest),
        { reason: 'RELOCATED', evidenceProvided: true, destinationCode: '320100' },
        '2026-05-01',
      ),
    );
    expect(changed.lockAnchor).toBe('2026-05-01');
  });
});

describe('PZH-4-4: care not settled directly is filed by phone (其它备案, 0812-12333)', () => {
  const NEVER = /不能备案|无法备案|不能办理备案|不能补办|不能再补办|不予备案/;

  it('PZH-4-4: a person discharged without direct settlement is told to call 0812-12333', () => {
    const refusal = refusalOf(
      decideNewFiling(PZH, {
        person: person(PZH),
        request: request({
          category: 'EMERGENCY',
          proof: { kind: 'MATERIALS', provided: ['ADMISSION_RECORD'] },
          emergency: { admissionDate: '2026-03-01', discharged: true, dischargeDate: '2026-03-05' },
        }),
        today: '2026-03-10',
      }),
    );
    expect(refusal).toMatchObject({ code: 'PHONE_FILING_REQUIRED', rule: 'PZH-4-4' });
    expect(refusal.message).toContain('0812-12333');
    expect(refusal.message).toContain('其它备案');
    expect(refusal.message).not.toMatch(NEVER);
  });

  it('PZH-4-4: other temporary care (no PZH category) is filed by phone, never refused', () => {
    const result = eligibleCategories(PZH, person(PZH), {}, '2026-03-10');
    const other = result.find((r) => r.category === 'OTHER_TEMPORARY')?.refusal;
    expect(other).toMatchObject({ code: 'PHONE_FILING_REQUIRED', rule: 'PZH-4-4' });
    expect(other?.message).toContain('0812-12333');
    expect(other?.message).not.toMatch(NEVER);
  });

  it('PZH-4-4: no PZH refusal of a new filing says "cannot be filed"', () => {
    const situations = [
      { category: 'OTHER_TEMPORARY' as const },
      {
        category: 'EMERGENCY' as const,
        proof: { kind: 'MATERIALS' as const, provided: ['ADMISSION_RECORD' as const] },
        emergency: { admissionDate: '2026-03-01', discharged: true },
      },
    ];
    for (const overrides of situations) {
      const decision = decideNewFiling(PZH, {
        person: person(PZH),
        request: request(overrides),
        today: '2026-03-10',
      });
      expect(refusalOf(decision).message).not.toMatch(NEVER);
    }
  });

  it('PZH-4-4: the app has the phone advice to show on every PZH filing; other regions have none', () => {
    expect(phoneFilingAdvice(PZH)).toMatchObject({
      phone: '0812-12333',
      name: '其它备案',
      rule: 'PZH-4-4',
      text: expect.stringContaining('没有直接结算'),
    });
    expect(phoneFilingAdvice(AH)).toBeNull();
    expect(phoneFilingAdvice(YJ)).toBeNull();
  });

  it('YJ-6: 阳江 keeps its own refusal (出院结算后不得补办备案)', () => {
    const refusal = refusalOf(
      decideNewFiling(YJ, {
        person: person(YJ),
        request: request({
          category: 'EMERGENCY',
          proof: { kind: 'MATERIALS', provided: ['ADMISSION_RECORD'] },
          emergency: { admissionDate: '2026-03-02', discharged: true, dischargeDate: '2026-03-05' },
        }),
        today: '2026-03-10',
      }),
    );
    expect(refusal).toMatchObject({ code: 'RETRO_FILING_AFTER_DISCHARGE', rule: 'YJ-6' });
  });
});

describe('PZH-4-2-2: an in-province referral is bound to the filed hospital and ends at settlement', () => {
  const referral = (destinationCode: string) =>
    filing(PZH, {
      category: 'REFERRAL',
      class: 'TEMPORARY',
      destinationCode,
      validFrom: '2026-03-01',
      validUntil: '2026-04-01',
      referral: { hospitalName: '四川大学华西医院' },
    });
  const admit = (state: FilingState, hospitalName: string, dischargeDate?: string) =>
    decideAdmission(
      PZH,
      state,
      { hospitalName, admissionDate: '2026-03-05', ...(dischargeDate ? { dischargeDate } : {}) },
      '2026-03-20',
    );

  it('PZH-4-2-2: an admission at another hospital in-province is sent to the phone filing', () => {
    const refusal = refusalOf(admit(referral('510100'), '成都市第一人民医院'));
    expect(refusal).toMatchObject({ code: 'PHONE_FILING_REQUIRED', rule: 'PZH-4-2-2' });
    expect(refusal.message).toContain('四川大学华西医院');
    expect(refusal.message).toContain('0812-12333');
  });

  it('PZH-4-2-2: the settlement (discharge) at the filed hospital ends the registration', () => {
    const state = referral('510100');
    const admitted = { ...state, admissions: valueOf(admit(state, '四川大学华西医院')).admissions };
    expect(valueOf(admit(admitted, '四川大学华西医院', '2026-03-15'))).toMatchObject({
      endsRegistration: true,
      rules: expect.arrayContaining(['PZH-4-2-2']),
    });
  });

  it('PZH-4-2-2: a cross-province referral is not bound to one hospital and does not end at discharge', () => {
    const state = referral('310000');
    const admitted = valueOf(admit(state, '复旦大学附属中山医院'));
    const discharged = valueOf(
      admit({ ...state, admissions: admitted.admissions }, '复旦大学附属中山医院', '2026-03-15'),
    );
    expect(discharged.endsRegistration).toBe(false);
  });
});

describe('AH 第十三条（一）: a long-term registration ends when the insurance status changes', () => {
  it('AH-13-1: staff record the change and the long-term registration is terminated', () => {
    expect(valueOf(decideInsuranceStatusEnd(AH, filing(AH)))).toEqual({
      status: 'TERMINATED',
      rules: ['AH-13-1'],
    });
  });
  it('AH-13-1: a temporary registration is not ended this way', () => {
    const temporary = filing(AH, { category: 'REFERRAL', class: 'TEMPORARY' });
    expect(refusalOf(decideInsuranceStatusEnd(AH, temporary)).code).toBe('NOT_APPLICABLE');
  });
  it('HA-8: 淮安 ends long-term registrations by the proof document, not this way', () => {
    expect(refusalOf(decideInsuranceStatusEnd(HA, filing(HA))).code).toBe('NOT_APPLICABLE');
  });
});

describe('PZH-1: long-term residents at the statutory retirement age', () => {
  const resident = (overrides: Parameters<typeof person>[1]) =>
    checkEligibility(
      PZH,
      person(PZH, overrides),
      'LONG_TERM_RESIDENT',
      { residenceMonths: 36 },
      '2026-03-01',
      'STRICT',
    );
  it.each([
    // [who, birth date, first eligible day] — 2025 reform for employees
    ['a male employee born 1966-05-31', 'EMPLOYEE', 'MALE', '1966-05-31', '2026-10-31'],
    ['a female employee born 1976-03-31', 'EMPLOYEE', 'FEMALE', '1976-03-31', '2026-11-30'],
    [
      'a male resident born 1966-05-31 (document: 60)',
      'RESIDENT',
      'MALE',
      '1966-05-31',
      '2026-05-31',
    ],
    [
      'a female resident born 1976-03-31 (document: 50)',
      'RESIDENT',
      'FEMALE',
      '1976-03-31',
      '2026-03-31',
    ],
  ] as const)('PZH-1: %s may file from %s', (_who, insuranceType, gender, birthDate, from) => {
    expect(resident({ insuranceType, gender, birthDate })).toMatchObject({
      code: 'NOT_ELIGIBLE',
      rule: 'PZH-1',
      until: from,
    });
  });
  it('PZH-1: a male employee born 1964-12 (before the reform’s first cohort) reached 60 in 2024', () => {
    expect(resident({ gender: 'MALE', birthDate: '1964-12-31' })).toBeNull();
  });
  it('PZH-1: a declared retirement satisfies the age', () => {
    expect(
      checkEligibility(
        PZH,
        person(PZH, { birthDate: '1972-01-01' }),
        'LONG_TERM_RESIDENT',
        { residenceMonths: 36, retired: true },
        '2026-03-01',
        'STRICT',
      ),
    ).toBeNull();
  });
});

describe('YJ-6: the retro-filing window is extended by the statutory holidays inside it', () => {
  const retro = (admissionDate: string, dischargeDate: string, today: string) =>
    decideNewFiling(YJ, {
      person: person(YJ),
      request: request({
        category: 'EMERGENCY',
        proof: { kind: 'MATERIALS', provided: ['ADMISSION_RECORD'] },
        emergency: { admissionDate, discharged: true, dischargeDate },
      }),
      today,
    });
  it.each([
    // stay 09-28..10-09 holds 国庆 10-01..10-07 (7 days): discharge + 7 = 10-16
    ['2026-09-28', '2026-10-09', '2026-10-16', true],
    ['2026-09-28', '2026-10-09', '2026-10-19', false],
    // stay 10-05..10-06 holds 2 holidays: 10-08
    ['2026-10-05', '2026-10-06', '2026-10-08', true],
    ['2026-10-05', '2026-10-06', '2026-10-09', false],
    // no holiday inside, discharge on Saturday: the next working day (CC-201)
    ['2026-03-02', '2026-03-07', '2026-03-09', true],
    // no holiday inside, discharged on a working day: 出院结算后不得补办
    ['2026-03-02', '2026-03-06', '2026-03-09', false],
  ])('YJ-6: stay %s..%s, retro-filed on %s → allowed %s', (admitted, discharged, today, ok) => {
    const decision = retro(admitted, discharged, today);
    if (ok) expect(valueOf(decision).validFrom).toBe(admitted);
    else
      expect(refusalOf(decision)).toMatchObject({
        code: 'RETRO_FILING_AFTER_DISCHARGE',
        rule: 'YJ-6',
      });
  });
});

describe('sweep and admissions together', () => {
  it('AH-13-2: an open stay suppresses the expiry reminder too', () => {
    const state = filing(AH, {
      category: 'OTHER_TEMPORARY',
      class: 'TEMPORARY',
      validUntil: '2027-03-01',
      admissions: [{ hospitalName: '上海市第六人民医院', admissionDate: '2027-02-20' }],
    });
    expect(sweepFiling(AH, state, '2027-02-22')).toEqual({ transition: null, reminders: [] });
  });
});

describe('rule ids added by the corrected policy summary (docs/policy-sources.md)', () => {
  it('HA-5: 淮安 第五条 lists the materials per category', () => {
    expect(HA.categories.STATIONED_WORKER.proofOptions).toMatchObject({
      value: [['WORK_PROOF']],
      rule: 'HA-5',
    });
    expect(HA.categories.REFERRAL.proofOptions).toMatchObject({
      value: [['REFERRAL_CERTIFICATE']],
      rule: 'HA-5',
    });
  });
  it('YJ-7: 阳江 第七条: identity document plus the proof, as the office publishes', () => {
    expect(YJ.materials.identity).toMatchObject({ value: ['IDENTITY'], rule: 'YJ-7' });
    expect(YJ.materials.noExtraMaterials.rule).toBe('YJ-7');
  });
  it('HA-10: 淮安 第十条: benefits follow 淮安 policy, the catalogue follows the settlement place', () => {
    expect(HA.categories.REFERRAL.benefit).toMatchObject({
      rule: 'HA-10',
      kind: 'INSURED_PLACE_POLICY',
    });
    expect(HA.directSettlement.rule).toBe('HA-10');
  });
  it('HA-17: 淮安 第十七条: an unregistered emergency is reimbursed (零星报销)', () => {
    expect(HA.unregisteredBenefit).toMatchObject({
      rule: 'HA-17',
      text: expect.stringContaining('零星报销'),
    });
  });
});

describe('§7 destinations the notices allow', () => {
  it.each([
    ['429004', '仙桃市', '湖北省仙桃市'],
    ['429005', '潜江市', '湖北省潜江市'],
    ['429006', '天门市', '湖北省天门市'],
    ['429021', '神农架林区', '湖北省神农架林区'],
    ['419001', '济源市', '河南省济源市'],
    ['659001', '石河子市', '新疆维吾尔自治区石河子市'],
    ['659002', '阿拉尔市', '新疆维吾尔自治区阿拉尔市'],
    ['659003', '图木舒克市', '新疆维吾尔自治区图木舒克市'],
    ['659004', '五家渠市', '新疆维吾尔自治区五家渠市'],
    ['659005', '北屯市', '新疆维吾尔自治区北屯市'],
    ['659006', '铁门关市', '新疆维吾尔自治区铁门关市'],
    ['659007', '双河市', '新疆维吾尔自治区双河市'],
    ['659008', '可克达拉市', '新疆维吾尔自治区可克达拉市'],
    ['659009', '昆玉市', '新疆维吾尔自治区昆玉市'],
    ['659010', '胡杨河市', '新疆维吾尔自治区胡杨河市'],
    ['659011', '新星市', '新疆维吾尔自治区新星市'],
    ['659012', '白杨市', '新疆维吾尔自治区白杨市'],
  ])('AH-15-1: %s %s (省直辖县级行政单位) is filed to as a city', (code, name, fullName) => {
    for (const policy of [AH, HA, PZH, YJ]) {
      expect(valueOf(validateDestination(policy, INSURED_REGION[policy.id] ?? '', code))).toEqual({
        code,
        name,
        level: 'CITY',
        crossProvince: true,
      });
    }
    expect(lookupDivision(code)).toMatchObject({ name, fullName, level: 'CITY' });
    expect(citiesOf(`${code.slice(0, 2)}0000`).map((c) => c.code)).toContain(code);
  });

  it('AH-15-1: the 直辖县级行政区划 placeholder is not a destination', () => {
    expect(refusalOf(validateDestination(AH, '340100', '429000')).code).toBe('DESTINATION_INVALID');
    expect(citiesOf('420000').map((c) => c.name)).not.toContain('省直辖县级行政区划');
  });

  it('AH-15-1: 海南’s directly administered units stay under the province-level rule (file to 海南)', () => {
    const refusal = refusalOf(validateDestination(AH, '340100', '469002'));
    expect(refusal).toMatchObject({ code: 'DESTINATION_INVALID', rule: 'AH-15-1' });
    expect(refusal.message).toContain('海南省');
    expect(citiesOf('460000').some((c) => c.code === '469002')).toBe(true);
  });

  it.each([
    ['HA-6', HA, '320000', true],
    ['HA-6', HA, '330000', true],
    ['AH-15-1', AH, '330000', false],
    ['PZH-1', PZH, '330000', false],
    ['YJ-5', YJ, '330000', false],
  ] as [string, RegionPolicy, string, boolean][])(
    '%s: a whole province %s as the destination → accepted %s',
    (rule, policy, code, ok) => {
      const decision = validateDestination(policy, INSURED_REGION[policy.id] ?? '', code);
      if (ok) expect(valueOf(decision)).toMatchObject({ code, level: 'PROVINCE' });
      else expect(refusalOf(decision)).toMatchObject({ code: 'DESTINATION_INVALID' });
      expect(policy.destination.wholeProvinceAccepted.rule).toBe(rule);
    },
  );
});

describe('HA-9 and recorded stays', () => {
  it('HA-9: a stay recorded on the filing lifts the 3-month cancel lock (住院除外)', () => {
    const state = filing(HA, {
      filedOn: '2026-03-10',
      validFrom: '2026-03-10',
      lockAnchor: '2026-03-10',
      admissions: [{ hospitalName: '上海市第六人民医院', admissionDate: '2026-04-01' }],
    });
    expect(decideCancel(HA, state, {}, '2026-04-02').ok).toBe(true);
    expect(decideCancel(HA, { ...state, admissions: [] }, {}, '2026-04-02').ok).toBe(false);
  });
});
