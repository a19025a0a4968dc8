// HA: 《淮安市异地就医经办程序细则》 (淮医保发〔2020〕34号, seeds/002). Four categories, a 6-month
// commitment reported to the credit system, validity by the proof document, no cancellation of
// a long-term registration within 3 months, next-working-day review.
import type { RegionPolicyInput } from '../types';
import { ALL_CLAIM_KINDS, HA18_DOCUMENTS } from '../claims/presetDocuments';
import {
  CIVIL_CODE_PERIODS,
  type ExtensionTerms,
  HA_DOC,
  NO_LIMITS,
  PROVINCE_LEVEL_CODES,
  ruled,
} from './sources';

const at = (article: string) => `${HA_DOC}${article}`;
const ANY_INSURED = ['EMPLOYEE', 'RESIDENT'] as ('EMPLOYEE' | 'RESIDENT')[];

const HUAIAN_BENEFIT = {
  kind: 'INSURED_PLACE_POLICY' as const,
  basicRatioCut: null,
  supplementaryRatioCut: null,
  unit: null,
  text: '医疗保险待遇执行淮安市政策；省内执行江苏省统一目录，跨省住院执行就医地目录。',
  rule: 'HA-10' as const,
  clause: at('第十条'),
};

const NOT_INSTANT = ruled(false, 'HA-6', at('第五条（经办机构审核后备案）'));
const NO_EXTENSION = ruled<ExtensionTerms>(null, 'HA-8', at('第八条'));
const NO_ISSUERS = ruled<{
  minimumLevel: string;
  hospitals: { name: string; area: string }[];
} | null>(null, 'HA-4', at('第四条'));
const NO_CHANGE_LOCK = ruled<number | null>(0, 'HA-6', at('第五条（可办理变更，未设变更限制）'));

function longTerm(item: string, proof: 'RESIDENCE_PERMIT' | 'WORK_PROOF', retired: boolean) {
  return {
    allowed: ruled(true, 'HA-4', at(`第四条${item}`)),
    class: 'LONG_TERM' as const,
    eligibility: ruled(
      {
        ...NO_LIMITS,
        insuranceTypes: ANY_INSURED,
        requiresRetired: retired,
        requiresHukouMoved: retired,
      },
      'HA-4',
      at(`第四条${item}`),
    ),
    proofOptions: ruled([[proof]], 'HA-5', at('第五条（一）')),
    // HA-7: what is promised is the residence material, so a work proof cannot be promised.
    commitmentAllowed: ruled(
      proof === 'RESIDENCE_PERMIT',
      'HA-7',
      at('第七条（承诺在6个月内对就医地居住相关材料及时补充）'),
    ),
    validity: ruled({ kind: 'PROOF_END_DATE' as const }, 'HA-8', at('第八条')),
    extension: NO_EXTENSION,
    changeLockMonths: NO_CHANGE_LOCK,
    benefit: HUAIAN_BENEFIT,
    instantSelfService: NOT_INSTANT,
    referralIssuers: NO_ISSUERS,
  };
}

function notACategory(clause: string) {
  return {
    ...longTerm('', 'RESIDENCE_PERMIT', false),
    allowed: ruled(false, 'HA-4', at(clause)),
    class: 'TEMPORARY' as const,
    proofOptions: ruled([[]], 'HA-4', at(clause)),
    commitmentAllowed: ruled(false, 'HA-4', at(clause)),
    validity: ruled(
      { kind: 'MONTHS' as const, months: 12, indefiniteForConditions: [] },
      'HA-8',
      at('第八条'),
    ),
    changeLockMonths: ruled<number | null>(null, 'HA-4', at(clause)),
  };
}

