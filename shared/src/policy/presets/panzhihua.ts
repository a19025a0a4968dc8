// PZH: 攀医保〔2017〕10号 (seeds/003). Ages and durations for long-term categories, no change for
// 2 years (retired, residents) / 1 year (workers), referral valid 1 month with 1-month
// extensions, emergency filing per admission before discharge, no commitment path.
import type { RegionPolicyInput } from '../types';
import { ALL_CLAIM_KINDS, BILLS_ONLY } from '../claims/presetDocuments';
import {
  CIVIL_CODE_PERIODS,
  NO_LIMITS,
  type EligibilityLimits,
  PROVINCE_LEVEL_CODES,
  PZH_DOC,
  ruled,
  type ExtensionTerms,
} from './sources';

const at = (item: string) => `${PZH_DOC}${item}`;
type Issuers = { minimumLevel: string; hospitals: { name: string; area: string }[] } | null;

const PANZHIHUA_BENEFIT = {
  kind: 'INSURED_PLACE_POLICY' as const,
  basicRatioCut: null,
  supplementaryRatioCut: null,
  unit: null,
  text: '起付标准、支付比例和最高支付限额执行攀枝花市政策；跨省住院执行就医地支付范围。',
  rule: 'PZH-1' as const,
  clause: at('五'),
};

const base = {
  proofOptions: ruled([[]], 'PZH-1', at('四')),
  commitmentAllowed: ruled(false, 'PZH-1', at('四（文件未设个人承诺制）')),
  extension: ruled<ExtensionTerms>(null, 'PZH-4-1-2', at('四（一）2')),
  benefit: PANZHIHUA_BENEFIT,
  instantSelfService: ruled(false, 'PZH-1', at('二（经办机构登记备案）')),
  referralIssuers: ruled<Issuers>(null, 'PZH-1', at('一')),
};

function longTerm(
  item: string,
  proof: 'HOUSEHOLD_REGISTER' | 'RESIDENCE_PERMIT' | 'WORK_PROOF',
  lockMonths: number,
  eligibility: Partial<EligibilityLimits> & { insuranceTypes: ('EMPLOYEE' | 'RESIDENT')[] },
) {
  return {
    ...base,
    allowed: ruled(true, 'PZH-1', at(`一${item}`)),
    class: 'LONG_TERM' as const,
    eligibility: ruled({ ...NO_LIMITS, ...eligibility }, 'PZH-1', at(`一${item}`)),
    proofOptions: ruled([[proof]], 'PZH-1', at('四（一）1')),
    validity: ruled(
      { kind: 'INDEFINITE' as const },
      'PZH-4-1-2',
      at('四（一）2（1）（长期有效，返回后申请撤销）'),
    ),
    changeLockMonths: ruled<number | null>(lockMonths, 'PZH-4-1-2', at('四（一）2（1）')),
  };
}

