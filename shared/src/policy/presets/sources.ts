// The documents the presets cite (seeds/ 000–004) and a helper to write `{ value, rule, clause }`.
import { PROVINCE_LEVEL_DESTINATION_CODES } from '../../regions';
import type { RuleId } from '../ruleIds';

export const CIVIL_CODE = '《中华人民共和国民法典》第二百零一条至第二百零四条';
export const AH_DOC = '《安徽省基本医疗保险异地就医结算服务经办规程》';
export const BB_DOC = '《关于进一步明确“异地就医备案”相关事项的通知》（怀医保中心〔2023〕37号）';
export const HA_DOC = '《淮安市异地就医经办程序细则》（淮医保发〔2020〕34号）';
export const PZH_DOC =
  '《关于做好基本医疗保险参保人员异地就医备案工作有关问题的通知》（攀医保〔2017〕10号）';
export const YJ_DOC = '《阳江市基本医疗保险异地就医管理暂行办法》（阳医保通〔2021〕23号）';

export function ruled<T>(value: T, rule: RuleId, clause: string) {
  return { value, rule, clause };
}

/** The CC-201 period rule every preset counts with. */
export const CIVIL_CODE_PERIODS = ruled('CIVIL_CODE' as const, 'CC-201', CIVIL_CODE);

/** AH-15-1, HA-6: destinations filed at the province level (海南, 西藏, 4 municipalities, 兵团). */
export const PROVINCE_LEVEL_CODES: string[] = [...PROVINCE_LEVEL_DESTINATION_CODES];

export interface EligibilityLimits {
  requiresRetired: boolean;
  requiresHukouMoved: boolean;
  retirementAge: { MALE: number; FEMALE: number; employees: 'AS_STATED' | 'STATUTORY' } | null;
  minimumResidenceMonths: number | null;
  minimumWorkMonths: number | null;
  studentsExempt: boolean;
  studentSituations: ('HOME_DURING_VACATION' | 'HOME_ON_SICK_LEAVE' | 'BRANCH_CAMPUS' | 'OTHER')[];
}

/** No condition beyond the category's definition. */
export const NO_LIMITS: EligibilityLimits = {
  requiresRetired: false,
  requiresHukouMoved: false,
  retirementAge: null,
  minimumResidenceMonths: null,
  minimumWorkMonths: null,
  studentsExempt: false,
  studentSituations: [],
};

/** A category's extension terms (PZH-4-2-2), or null where it is filed again instead. */
export type ExtensionTerms = {
  months: number;
  onApproval: boolean;
  onlyBeforeAdmission: boolean;
} | null;
