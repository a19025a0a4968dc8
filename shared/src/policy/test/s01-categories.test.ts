import { CATEGORIES } from '../../schemas/enums';
import { checkEligibility, eligibleCategories } from '../eligibility';
import { decideNewFiling } from '../newFiling';
import type { EligibilityFacts, PersonFacts, RegionPolicy } from '../types';
import { AH, BB, HA, PZH, YJ, person, refusalOf, request } from './fixtures';

const TODAY = '2026-03-01';

describe('§1 who may file: two classes, six categories', () => {
  it('AH-10: Anhui offers every category; emergency is deemed filed rather than filed', () => {
    const result = eligibleCategories(AH, person(AH), {}, TODAY);
    expect(result.filter((r) => r.eligible).map((r) => r.category)).toEqual(
      CATEGORIES.filter((c) => c !== 'EMERGENCY'),
    );
    expect(result.find((r) => r.category === 'EMERGENCY')?.refusal?.code).toBe(
      'EMERGENCY_DEEMED_FILED',
    );
  });

  it('AH-10: the first three categories are long-term, the rest temporary', () => {
    expect(CATEGORIES.map((c) => AH.categories[c].class)).toEqual([
      'LONG_TERM',
      'LONG_TERM',
      'LONG_TERM',
      'TEMPORARY',
      'TEMPORARY',
      'TEMPORARY',
    ]);
  });

  type Row = [
    string,
    RegionPolicy,
    (typeof CATEGORIES)[number],
    Partial<PersonFacts>,
    EligibilityFacts,
    null | { code: string; rule: string; until?: string; fields?: Record<string, unknown> },
  ];
  const rows: Row[] = [
    [
      'HA-4: retiree whose 户籍 has not moved is refused',
      HA,
      'RETIRED_RESETTLED',
      {},
      { retired: true, hukouMoved: false },
      { code: 'NOT_ELIGIBLE', rule: 'HA-4' },
    ],
    [
      'HA-4: retiree whose 户籍 moved may file',
      HA,
      'RETIRED_RESETTLED',
      {},
      { retired: true, hukouMoved: true },
      null,
    ],
    [
      'HA-4: HA has no other-temporary category',
      HA,
      'OTHER_TEMPORARY',
      {},
      {},
      { code: 'NOT_ELIGIBLE', rule: 'HA-4' },
    ],
    [
      'HA-4: HA has no emergency category',
      HA,
      'EMERGENCY',
      {},
      {},
      { code: 'NOT_ELIGIBLE', rule: 'HA-4' },
    ],
    [
      'PZH-1: resident-insured woman below 50 refused until her 50th birthday',
      PZH,
      'LONG_TERM_RESIDENT',
      { insuranceType: 'RESIDENT', gender: 'FEMALE', birthDate: '1976-06-15' },
      { residenceMonths: 30 },
      { code: 'NOT_ELIGIBLE', rule: 'PZH-1', until: '2026-06-15' },
    ],
    [
      'PZH-1: resident-insured man below 60 refused until his 60th birthday',
      PZH,
      'LONG_TERM_RESIDENT',
      { insuranceType: 'RESIDENT', gender: 'MALE', birthDate: '1970-02-28' },
      { residenceMonths: 30 },
      { code: 'NOT_ELIGIBLE', rule: 'PZH-1', until: '2030-02-28' },
    ],
    [
      'PZH-1: woman of 50 with 2 years in one place may file',
      PZH,
      'LONG_TERM_RESIDENT',
      { insuranceType: 'RESIDENT', gender: 'FEMALE', birthDate: '1976-03-01' },
      { residenceMonths: 24 },
      null,
    ],
    [
      'PZH-1: 23 months in one place is not 2 years',
      PZH,
      'LONG_TERM_RESIDENT',
      { birthDate: '1950-01-01' },
      { residenceMonths: 23 },
      { code: 'NOT_ELIGIBLE', rule: 'PZH-1' },
    ],
    [
      'PZH-1: a retired employee below 60 counts as at retirement age',
      PZH,
      'LONG_TERM_RESIDENT',
      { birthDate: '1970-01-01' },
      { retired: true, residenceMonths: 24 },
      null,
    ],
    [
      'PZH-1: workers need 12 months',
      PZH,
      'STATIONED_WORKER',
      {},
      { workMonths: 11 },
      { code: 'NOT_ELIGIBLE', rule: 'PZH-1' },
    ],
    [
      'PZH-1: workers with 12 months may file',
      PZH,
      'STATIONED_WORKER',
      {},
      { workMonths: 12 },
      null,
    ],
    [
      'PZH-1: stationed workers must be employee-insured',
      PZH,
      'STATIONED_WORKER',
      { insuranceType: 'RESIDENT' },
      { workMonths: 24 },
      { code: 'NOT_ELIGIBLE', rule: 'PZH-1' },
    ],
    [
      'PZH-4-4: PZH files other temporary care by phone (0812-12333), never refuses it',
      PZH,
      'OTHER_TEMPORARY',
      {},
      {},
      { code: 'PHONE_FILING_REQUIRED', rule: 'PZH-4-4' },
    ],
    [
      'YJ-5: residents need 6 months',
      YJ,
      'LONG_TERM_RESIDENT',
      {},
      { residenceMonths: 5 },
      { code: 'NOT_ELIGIBLE', rule: 'YJ-5' },
    ],
    [
      'YJ-5: residents with 6 months may file',
      YJ,
      'LONG_TERM_RESIDENT',
      {},
      { residenceMonths: 6 },
      null,
    ],
    [
      'YJ-5: workers need 6 months',
      YJ,
      'STATIONED_WORKER',
      {},
      { workMonths: 3 },
      { code: 'NOT_ELIGIBLE', rule: 'YJ-5' },
    ],
    [
      'YJ-5: students at home in a vacation count as workers with no minimum',
      YJ,
      'STATIONED_WORKER',
      {},
      { workMonths: 0, student: true, studentSituation: 'HOME_DURING_VACATION' },
      null,
    ],
    [
      'YJ-5: students on sick leave at home count as workers with no minimum',
      YJ,
      'STATIONED_WORKER',
      {},
      { workMonths: 0, student: true, studentSituation: 'HOME_ON_SICK_LEAVE' },
      null,
    ],
    [
      'YJ-5: students at a branch campus count as workers with no minimum',
      YJ,
      'STATIONED_WORKER',
      {},
      { workMonths: 0, student: true, studentSituation: 'BRANCH_CAMPUS' },
      null,
    ],
    [
      'YJ-5: a student elsewhere (e.g. at the main campus) needs the 6 months',
      YJ,
      'STATIONED_WORKER',
      {},
      { workMonths: 0, student: true, studentSituation: 'OTHER' },
      { code: 'NOT_ELIGIBLE', rule: 'YJ-5' },
    ],
    [
      'YJ-5: a student must say where they are (STRICT)',
      YJ,
      'STATIONED_WORKER',
      {},
      { workMonths: 0, student: true },
      { code: 'NOT_ELIGIBLE', rule: 'YJ-5', fields: { studentSituation: expect.any(String) } },
    ],
    [
      'YJ-5: retirees need their 户籍 moved',
      YJ,
      'RETIRED_RESETTLED',
      {},
      { retired: true, hukouMoved: false },
      { code: 'NOT_ELIGIBLE', rule: 'YJ-5' },
    ],
    [
      'AH-10: only retired people are 异地安置退休人员',
      AH,
      'RETIRED_RESETTLED',
      {},
      { retired: false },
      { code: 'NOT_ELIGIBLE', rule: 'AH-10' },
    ],
    [
      'AH-10: Anhui sets no residence minimum',
      AH,
      'LONG_TERM_RESIDENT',
      {},
      { residenceMonths: 1 },
      null,
    ],
    [
      'BB-1-5: emergency in 蚌埠 is deemed filed',
      BB,
      'EMERGENCY',
      {},
      {},
      { code: 'EMERGENCY_DEEMED_FILED', rule: 'BB-1-5' },
    ],
  ];
  it.each(rows)('%s', (_name, policy, category, personOverrides, facts, expected) => {
    const result = checkEligibility(
      policy,
      person(policy, personOverrides),
      category,
      facts,
      TODAY,
      'STRICT',
    );
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatchObject(expected);
  });

  it('PZH-1: a filing with the residence duration unknown is refused, naming the missing fact', () => {
    const decision = decideNewFiling(PZH, {
      person: person(PZH, { birthDate: '1950-01-01' }),
      request: request({ facts: { retired: true } }),
      today: TODAY,
    });
    expect(refusalOf(decision)).toMatchObject({ code: 'NOT_ELIGIBLE', rule: 'PZH-1' });
    expect(refusalOf(decision).fields).toHaveProperty('residenceMonths');
  });

  it('PZH-1: the wizard (lenient) does not refuse on facts not yet asked', () => {
    const result = eligibleCategories(PZH, person(PZH, { birthDate: '1950-01-01' }), {}, TODAY);
    expect(result.find((r) => r.category === 'LONG_TERM_RESIDENT')?.eligible).toBe(true);
    expect(result.find((r) => r.category === 'OTHER_TEMPORARY')?.eligible).toBe(false);
  });
});
