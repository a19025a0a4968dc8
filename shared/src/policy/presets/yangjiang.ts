// YJ: 《阳江市基本医疗保险异地就医管理暂行办法》 (阳医保通〔2021〕23号, seeds/004). Half-year
// thresholds, students as workers, validity from approval and by document, referral 90 days
// (indefinite for listed conditions), emergency retro-filing before discharge, benefit cuts.
import type { BenefitAdjustment, RegionPolicyInput } from '../types';
import { ALL_CLAIM_KINDS, BILLS_ONLY } from '../claims/presetDocuments';
import {
  CIVIL_CODE_PERIODS,
  type ExtensionTerms,
  NO_LIMITS,
  PROVINCE_LEVEL_CODES,
  YJ_DOC,
  ruled,
} from './sources';

const at = (article: string) => `${YJ_DOC}${article}`;
const ANY_INSURED = ['EMPLOYEE', 'RESIDENT'] as ('EMPLOYEE' | 'RESIDENT')[];
type Issuers = { minimumLevel: string; hospitals: { name: string; area: string }[] } | null;

function benefit(text: string, cuts: [number, number] | null, item: string): BenefitAdjustment {
  return {
    kind: cuts === null ? 'SAME_AS_LOCAL' : 'RATIO_REDUCED',
    basicRatioCut: cuts === null ? null : cuts[0],
    supplementaryRatioCut: cuts === null ? null : cuts[1],
    unit: cuts === null ? null : 'PERCENT',
    text,
    rule: 'YJ-10',
    clause: at(`第十条${item}`),
  };
}

const SAME_AS_LOCAL = benefit('起付线与报销比例按照本市同级别医疗机构标准执行。', null, '（一）');

const base = {
  allowed: ruled(true, 'YJ-5', at('第五条')),
  eligibility: ruled({ ...NO_LIMITS, insuranceTypes: ANY_INSURED }, 'YJ-5', at('第五条')),
  commitmentAllowed: ruled(false, 'YJ-5', at('第七条（文件未设个人承诺制）')),
  extension: ruled<ExtensionTerms>(null, 'YJ-9', at('第九条（有效期结束后自动失效）')),
  changeLockMonths: ruled<number | null>(0, 'YJ-9', at('第九条（文件未限制变更）')),
  benefit: SAME_AS_LOCAL,
  instantSelfService: ruled(false, 'YJ-6', at('第六条（经办机构办理备案）')),
  referralIssuers: ruled<Issuers>(null, 'YJ-5', at('第五条')),
};