export const HUAIAN_POLICY_INPUT: RegionPolicyInput = {
  id: 'HA',
  name: '淮安市',
  documents: [
    { title: '淮安市异地就医经办程序细则', number: '淮医保发〔2020〕34号', date: '2020-03-25' },
  ],
  periodCounting: CIVIL_CODE_PERIODS,
  classification: ruled('长期驻外人员（三类）和异地转诊人员', 'HA-4', at('第四条')),
  categories: {
    // 第五条（一）: retirees bring 异地居住证明 (the document wins over docs/policy-sources.md §2's 户口簿).
    RETIRED_RESETTLED: longTerm('（一）', 'RESIDENCE_PERMIT', true),
    LONG_TERM_RESIDENT: longTerm('（二）', 'RESIDENCE_PERMIT', false),
    STATIONED_WORKER: longTerm('（三）', 'WORK_PROOF', false),
    REFERRAL: {
      ...longTerm('（四）', 'RESIDENCE_PERMIT', false),
      class: 'TEMPORARY',
      proofOptions: ruled([['REFERRAL_CERTIFICATE']], 'HA-5', at('第五条（一）（四）')),
      commitmentAllowed: ruled(false, 'HA-7', at('第七条（承诺补充就医地居住相关材料）')),
      validity: ruled(
        { kind: 'MONTHS', months: 12, indefiniteForConditions: [] },
        'HA-8',
        at('第八条'),
      ),
      referralIssuers: ruled(
        { minimumLevel: '淮安市具有转诊资质的医疗机构', hospitals: [] },
        'HA-4',
        at('第四条（四）'),
      ),
    },
    EMERGENCY: notACategory('第四条（无急诊备案类别；未备案急诊费用按第十七条（二）零星报销）'),
    OTHER_TEMPORARY: notACategory('第四条（无其他临时外出就医类别）'),
  },
  materials: {
    identity: ruled(['IDENTITY'], 'HA-5', at('第五条（一）（身份证、社会保障卡）')),
    filingFormRequired: ruled(false, 'HA-6', at('第五条、第六条')),
    noExtraMaterials: ruled(true, 'HA-6', at('第六条')),
    allProblemsAtOnce: ruled(true, 'HA-18', at('第十八条')),
  },
  commitment: ruled(
    {
      months: 6,
      consequence: 'CREDIT_REPORT',
      letterRetentionYears: 3,
      usableWhileOpen: true,
      groups: ['MIGRANT_WORKER', 'ACCOMPANYING_ELDERLY', 'RESIDENCE_DOCUMENT_PENDING'],
      committableDocs: ['RESIDENCE_PERMIT'],
    },
    'HA-7',
    at('第七条、附件（承诺书三年内不得销毁）'),
  ),
  changeLock: {
    countsFrom: ruled(
      'EFFECTIVE_DATE',
      'HA-9',
      at('第九条（“备案后3个月内”：自备案生效之日起计算，变更不重新起算）'),
    ),
    exceptions: [],
    blockedWhileCommitmentOpen: ruled(false, 'HA-7', at('第七条（未限制承诺期内变更）')),
  },
  cancelLock: ruled(
    { months: 3, classes: ['LONG_TERM'], exceptions: ['EMERGENCY', 'IN_HOSPITAL'] },
    'HA-9',
    at('第九条'),
  ),
  cancelEffectiveWorkingDays: ruled(1, 'HA-9', at('第九条（三）（下一个工作日内完成撤销）')),
  startDate: ruled('NOT_BEFORE_APPLICATION', 'HA-8', at('第八条')),
  temporaryValidityFrom: ruled(
    'APPLICATION_DATE',
    'HA-8',
    at('第八条（“异地转诊人员”备案时间自申请之日起12个月内有效）'),
  ),
  phoneFiling: ruled(null, 'HA-5', at('第五条（窗口、网站、小程序、定点医疗机构备案）')),
  inProvinceReferral: ruled(null, 'HA-6', at('第六条（不得指定转入医院）')),
  admissions: {
    coveredToDischarge: ruled(
      ['LONG_TERM', 'TEMPORARY'],
      'HA-11',
      at(
        '第十一条（文件未另作规定；按住院当次费用完整纳入直接结算的做法，有效期内入院的出院前持续有效）',
      ),
    ),
    filingDuringAdmission: ruled(true, 'HA-11', at('第十一条（参保人在备案前已办理入院的）')),
  },
  insuranceStatusEndsLongTerm: ruled(false, 'HA-8', at('第八条（以长期驻外相关证件为准）')),
  emergency: ruled(
    { mode: 'NOT_A_CATEGORY', holidaysExtendWindow: false },
    'HA-4',
    at('第四条、第十七条（二）'),
  ),
  destination: {
    provinceLevelCodes: ruled(PROVINCE_LEVEL_CODES, 'HA-6', at('第六条（直接备案到就医地或省份）')),
    wholeProvinceAccepted: ruled(true, 'HA-6', at('第六条（直接备案到就医地或省份）')),
    anyInstitution: ruled(true, 'HA-6', at('第六条')),
    outsidePoolingRegion: ruled(true, 'HA-4', at('第二条、第四条（淮安市外）')),
  },
  review: {
    onlineWorkingDays: ruled(1, 'HA-6', at('第五条（二）（三）（下一个工作日内完成审核备案）')),
    window: ruled('ON_THE_SPOT', 'HA-6', at('第五条（一）')),
  },
  claims: {
    cases: [
      {
        case: 'NOT_SETTLED_DIRECTLY',
        kinds: ALL_CLAIM_KINDS,
        filingRequired: true,
        text: '办理异地就医备案手续后，在就医地定点医疗机构因未联网结算、未激活社会保障卡等原因而未能刷卡直接结算',
        rule: 'HA-17',
        clause: at('第十七条（一）'),
      },
      {
        case: 'EMERGENCY_UNFILED',
        kinds: ['EMERGENCY'],
        filingRequired: false,
        text: '未办理异地就医备案手续，在外出期间因突发急、危、重病抢救需立即治疗，就近在非参保地医疗机构发生的急诊医疗费用',
        rule: 'HA-17',
        clause: at('第十七条（二）'),
      },
      {
        case: 'STUDENT_VACATION',
        kinds: ['INPATIENT', 'OUTPATIENT', 'EMERGENCY'],
        filingRequired: false,
        text: '参保学生在寒暑假期间回原籍地发生的医药费用',
        rule: 'HA-17',
        clause: at('第十七条（三）'),
      },
      {
        case: 'MATERNITY_OFFSITE',
        kinds: ['MATERNITY'],
        filingRequired: false,
        text: '参保人员异地生育，在就医地医疗保险定点医疗机构发生的生育医药费用',
        rule: 'HA-17',
        clause: at('第十七条（四）'),
      },
      {
        case: 'OTHER',
        kinds: ALL_CLAIM_KINDS,
        filingRequired: false,
        text: '我市医保部门规定的其他可以零星报销的情形',
        rule: 'HA-17',
        clause: at('第十七条（五）'),
      },
    ],
    documents: ruled(HA18_DOCUMENTS, 'HA-18', at('第十八条')),
    noExtraDocuments: ruled(true, 'HA-18', at('第十八条（不得随意增加其他材料）')),
    allMissingAtOnce: ruled(true, 'HA-18', at('第十八条（材料不全的，应一次性告知补齐材料）')),
    // The notice sets no claim deadline ("按参保地规定办理"): none is invented, nothing forfeits.
    deadline: ruled(null, 'HA-17', at('第十七条（按参保地规定办理，文件未规定申请时限）')),
    extension: ruled(null, 'HA-17', at('第十七条（未规定申请时限，无需延期）')),
    forfeitedAfterDeadline: ruled(false, 'HA-17', at('第十七条（未规定申请时限）')),
    payment: ruled(
      { normalWorkingDays: 10, specialWorkingDays: 20, toldInAdvance: true },
      'HA-19',
      at('第十九条'),
    ),
    reviewWorkingDays: ruled(10, 'HA-19', at('第十九条（完成报销时间一般不超过10个工作日）')),
    oneSettlementPerAdmission: ruled(null, 'HA-17', at('第十七条（未作规定）')),
  },
  directSettlement: ruled(
    '省内直接结算执行江苏省统一医保目录，跨省住院直接结算执行就医地目录，待遇均执行淮安市政策。',
    'HA-10',
    at('第十条、第十一条'),
  ),
  usableAt: {
    LONG_TERM: ruled('DESTINATION_ONLY', 'HA-8', at('第八条')),
    TEMPORARY: ruled('BOTH', 'HA-8', at('第八条')),
  },
  unregisteredBenefit: {
    kind: 'INSURED_PLACE_POLICY',
    basicRatioCut: null,
    supplementaryRatioCut: null,
    unit: null,
    text: '未备案在外地突发急危重病抢救发生的急诊费用，可回参保地按规定零星报销。',
    rule: 'HA-17',
    clause: at('第十七条（二）、第十八条'),
  },
};