export const PANZHIHUA_POLICY_INPUT: RegionPolicyInput = {
  id: 'PZH',
  name: '攀枝花市',
  documents: [
    {
      title: '关于做好基本医疗保险参保人员异地就医备案工作有关问题的通知',
      number: '攀医保〔2017〕10号',
      date: '2017-04-12',
    },
  ],
  periodCounting: CIVIL_CODE_PERIODS,
  classification: ruled('长期异地居住（工作）人员三类、转诊转院、急症住院', 'PZH-1', at('一')),
  categories: {
    RETIRED_RESETTLED: longTerm('（一）', 'HOUSEHOLD_REGISTER', 24, {
      insuranceTypes: ['EMPLOYEE'],
      requiresRetired: true,
      requiresHukouMoved: true,
    }),
    LONG_TERM_RESIDENT: longTerm('（二）', 'RESIDENCE_PERMIT', 24, {
      insuranceTypes: ['EMPLOYEE', 'RESIDENT'],
      retirementAge: { MALE: 60, FEMALE: 50, employees: 'STATUTORY' },
      minimumResidenceMonths: 24,
    }),
    STATIONED_WORKER: longTerm('（三）', 'WORK_PROOF', 12, {
      insuranceTypes: ['EMPLOYEE'],
      minimumWorkMonths: 12,
    }),
    REFERRAL: {
      ...base,
      allowed: ruled(true, 'PZH-1', at('一（四）')),
      class: 'TEMPORARY',
      eligibility: ruled(
        { ...NO_LIMITS, insuranceTypes: ['EMPLOYEE', 'RESIDENT'] },
        'PZH-1',
        at('一（四）'),
      ),
      proofOptions: ruled([['REFERRAL_CERTIFICATE']], 'PZH-4-2-2', at('四（二）1')),
      validity: ruled(
        { kind: 'MONTHS', months: 1, indefiniteForConditions: [] },
        'PZH-4-2-2',
        at('四（二）2（1）（省内转诊：结算后备案记录失效）'),
      ),
      extension: ruled(
        { months: 1, onApproval: true, onlyBeforeAdmission: true },
        'PZH-4-2-2',
        at('四（二）2（1）（因特殊原因未能办理入院的，申请延期，经审批生效）'),
      ),
      changeLockMonths: ruled(0, 'PZH-4-2-2', at('四（二）（未限制变更）')),
      referralIssuers: ruled(
        { minimumLevel: '本市三级甲等医院（市外长期居住人员：当地最高级别医院）', hospitals: [] },
        'PZH-4-2-2',
        at('四（二）1（1）（2）'),
      ),
    },
    EMERGENCY: {
      ...base,
      allowed: ruled(true, 'PZH-4-3-2', at('一（五）、四（三）')),
      class: 'TEMPORARY',
      eligibility: ruled(
        { ...NO_LIMITS, insuranceTypes: ['EMPLOYEE', 'RESIDENT'] },
        'PZH-1',
        at('一（五）'),
      ),
      proofOptions: ruled([['ADMISSION_RECORD']], 'PZH-4-3-2', at('四（三）1')),
      validity: ruled({ kind: 'THIS_ADMISSION' }, 'PZH-4-3-2', at('四（三）2（1）')),
      changeLockMonths: ruled(null, 'PZH-4-3-2', at('四（三）2（1）')),
    },
    OTHER_TEMPORARY: {
      ...base,
      allowed: ruled(
        false,
        'PZH-4-4',
        at('四（四）（其它情形拨打0812-12333备案，不录入备案信息库）'),
      ),
      class: 'TEMPORARY',
      eligibility: ruled(
        { ...NO_LIMITS, insuranceTypes: ['EMPLOYEE', 'RESIDENT'] },
        'PZH-1',
        at('一'),
      ),
      validity: ruled(
        { kind: 'MONTHS', months: 1, indefiniteForConditions: [] },
        'PZH-1',
        at('四（四）'),
      ),
      changeLockMonths: ruled(null, 'PZH-1', at('四（四）')),
    },
  },
  materials: {
    identity: ruled(['IDENTITY'], 'PZH-1', at('四（社会保障卡、身份证复印件）')),
    filingFormRequired: ruled(true, 'PZH-1', at('四（一）1（《备案表》由本系统按填写内容生成）')),
    noExtraMaterials: ruled(false, 'PZH-1', at('四（文件未作规定）')),
    allProblemsAtOnce: ruled(false, 'PZH-1', at('四（文件未作规定）')),
  },
  commitment: ruled(null, 'PZH-1', at('四（文件未设个人承诺制）')),
  changeLock: {
    countsFrom: ruled(
      'EFFECTIVE_DATE',
      'PZH-4-1-2',
      at('四（一）2（1）（“申请备案生效后”：自备案生效之日起计算，变更不重新起算）'),
    ),
    exceptions: [
      {
        reason: 'RELOCATED',
        categories: ['RETIRED_RESETTLED', 'LONG_TERM_RESIDENT', 'STATIONED_WORKER'],
        evidenceRequired: true,
        evenWhileCommitmentOpen: true,
        rule: 'PZH-4-1-2',
        clause: at('四（一）2（2）'),
      },
      {
        reason: 'EMPLOYER_CHANGED',
        categories: ['STATIONED_WORKER'],
        evidenceRequired: true,
        evenWhileCommitmentOpen: true,
        rule: 'PZH-4-1-2',
        clause: at('四（一）2（2）'),
      },
    ],
    blockedWhileCommitmentOpen: ruled(false, 'PZH-1', at('四（文件未设个人承诺制）')),
  },
  cancelLock: ruled(null, 'PZH-4-1-2', at('四（一）2（1）（返回后申请撤销，未限制撤销时间）')),
  cancelEffectiveWorkingDays: ruled(0, 'PZH-4-1-2', at('四（一）2（1）')),
  startDate: ruled(
    'NOT_BEFORE_APPLICATION',
    'PZH-4-1-2',
    at('四（一）2（1）（申请备案生效；开始日期不早于申请当天为本系统做法）'),
  ),
  temporaryValidityFrom: ruled('START_DATE', 'PZH-4-2-2', at('四（二）2（1）（备案正式生效后）')),
  emergency: ruled(
    { mode: 'RETRO_FILING_BEFORE_DISCHARGE', holidaysExtendWindow: false },
    'PZH-4-3-2',
    at('四（三）'),
  ),
  phoneFiling: ruled(
    { phone: '0812-12333', name: '其它备案' },
    'PZH-4-4',
    at('四（四）（未到联网医院就医或未通过直接结算的，拨打0812-12333备案）'),
  ),
  inProvinceReferral: ruled(
    { boundToHospital: true, endsAtSettlement: true },
    'PZH-4-2-2',
    at('四（二）2（2）（只可在备案联网医院直接结算，结算后备案记录失效）'),
  ),
  admissions: {
    coveredToDischarge: ruled(
      ['LONG_TERM', 'TEMPORARY'],
      'PZH-4-2-2',
      at('四（二）（文件未另作规定；有效期内入院的出院结算前持续有效，按全国统一做法）'),
    ),
    filingDuringAdmission: ruled(
      false,
      'PZH-4-3-2',
      at('四（三）（住院中备案按急症住院备案办理）'),
    ),
  },
  insuranceStatusEndsLongTerm: ruled(
    false,
    'PZH-4-1-2',
    at('四（一）2（1）（长期有效，返回后申请撤销）'),
  ),
  destination: {
    provinceLevelCodes: ruled(
      PROVINCE_LEVEL_CODES,
      'PZH-1',
      at('一（文件未规定备案层级，按全国统一做法备案到地级市或省级）'),
    ),
    wholeProvinceAccepted: ruled(false, 'PZH-1', at('一（文件未规定备案到省份）')),
    anyInstitution: ruled(
      false,
      'PZH-4-2-2',
      at('四（二）2（2）（省内转诊只可在备案联网医院直接结算）'),
    ),
    outsidePoolingRegion: ruled(true, 'PZH-1', at('一（“异地”指攀枝花市以外）')),
  },
  review: {
    onlineWorkingDays: ruled(2, 'PZH-1', at('二（文件未规定办结时限；本系统按2个工作日安排审核）')),
    window: ruled(null, 'PZH-1', at('二（一）（文件未规定当场办结）')),
  },
  claims: {
    cases: [
      {
        case: 'NOT_SETTLED_DIRECTLY',
        kinds: ALL_CLAIM_KINDS,
        filingRequired: true,
        text: '已办理备案（未在联网医院直接结算的，须拨打0812-12333办理其它备案），垫付费用后到所属医保经办机构按规定报销',
        rule: 'PZH-4-4',
        clause: at('四（二）（三）（四）'),
      },
    ],
    documents: ruled(
      BILLS_ONLY,
      'PZH-4-4',
      at('四（“到所属医保经办机构按规定报销”，文件未列材料；按收费票据和费用明细清单受理）'),
    ),
    noExtraDocuments: ruled(true, 'PZH-4-4', at('四（文件未列材料，不另增加）')),
    allMissingAtOnce: ruled(true, 'PZH-4-4', at('四（材料不全一次性告知）')),
    deadline: ruled(null, 'PZH-4-4', at('四（文件未规定申请时限）')),
    extension: ruled(null, 'PZH-4-4', at('四（未规定申请时限，无需延期）')),
    forfeitedAfterDeadline: ruled(false, 'PZH-4-4', at('四（文件未规定申请时限）')),
    payment: ruled(null, 'PZH-4-4', at('四（文件未规定支付时限）')),
    reviewWorkingDays: ruled(2, 'PZH-4-4', at('四（文件未规定办结时限；本系统按2个工作日排序）')),
    oneSettlementPerAdmission: ruled(null, 'PZH-4-4', at('四（未作规定）')),
  },
  directSettlement: ruled(
    '跨省住院执行“参保地待遇、就医地范围”；省内异地就医按攀枝花市有关规定执行。',
    'PZH-1',
    at('五（一）'),
  ),
  usableAt: {
    LONG_TERM: ruled('NOT_STATED', 'PZH-1', at('五（文件未作规定）')),
    TEMPORARY: ruled('NOT_STATED', 'PZH-1', at('五（文件未作规定）')),
  },
  unregisteredBenefit: {
    kind: 'NOT_COVERED',
    basicRatioCut: null,
    supplementaryRatioCut: null,
    unit: null,
    text: '异地就医必须办理备案手续，未备案发生的医疗费用医保基金不予支付；未在联网医院直接结算的，请拨打0812-12333办理备案（其它备案）。',
    rule: 'PZH-1',
    clause: at('五（三）'),
  },
};
