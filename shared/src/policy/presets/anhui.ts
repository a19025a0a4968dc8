// AH: 《安徽省基本医疗保险异地就医结算服务经办规程》 (seeds/001), the default for all 17 Anhui
// pooling regions (省直 and 16 cities). 蚌埠 overrides what its own notice changes (bengbu.ts).
import type { RegionPolicyInput } from '../types';
import { ALL_CLAIM_KINDS, BILLS_ONLY } from '../claims/presetDocuments';
import {
  AH_DOC,
  CIVIL_CODE_PERIODS,
  type ExtensionTerms,
  NO_LIMITS,
  PROVINCE_LEVEL_CODES,
  ruled,
} from './sources';

const at = (article: string) => `${AH_DOC}${article}`;

const INSURED_PLACE_BENEFIT = {
  kind: 'INSURED_PLACE_POLICY' as const,
  basicRatioCut: null,
  supplementaryRatioCut: null,
  unit: null,
  text: '直接结算执行就医地目录、参保地待遇政策（起付标准、支付比例、最高支付限额）。',
  rule: 'AH-9' as const,
  clause: at('第九条'),
};

const NOT_INSTANT = ruled(false, 'AH-12-3', at('第十二条（三）'));
const NO_EXTENSION = (rule: 'AH-13-1' | 'AH-13-2') =>
  ruled<ExtensionTerms>(null, rule, at('第十三条（有效期满后重新申请登记备案）'));
const NO_REFERRAL_ISSUERS = ruled<{
  minimumLevel: string;
  hospitals: { name: string; area: string }[];
} | null>(null, 'AH-11', at('第十一条'));
const ANY_INSURED = ['EMPLOYEE', 'RESIDENT'] as ('EMPLOYEE' | 'RESIDENT')[];

function longTerm(item: string, proof: 'HOUSEHOLD_REGISTER' | 'RESIDENCE_PERMIT' | 'WORK_PROOF') {
  return {
    allowed: ruled(true, 'AH-10', at(`第十条（一）`)),
    class: 'LONG_TERM' as const,
    eligibility: ruled(
      {
        ...NO_LIMITS,
        insuranceTypes: ANY_INSURED,
        requiresRetired: proof === 'HOUSEHOLD_REGISTER',
      },
      'AH-10',
      at('第十条（一）'),
    ),
    proofOptions: ruled([[proof]], 'AH-11', at(`第十一条${item}`)),
    commitmentAllowed: ruled(true, 'AH-11', at(`第十一条${item}`)),
    validity: ruled({ kind: 'INDEFINITE' as const }, 'AH-13-1', at('第十三条（一）')),
    extension: NO_EXTENSION('AH-13-1'),
    changeLockMonths: ruled<number | null>(6, 'AH-14-1', at('第十四条（一）')),
    benefit: INSURED_PLACE_BENEFIT,
    instantSelfService: NOT_INSTANT,
    referralIssuers: NO_REFERRAL_ISSUERS,
  };
}

function temporary(item: string, proofOptions: ('REFERRAL_CERTIFICATE' | 'ADMISSION_RECORD')[][]) {
  return {
    allowed: ruled(true, 'AH-10', at('第十条（二）')),
    class: 'TEMPORARY' as const,
    eligibility: ruled({ ...NO_LIMITS, insuranceTypes: ANY_INSURED }, 'AH-10', at('第十条（二）')),
    proofOptions: ruled(proofOptions, 'AH-11', at(`第十一条${item}`)),
    commitmentAllowed: ruled(false, 'AH-11', at('第十一条（承诺制限于第（一）至（三）项）')),
    validity: ruled(
      { kind: 'MONTHS' as const, months: 12, indefiniteForConditions: [] },
      'AH-13-2',
      at('第十三条（二）'),
    ),
    extension: NO_EXTENSION('AH-13-2'),
    changeLockMonths: ruled<number | null>(0, 'AH-14-1', at('第十四条（四）')),
    benefit: INSURED_PLACE_BENEFIT,
    instantSelfService: NOT_INSTANT,
    referralIssuers: NO_REFERRAL_ISSUERS,
  };
}

