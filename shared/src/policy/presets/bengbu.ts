// BB: 蚌埠市 (incl. 怀远县) = AH + what 怀医保中心〔2023〕37号 (seeds/000) changes: a 1-month
// commitment whose breach ends long-term benefits, emergency deemed filed, the benefit cuts,
// and the 16 hospitals that may issue a referral.
import { overridePolicy } from '../mergePolicy';
import type { BenefitAdjustment, RegionPolicyInput } from '../types';
import { ANHUI_POLICY_INPUT } from './anhui';
import { BB_DOC, ruled } from './sources';

const at = (item: string) => `${BB_DOC}${item}`;

/** 000 附件: 蚌埠市办理异地转诊备案医院名单. */
export const BENGBU_REFERRAL_HOSPITALS = [
  { name: '蚌埠医学院第一附属医院', area: '蚌埠市' },
  { name: '蚌埠医学院第二附属医院', area: '蚌埠市' },
  { name: '蚌埠市第一人民医院', area: '蚌埠市' },
  { name: '蚌埠市第二人民医院', area: '蚌埠市' },
  { name: '蚌埠市第三人民医院', area: '蚌埠市' },
  { name: '蚌埠市第五人民医院', area: '蚌埠市' },
  { name: '蚌埠市中医院', area: '蚌埠市' },
  { name: '解放军联勤保障部队第902医院', area: '蚌埠市' },
  { name: '怀远县人民医院', area: '怀远县' },
  { name: '怀远县中医院', area: '怀远县' },
  { name: '怀远荆塗医院', area: '怀远县' },
  { name: '五河县人民医院', area: '五河县' },
  { name: '五河县中医院', area: '五河县' },
  { name: '蚌埠五和医院', area: '五河县' },
  { name: '固镇县人民医院', area: '固镇县' },
  { name: '固镇县中医院', area: '固镇县' },
];

function benefit(text: string, basicRatioCut: number | null, item: string): BenefitAdjustment {
  return {
    kind: basicRatioCut === null ? 'SAME_AS_LOCAL' : 'RATIO_REDUCED',
    basicRatioCut,
    supplementaryRatioCut: null,
    unit: basicRatioCut === null ? null : 'PERCENTAGE_POINTS',
    text,
    rule: 'BB-4',
    clause: at(`四${item}`),
  };
}

const SAME_AS_LOCAL = benefit('享受本地同级别医院同等待遇。', null, '（一）');
const AS_REFERRAL = benefit('比本地同级别医院医保支付比例下降10个百分点。', 10, '（二）');

export const BENGBU_POLICY_INPUT: RegionPolicyInput = overridePolicy(ANHUI_POLICY_INPUT, {
  id: 'BB',
  name: '蚌埠市（含怀远县等三县）',
  documents: [
    ...ANHUI_POLICY_INPUT.documents,
    {
      title: '关于进一步明确“异地就医备案”相关事项的通知',
      number: '怀医保中心〔2023〕37号',
      date: '2023-06-09',
    },
  ],
  categories: {
    RETIRED_RESETTLED: { benefit: SAME_AS_LOCAL },
    LONG_TERM_RESIDENT: { benefit: SAME_AS_LOCAL },
    STATIONED_WORKER: { benefit: SAME_AS_LOCAL },
    REFERRAL: {
      benefit: AS_REFERRAL,
      referralIssuers: ruled(
        { minimumLevel: '二级及以上定点医疗机构', hospitals: BENGBU_REFERRAL_HOSPITALS },
        'AH-11',
        at('一（四）及附件'),
      ),
    },
    EMERGENCY: {
      allowed: ruled(false, 'BB-1-5', at('一（五）')),
      validity: ruled({ kind: 'DEEMED_FILED' }, 'BB-1-5', at('一（五）')),
      benefit: {
        ...AS_REFERRAL,
        text: '未备案的异地急诊抢救人员视同已备案，享受异地转诊就医人员待遇（支付比例下降10个百分点）。',
      },
    },
    OTHER_TEMPORARY: {
      benefit: benefit('比本地同级别医院医保支付比例下降20个百分点。', 20, '（三）'),
    },
  },
  materials: {
    // 000 一 lists no 备案表; the app still fills it, but the user is never asked for it.
    filingFormRequired: ruled(false, 'AH-11', at('一')),
  },
  commitment: ruled(
    {
      months: 1,
      consequence: 'LONG_TERM_BENEFITS_ENDED',
      letterRetentionYears: 2,
      usableWhileOpen: true,
      groups: null,
      committableDocs: null,
    },
    'BB-1-3',
    at('一（三）'),
  ),
  emergency: ruled({ mode: 'DEEMED_FILED', holidaysExtendWindow: false }, 'BB-1-5', at('一（五）')),
  claims: {
    oneSettlementPerAdmission: ruled(
      { text: '同一次住院的全部医疗费用只能选择在一地结算报销，不得分两地分别报销。' },
      'BB-3-2',
      at('三（二）'),
    ),
  },
  usableAt: {
    LONG_TERM: ruled('BOTH_WHEN_COMPLETE', 'BB-1-3', at('一（三）（补齐材料后双向享受待遇）')),
  },
});