export const YANGJIANG_POLICY_INPUT: RegionPolicyInput = {
  id: 'YJ',
  name: '阳江市',
  documents: [
    {
      title: '阳江市基本医疗保险异地就医管理暂行办法',
      number: '阳医保通〔2021〕23号',
      date: '2021-03-31',
    },
  ],
  periodCounting: CIVIL_CODE_PERIODS,
  classification: ruled('长期异地就医人员三类、异地转诊人员、急诊人员', 'YJ-5', at('第五条')),
  categories: {
    RETIRED_RESETTLED: {
      ...base,
      class: 'LONG_TERM',
      eligibility: ruled(
        {
          ...NO_LIMITS,
          insuranceTypes: ANY_INSURED,
          requiresRetired: true,
          requiresHukouMoved: true,
        },
        'YJ-5',
        at('第五条（一）'),
      ),
      proofOptions: ruled([['HOUSEHOLD_REGISTER']], 'YJ-5', at('第五条（一）、第七条')),
      validity: ruled({ kind: 'INDEFINITE' }, 'YJ-9', at('第九条（一）')),
    },
    LONG_TERM_RESIDENT: {
      ...base,
      class: 'LONG_TERM',
      eligibility: ruled(
        { ...NO_LIMITS, insuranceTypes: ANY_INSURED, minimumResidenceMonths: 6 },
        'YJ-5',
        at('第五条（二）'),
      ),
      proofOptions: ruled(
        [['RESIDENCE_PERMIT']],
        'YJ-9',
        at('第七条、第九条（二）（居住证或暂住证）'),
      ),
      validity: ruled({ kind: 'PROOF_END_DATE' }, 'YJ-9', at('第九条（二）')),
    },
    STATIONED_WORKER: {
      ...base,
      class: 'LONG_TERM',
      eligibility: ruled(
        {
          ...NO_LIMITS,
          insuranceTypes: ANY_INSURED,
          minimumWorkMonths: 6,
          studentsExempt: true,
          studentSituations: ['HOME_DURING_VACATION', 'HOME_ON_SICK_LEAVE', 'BRANCH_CAMPUS'],
        },
        'YJ-5',
        at('第五条（三）'),
      ),
      proofOptions: ruled([['WORK_PROOF'], ['STUDENT_ID']], 'YJ-9', at('第七条、第九条（三）')),
      validity: ruled({ kind: 'PROOF_END_DATE' }, 'YJ-9', at('第九条（三）')),
    },
    REFERRAL: {
      ...base,
      class: 'TEMPORARY',
      eligibility: ruled({ ...NO_LIMITS, insuranceTypes: ANY_INSURED }, 'YJ-5', at('第五条（四）')),
      proofOptions: ruled([['REFERRAL_CERTIFICATE']], 'YJ-5', at('第七条、第八条')),
      validity: ruled(
        {
          kind: 'DAYS',
          days: 90,
          startDayCounted: true,
          indefiniteForConditions: ['MALIGNANT_TUMOR', 'POST_TRANSPLANT', 'HEMIPLEGIA'],
        },
        'YJ-9',
        at('第九条（四）（有效期从备案成功当日起算）'),
      ),
      benefit: benefit(
        '基本医疗保险报销比例下降10%，大病保险、补充医疗保险报销比例下降5%。',
        [10, 5],
        '（二）',
      ),
      referralIssuers: ruled(
        { minimumLevel: '本统筹区具有转诊资质的二级及以上定点医疗机构', hospitals: [] },
        'YJ-5',
        at('第八条'),
      ),
    },
    EMERGENCY: {
      ...base,
      allowed: ruled(true, 'YJ-6', at('第五条（五）、第六条')),
      class: 'TEMPORARY',
      eligibility: ruled({ ...NO_LIMITS, insuranceTypes: ANY_INSURED }, 'YJ-5', at('第五条（五）')),
      proofOptions: ruled([['ADMISSION_RECORD']], 'YJ-6', at('第六条、第七条')),
      validity: ruled({ kind: 'THIS_ADMISSION' }, 'YJ-9', at('第九条（五）（自入院日期起）')),
      changeLockMonths: ruled(null, 'YJ-9', at('第九条（五）')),
      benefit: benefit(
        '补办备案后享受住院待遇：基本医疗保险报销比例下降10%，大病保险、补充医疗保险下降5%。',
        [10, 5],
        '（三）',
      ),
    },
    OTHER_TEMPORARY: {
      ...base,
      allowed: ruled(false, 'YJ-5', at('第五条（无其他临时外出就医类别）')),
      class: 'TEMPORARY',
      proofOptions: ruled([[]], 'YJ-5', at('第五条')),
      validity: ruled(
        { kind: 'DAYS', days: 90, startDayCounted: true, indefiniteForConditions: [] },
        'YJ-5',
        at('第五条'),
      ),
      changeLockMonths: ruled(null, 'YJ-5', at('第五条')),
    },
  },
  materials: {
    identity: ruled(['IDENTITY'], 'YJ-7', at('第七条（身份证或社会保障卡，含电子医保凭证）')),
    filingFormRequired: ruled(false, 'YJ-7', at('第七条')),
    noExtraMaterials: ruled(false, 'YJ-7', at('第七条（公示所需材料）')),
    allProblemsAtOnce: ruled(false, 'YJ-5', at('第七条（文件未作规定）')),
  },
  commitment: ruled(null, 'YJ-5', at('第七条（文件未设个人承诺制）')),
  changeLock: {
    countsFrom: ruled('EFFECTIVE_DATE', 'YJ-9', at('第九条（文件未限制变更）')),
    exceptions: [],
    blockedWhileCommitmentOpen: ruled(false, 'YJ-5', at('第七条（文件未设个人承诺制）')),
  },
  cancelLock: ruled(null, 'YJ-9', at('第九条（文件未限制取消）')),
  cancelEffectiveWorkingDays: ruled(0, 'YJ-9', at('第九条')),
  startDate: ruled('ON_APPROVAL', 'YJ-9', at('第九条（从备案成功的当日开始计算）')),
  temporaryValidityFrom: ruled('START_DATE', 'YJ-9', at('第九条（从备案成功的当日开始计算）')),
  emergency: ruled(
    { mode: 'RETRO_FILING_BEFORE_DISCHARGE', holidaysExtendWindow: true },
    'YJ-6',
    at('第六条（补办备案手续期间如遇法定节假日的，可相应顺延）'),
  ),
  phoneFiling: ruled(null, 'YJ-6', at('第六条（业务窗口、网站、APP、电话（传真）等渠道）')),
  inProvinceReferral: ruled(null, 'YJ-10', at('第十条（二）（备案的就医地定点医疗机构）')),
  admissions: {
    coveredToDischarge: ruled(
      ['LONG_TERM', 'TEMPORARY'],
      'YJ-9',
      at(
        '第九条（备案有效期内办理入院手续的，无论当次出院日期是否超出备案有效期，均属于有效备案）',
      ),
    ),
    filingDuringAdmission: ruled(
      false,
      'YJ-6',
      at('第六条（提前完成备案；住院中补办限于急诊人员）'),
    ),
  },
  insuranceStatusEndsLongTerm: ruled(false, 'YJ-9', at('第九条（有效期按证明材料确定）')),
  destination: {
    provinceLevelCodes: ruled(
      PROVINCE_LEVEL_CODES,
      'YJ-5',
      at('第二条（文件未规定备案层级，按全国统一做法备案到地级市或省级）'),
    ),
    wholeProvinceAccepted: ruled(false, 'YJ-5', at('第二条（文件未规定备案到省份）')),
    anyInstitution: ruled(true, 'YJ-10', at('第十条（在就医地定点医疗机构享受待遇）')),
    outsidePoolingRegion: ruled(true, 'YJ-5', at('第二条（统筹区外）')),
  },
  review: {
    onlineWorkingDays: ruled(
      2,
      'YJ-6',
      at('第六条（文件未规定办结时限；本系统按2个工作日安排审核）'),
    ),
    window: ruled(null, 'YJ-6', at('第六条（文件未规定当场办结）')),
  },
  claims: {
    cases: [
      {
        case: 'NOT_SETTLED_DIRECTLY',
        kinds: ALL_CLAIM_KINDS,
        // YJ-10 (四): care without a registration is still paid, at a lower ratio.
        filingRequired: false,
        text: '由参保人先行垫付资金后返回参保地完成医保结算（手工结算）',
        rule: 'YJ-10',
        clause: at('第三条、第十条（四）'),
      },
    ],
    documents: ruled(
      BILLS_ONLY,
      'YJ-10',
      at('第三条（文件未列手工结算材料；按收费票据和费用明细清单受理）'),
    ),
    noExtraDocuments: ruled(true, 'YJ-10', at('第三条（文件未列材料，不另增加）')),
    allMissingAtOnce: ruled(true, 'YJ-10', at('第三条（材料不全一次性告知）')),
    deadline: ruled(null, 'YJ-10', at('第三条（手工结算，文件未规定时限）')),
    extension: ruled(null, 'YJ-10', at('第三条（未规定申请时限，无需延期）')),
    forfeitedAfterDeadline: ruled(false, 'YJ-10', at('第三条（文件未规定时限）')),
    payment: ruled(null, 'YJ-10', at('第三条（文件未规定时限）')),
    reviewWorkingDays: ruled(2, 'YJ-10', at('第三条（文件未规定办结时限；本系统按2个工作日排序）')),
    oneSettlementPerAdmission: ruled(null, 'YJ-10', at('第三条（未作规定）')),
  },
  directSettlement: ruled(
    '在就医时通过异地就医结算平台完成医保结算为直接结算；先行垫付后回参保地结算为手工结算。',
    'YJ-10',
    at('第三条、第十条'),
  ),
  usableAt: {
    LONG_TERM: ruled('NOT_STATED', 'YJ-10', at('第十条（一）')),
    TEMPORARY: ruled('NOT_STATED', 'YJ-10', at('第十条（二）')),
  },
  unregisteredBenefit: benefit(
    '未备案自行前往统筹区外就医的：住院起付线按异地转诊人员标准，基本医疗保险报销比例下降15%，大病保险、补充医疗保险下降5%。',
    [15, 5],
    '（四）',
  ),
};