export const ANHUI_POLICY_INPUT: RegionPolicyInput = {
  id: 'AH',
  name: '安徽省（全省17个医保统筹区通用）',
  documents: [
    {
      title: '安徽省基本医疗保险异地就医结算服务经办规程',
      number: '征求意见稿，2023年1月1日起施行',
      date: '2022-08-16',
    },
  ],
  periodCounting: CIVIL_CODE_PERIODS,
  classification: ruled('两大类、六种人群', 'AH-10', at('第十条')),
  categories: {
    RETIRED_RESETTLED: longTerm('（一）', 'HOUSEHOLD_REGISTER'),
    LONG_TERM_RESIDENT: longTerm('（二）', 'RESIDENCE_PERMIT'),
    STATIONED_WORKER: longTerm('（三）', 'WORK_PROOF'),
    REFERRAL: {
      ...temporary('（四）', [['REFERRAL_CERTIFICATE']]),
      // AH-14-2: a referral changes only with a new certificate (or AH-14-3).
      changeLockMonths: ruled(null, 'AH-14-2', at('第十四条（二）')),
      referralIssuers: ruled(
        { minimumLevel: '参保地规定的定点医疗机构', hospitals: [] },
        'AH-11',
        at('第十一条（四）'),
      ),
    },
    EMERGENCY: {
      ...temporary('（五）', [[]]),
      allowed: ruled(false, 'AH-11', at('第十一条（五）、第三十七条（视同已备案）')),
      validity: ruled({ kind: 'DEEMED_FILED' as const }, 'AH-11', at('第十一条（五）')),
      changeLockMonths: ruled(null, 'AH-11', at('第十一条（五）')),
    },
    OTHER_TEMPORARY: {
      ...temporary('（六）', [[]]),
      // AH-12-3 leaves instant self-service to each region; the AH preset chooses it here.
      instantSelfService: ruled(
        true,
        'AH-12-3',
        at('第十二条（三）（本系统预设：其他临时外出就医人员即时办理、即时生效）'),
      ),
    },
  },
  materials: {
    identity: ruled(
      ['IDENTITY'],
      'AH-11',
      at('第十一条（医保电子凭证、有效身份证件或社会保障卡）'),
    ),
    filingFormRequired: ruled(true, 'AH-11', at('第十一条、附件1（备案表由本系统按填写内容生成）')),
    noExtraMaterials: ruled(true, 'AH-12-4', at('第十二条（四）')),
    allProblemsAtOnce: ruled(true, 'AH-12-2', at('第十二条（一）（二）')),
  },
  commitment: ruled(
    {
      months: 3,
      consequence: 'CLAWBACK',
      letterRetentionYears: 2,
      usableWhileOpen: true,
      groups: null,
      committableDocs: null,
    },
    'AH-13-1',
    at('第十一条、第十三条（一）、附件2（承诺书两年内不得销毁）'),
  ),
  changeLock: {
    countsFrom: ruled(
      'EFFECTIVE_DATE',
      'AH-14-1',
      at('第十四条（一）（“备案生效后”：自备案生效之日起计算，变更不重新起算）'),
    ),
    exceptions: [
      {
        reason: 'RELOCATED',
        categories: ['RETIRED_RESETTLED', 'LONG_TERM_RESIDENT', 'STATIONED_WORKER'],
        evidenceRequired: true,
        evenWhileCommitmentOpen: false,
        rule: 'AH-14-1',
        clause: at('第十四条（一）'),
      },
      {
        reason: 'EMPLOYER_CHANGED',
        categories: ['RETIRED_RESETTLED', 'LONG_TERM_RESIDENT', 'STATIONED_WORKER'],
        evidenceRequired: true,
        evenWhileCommitmentOpen: false,
        rule: 'AH-14-1',
        clause: at('第十四条（一）'),
      },
      {
        reason: 'NEW_REFERRAL',
        categories: ['REFERRAL'],
        evidenceRequired: true,
        evenWhileCommitmentOpen: true,
        rule: 'AH-14-2',
        clause: at('第十四条（二）'),
      },
      {
        reason: 'INSURANCE_STATUS_CHANGED',
        categories: [
          'RETIRED_RESETTLED',
          'LONG_TERM_RESIDENT',
          'STATIONED_WORKER',
          'REFERRAL',
          'OTHER_TEMPORARY',
        ],
        evidenceRequired: true,
        evenWhileCommitmentOpen: true,
        rule: 'AH-14-3',
        clause: at('第十四条（三）'),
      },
    ],
    blockedWhileCommitmentOpen: ruled(true, 'AH-14-1', at('第十四条（一）')),
  },
  cancelLock: ruled(null, 'AH-13-1', at('第十三条、第十七条（未限制取消备案）')),
  cancelEffectiveWorkingDays: ruled(0, 'AH-13-1', at('第十七条')),
  startDate: ruled(
    'NOT_BEFORE_APPLICATION',
    'AH-13-1',
    at('第十三条（备案开始日期不早于申请当天，本系统做法）'),
  ),
  temporaryValidityFrom: ruled('START_DATE', 'AH-13-2', at('第十三条（二）')),
  emergency: ruled(
    { mode: 'DEEMED_FILED', holidaysExtendWindow: false },
    'AH-11',
    at('第十一条（五）、第三十七条'),
  ),
  phoneFiling: ruled(null, 'AH-11', at('第十二条（线上、线下渠道办理）')),
  inProvinceReferral: ruled(null, 'AH-15-2', at('第十五条（二）（不限制就医地定点医药机构）')),
  admissions: {
    coveredToDischarge: ruled(['TEMPORARY'], 'AH-13-2', at('第十三条（二）')),
    filingDuringAdmission: ruled(true, 'AH-22', at('第二十二条（出院结算前完成登记备案的）')),
  },
  insuranceStatusEndsLongTerm: ruled(true, 'AH-13-1', at('第十三条（一）')),
  destination: {
    provinceLevelCodes: ruled(
      PROVINCE_LEVEL_CODES,
      'AH-15-1',
      at('第十五条（一）（省直辖县级行政单位按地级市备案：执行中国家另有规定的，从其规定）'),
    ),
    wholeProvinceAccepted: ruled(false, 'AH-15-1', at('第十五条（一）（备案登记至省辖地级市）')),
    anyInstitution: ruled(true, 'AH-15-2', at('第十五条（二）')),
    outsidePoolingRegion: ruled(true, 'AH-2-3', at('第二条（三）')),
  },
  review: {
    onlineWorkingDays: ruled(2, 'AH-12-2', at('第十二条（二）')),
    window: ruled('ON_THE_SPOT', 'AH-12-1', at('第十二条（一）')),
  },
  claims: {
    cases: [
      {
        case: 'NOT_SETTLED_DIRECTLY',
        kinds: ALL_CLAIM_KINDS,
        filingRequired: false,
        text: '因医保信息平台、医院HIS等网络系统故障或就诊凭证故障，不能在异地定点医药机构直接结算',
        rule: 'AH-47',
        clause: at('第四十七条'),
      },
      {
        case: 'OTHER',
        kinds: ALL_CLAIM_KINDS,
        filingRequired: false,
        text: '因其他政策规定，不能在异地定点医药机构直接结算',
        rule: 'AH-47',
        clause: at('第四十七条'),
      },
    ],
    documents: ruled(
      BILLS_ONLY,
      'AH-47',
      at('第四十七条（未列材料清单；按“参保地目录”结算，须有收费票据和费用明细清单）'),
    ),
    noExtraDocuments: ruled(true, 'AH-12-4', at('第十二条（四）')),
    allMissingAtOnce: ruled(true, 'AH-12-2', at('第十二条（二）')),
    deadline: ruled({ months: 3 }, 'AH-47', at('第四十七条（全额自付费用结算后的3个月内）')),
    extension: ruled(
      { months: 3, times: 1, onApproval: true, askedBeforeDeadline: true },
      'AH-47',
      at('第四十七条（因客观原因无法按时提交的，经审核同意可适当延长3个月）'),
    ),
    forfeitedAfterDeadline: ruled(true, 'AH-47', at('第四十七条（逾期视为放弃医保报销）')),
    payment: ruled(null, 'AH-47', at('第四十七条（“按时完成医保基金的支付划拨”，未规定天数）')),
    reviewWorkingDays: ruled(
      2,
      'AH-47',
      at('第四十七条（未规定办理天数；审核按第十二条（二）的2个工作日排序）'),
    ),
    oneSettlementPerAdmission: ruled(null, 'AH-47', at('第四十七条（未作规定）')),
  },
  directSettlement: ruled(
    '跨省和省内异地就医直接结算执行“就医地目录、参保地政策、就医地管理”；零星报销执行“参保地目录、参保地政策”。',
    'AH-9',
    at('第九条'),
  ),
  usableAt: {
    LONG_TERM: ruled('NOT_STATED', 'AH-13-1', at('第十三条、第十六条（未规定参保地能否同时使用）')),
    TEMPORARY: ruled('NOT_STATED', 'AH-13-2', at('第十三条、第十六条（未规定参保地能否同时使用）')),
  },
  unregisteredBenefit: {
    kind: 'INSURED_PLACE_POLICY',
    basicRatioCut: null,
    supplementaryRatioCut: null,
    unit: null,
    text: '未按规定备案自行外出就医的，按“自行外转”类型享受参保地待遇。',
    rule: 'AH-9',
    clause: at('第十八条'),
  },
};
