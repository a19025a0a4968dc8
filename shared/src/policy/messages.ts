// Every Chinese sentence the engine shows a user, in one place: plain words, why, and — where a
// date lifts the refusal — from which day it becomes possible. refuse() appends "依据：<clause>".
import type { IsoDate } from '../calendar';
import {
  CATEGORY_LABELS,
  CHANGE_REASON_LABELS,
  DOC_TYPE_LABELS,
  FILING_STATUS_LABELS,
  INSURANCE_TYPE_LABELS,
  type Category,
  type ChangeReason,
  type DocType,
  type FilingStatus,
  type InsuranceType,
} from '../schemas/enums';
import type { CommitmentGroup, StudentSituation, Validity } from './types';

/** '2027-05-22' → '2027年5月22日'. */
export function chineseDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** 6 → '6个月', 12 → '1年', 24 → '2年'. */
export function chineseMonths(months: number): string {
  return months % 12 === 0 ? `${months / 12}年` : `${months}个月`;
}

const label = (category: Category) => `“${CATEGORY_LABELS[category]}”`;
const docs = (option: readonly DocType[]) =>
  option.length === 0 ? '无需其他证明材料' : option.map((doc) => DOC_TYPE_LABELS[doc]).join('和');
const anyOf = (options: readonly (readonly DocType[])[]) => options.map(docs).join('；或');

const ACTION_WORDS = {
  CHANGE: '变更',
  CANCEL: '取消',
  EXTEND: '延期',
  SUPPLEMENT: '补充材料',
  RESUBMIT: '重新提交',
  ADMISSION: '住院登记',
  END: '终止备案',
};
export type ActionWord = keyof typeof ACTION_WORDS;

/** HA-7's groups in the notice's words. */
export const COMMITMENT_GROUP_LABELS: Record<CommitmentGroup, string> = {
  MIGRANT_WORKER: '外出农民工和就业创业人员',
  ACCOMPANYING_ELDERLY: '随迁老人',
  RESIDENCE_DOCUMENT_PENDING: '居住证件等材料正在办理中的人员',
};

/** YJ-5's student situations. */
export const STUDENT_SITUATION_LABELS: Record<StudentSituation, string> = {
  HOME_DURING_VACATION: '寒暑假期间回到户籍所在地',
  HOME_ON_SICK_LEAVE: '因病休学期间回到户籍所在地',
  BRANCH_CAMPUS: '在异地分校学习、实习',
  OTHER: '其他情况',
};

/** The app's line for a registration kept usable by an open hospital stay (AH-13-2, YJ-9). */
export const IN_HOSPITAL_TEXT = '住院中，出院前持续有效';
const DATE_WORDS = { START_DATE: '开始日期', PROOF_END_DATE: '证明材料有效期截止日期' };

/** What the wizard asks when a fact an eligibility rule needs is unknown. */
export const FACT_QUESTIONS = {
  retired: '您是否已经办理退休？',
  hukouMoved: '户籍是否已经迁入安置地？',
  residenceMonths: '在当地已经或打算连续居住多少个月？',
  workMonths: '单位派驻异地连续工作多少个月？',
  studentSituation: '在校学生目前是寒暑假或因病休学回到户籍所在地，还是在异地分校学习、实习？',
} as const;

export function withBasis(text: string, clause: string): string {
  return `${text}依据：${clause}`;
}

export const MESSAGES = {
  // §1 who may file
  emergencyDeemedFiled: () =>
    '异地急诊抢救视同已备案，不需要办理备案，可以直接在就医地定点医疗机构结算。',
  categoryNotOffered: (category: Category, regionName: string) =>
    category === 'EMERGENCY'
      ? `${regionName}没有${label(category)}备案类别；急诊抢救发生的费用，可回参保地按规定报销。`
      : `${regionName}不办理${label(category)}备案，请选择其他备案类别。`,
  insuranceTypeNotEligible: (category: Category, allowed: readonly InsuranceType[]) =>
    `${label(category)}备案只适用于${allowed.map((t) => INSURANCE_TYPE_LABELS[t]).join('、')}参保人员。`,
  notRetired: (category: Category) => `${label(category)}备案只适用于已经退休的人员。`,
  hukouNotMoved: (category: Category) =>
    `${label(category)}须已将户籍迁入安置地（定居地）；户籍未迁的，可以看看“异地长期居住人员”是否符合。`,
  belowRetirementAge: (category: Category, male: number, female: number, from: IsoDate) =>
    `${label(category)}须达到法定退休年龄（男满${male}周岁、女满${female}周岁），${chineseDate(from)}起可以办理。`,
  residenceTooShort: (minimumMonths: number) =>
    `须在异地同一地点连续居住生活${chineseMonths(minimumMonths)}以上，目前还不符合条件。`,
  workTooShort: (minimumMonths: number, studentSituations: readonly StudentSituation[]) =>
    `须由单位派驻异地连续工作${chineseMonths(minimumMonths)}以上${studentSituations.length > 0 ? `（在校学生${studentSituations.map((x) => STUDENT_SITUATION_LABELS[x]).join('、')}的，不受此限）` : ''}，目前还不符合条件。`,
  belowStatutoryRetirementAge: (category: Category, from: IsoDate) =>
    `${label(category)}须达到国家法定退休年龄（职工按2025年起实施的渐进式延迟法定退休年龄计算），${chineseDate(from)}起可以办理；已办理退休的，请选择“已退休”。`,
  factMissing: (fact: keyof typeof FACT_QUESTIONS) => `请先回答：${FACT_QUESTIONS[fact]}`,
  // §2 materials and the commitment
  materialsIncomplete: (options: readonly (readonly DocType[])[]) =>
    `证明材料还不齐全，请提供以下任意一种：${anyOf(options)}。`,
  commitmentNotAllowed: (category: Category, options: readonly (readonly DocType[])[]) =>
    `${label(category)}不能以个人承诺代替证明材料，请上传：${anyOf(options)}。`,
  commitmentGroupRequired: (groups: readonly CommitmentGroup[]) =>
    `个人承诺（承诺补充制）只适用于${groups.map((g) => COMMITMENT_GROUP_LABELS[g]).join('、')}；请选择您属于哪一类，或上传证明材料。`,
  commitmentDocsOnly: (docsAllowed: readonly DocType[]) =>
    `个人承诺只能用于以后补充${docsAllowed.map((d) => DOC_TYPE_LABELS[d]).join('、')}（就医地居住相关材料），其他证明材料请直接上传。`,
  commitmentMissingInvalid: (options: readonly (readonly DocType[])[]) =>
    `请选择承诺以后补交的证明材料（${anyOf(options)}）。`,
  proofEndDateMissing: () =>
    '请填写证明材料（如居住证、派驻证明、学生证）上的有效期截止日期，备案有效期以此为准。',
  proofExpired: (end: IsoDate) =>
    `证明材料的有效期已于${chineseDate(end)}结束，请提供仍在有效期内的材料。`,
  // §4 dates
  dateInvalid: (what: keyof typeof DATE_WORDS) => `${DATE_WORDS[what]}不是有效的日期。`,
  startDateInPast: (today: IsoDate) =>
    `备案开始日期不能早于申请当天（${chineseDate(today)}），请改为今天或以后的日期。`,
  emergencyDetailsMissing: () => '补办急诊备案，请填写急诊入院日期和是否已经出院。',
  admissionInFuture: () => '入院日期不能晚于今天。',
  startAfterValidityEnd: (end: IsoDate) =>
    `有效期自申请之日起计算，到${chineseDate(end)}为止；开始日期不能晚于这一天。`,
  admissionStartOnly: (admissionDate: IsoDate) =>
    `住院期间办理备案的，开始日期可以是入院日期（${chineseDate(admissionDate)}）或申请当天以后的日期。`,
  // PZH-4-4: the phone channel, never "cannot be filed".
  phoneFilingInstead: (phone: string, name: string) =>
    `这种情况请拨打${phone}办理备案（${name}），备案后按参保地规定报销。`,
  phoneFilingAfterDischarge: (phone: string, name: string) =>
    `已经出院结算的，请拨打${phone}办理备案（${name}），再按参保地规定报销。`,
  phoneFilingAdvice: (phone: string, name: string) =>
    `没有到联网医院就医，或在联网医院就医但没有直接结算的，请拨打${phone}办理备案（${name}），再按参保地规定报销；未备案的费用医保基金不予支付。`,
  admissionAtOtherHospital: (hospital: string, phone: string, name: string) =>
    `省内转诊备案只可在备案的联网医院（${hospital}）直接结算；在其他医院住院的，请拨打${phone}办理备案（${name}）。`,
  // Admissions (AH-13-2, YJ-9, AH-22, HA-11)
  hospitalNameMissing: () => '请填写住院的医院名称。',
  admissionOutsideValidity: () => '入院日期不在这份备案的有效期内，有效期内入院的才能登记。',
  dischargeBeforeAdmission: () => '出院日期不能早于入院日期。',
  dischargeInFuture: () => '出院日期不能晚于今天。',
  openAdmissionFirst: (admissionDate: IsoDate) =>
    `${chineseDate(admissionDate)}入院的住院还没有登记出院，请先登记这次出院。`,
  admissionBeforeLastDischarge: () => '入院日期不能早于上一次出院日期。',
  // AH 第十三条（一）
  insuranceStatusEndNotApplicable: () => '只有长期备案会因参保状态变化而终止。',
  retroAfterDischarge: () =>
    '急诊住院须在出院结算前补办备案，出院结算后不能再补办；已发生的费用请回参保地按规定报销。',
  // §5 change
  filingNotActive: (status: FilingStatus, what: keyof typeof ACTION_WORDS) =>
    `这份备案目前是“${FILING_STATUS_LABELS[status]}”状态，不能办理${ACTION_WORDS[what]}。`,
  // A reviewer's decision on a filing that is not under review (the staff page's own words).
  notUnderReview: () => '这份备案不在待审核状态，不能审核。',
  notUnderReviewToApprove: () => '这份备案不在待审核状态，不能审核通过。',
  changeNotApplicable: (category: Category) => `${label(category)}备案不需要、也不能办理变更。`,
  commitmentOpenBlocksChange: (dueDate: IsoDate) =>
    `以个人承诺方式备案的，补齐证明材料之前不能变更。请在${chineseDate(dueDate)}前补齐材料，补齐后即可办理。`,
  changeLocked: (months: number, until: IsoDate, exceptions: readonly ChangeReason[]) =>
    `备案生效后${chineseMonths(months)}内不能变更，${chineseDate(until)}起可以办理。${exceptionsText(exceptions)}`,
  changeOnlyWithException: (category: Category, exceptions: readonly ChangeReason[]) =>
    exceptions.length === 0
      ? `${label(category)}备案不能变更，如需调整请重新申请备案。`
      : `${label(category)}备案只有在以下情况才能变更：${reasons(exceptions)}。`,
  evidenceRequired: (reason: ChangeReason) =>
    `因“${CHANGE_REASON_LABELS[reason]}”办理变更，需要上传相关证明材料。`,
  changeAcrossClass: () => '长期备案和临时备案之间不能直接变更，请取消原备案后重新申请。',
  // §6 cancellation
  cancelLocked: (months: number, until: IsoDate, exceptions: readonly string[]) =>
    `长期驻外备案后${chineseMonths(months)}内不能取消${exceptions.length > 0 ? '（急诊、住院除外）' : ''}，${chineseDate(until)}起可以办理。`,
  // §3 supplement
  noOpenCommitment: () => '这份备案没有需要补充的承诺材料。',
  commitmentPastDue: (dueDate: IsoDate) =>
    `承诺补充材料的期限已于${chineseDate(dueDate)}届满，不能再补充。`,
  supplementNotMatching: (missing: readonly DocType[]) =>
    `上传的材料不是承诺时缺少的材料，还需要：${missing.map((d) => DOC_TYPE_LABELS[d]).join('、')}。`,
  supplementEmpty: () => '请至少上传一份材料。',
  // PZH-4-2-2 extension
  noExtension: (category: Category, hasEnd: boolean) =>
    hasEnd
      ? `${label(category)}备案不能延期，到期后请重新申请备案。`
      : `${label(category)}备案没有固定的到期日，不需要延期。`,
  extensionAfterExpiry: (validUntil: IsoDate) =>
    `备案已于${chineseDate(validUntil)}到期，不能再延期，请重新申请备案。`,
  extensionReasonMissing: () => '请写明未能办理入院的特殊原因，延期申请经审批后生效。',
  extensionPending: (requestedOn: IsoDate) =>
    `${chineseDate(requestedOn)}提交的延期申请正在等待医保经办机构审批。`,
  extensionNotNeeded: () => '已经办理入院的，出院前备案持续有效，不需要申请延期。',
  noPendingExtension: () => '这份备案没有待审批的延期申请。',
  // §7 destination
  destinationUnknown: () => '没有找到这个就医地，请从列表中选择就医的地级市或省份。',
  destinationInsideOwnRegion: (name: string) =>
    `${name}在您的参保统筹区之内，统筹区内跨县（区）就医不属于异地就医，不需要备案。`,
  destinationProvinceLevel: (province: string) =>
    `到${province}就医，请直接备案到“${province}”，不用选择具体的市、区或医院。`,
  destinationChooseCity: (province: string) =>
    `请选择${province}下具体的地级市（不用选择区县或医院）。`,
  destinationChooseCityNotCounty: () => '请选择就医地所在的地级市，不用选择区县或医院。',
} as const;

function reasons(list: readonly ChangeReason[]): string {
  return list.map((reason) => `“${CHANGE_REASON_LABELS[reason]}”`).join('、');
}

function exceptionsText(list: readonly ChangeReason[]): string {
  return list.length === 0 ? '' : `如属${reasons(list)}，可凭证明材料随时办理。`;
}

/** How long a registration lasts, in plain words (category guide, public view). */
export function validityText(validity: Validity): string {
  switch (validity.kind) {
    case 'INDEFINITE':
      return '长期有效，直到变更、取消或参保状态变化。';
    case 'MONTHS':
    case 'DAYS': {
      const span =
        validity.kind === 'MONTHS' ? chineseMonths(validity.months) : `${validity.days}天`;
      const indefinite = validity.indefiniteForConditions.length
        ? '；确诊为恶性肿瘤、器官移植术后或偏瘫导致长期住院的，长期有效'
        : '';
      return `自备案生效起${span}内有效${indefinite}。有效期内已入院的，出院结算前仍然有效。`;
    }
    case 'PROOF_END_DATE':
      return '有效期以证明材料（居住证、派驻证明、学生证等）上的截止日期为准。';
    case 'THIS_ADMISSION':
      return '当次入院有效，自入院日期起，出院结算后失效。';
    case 'DEEMED_FILED':
      return '视同已备案，不需要办理。';
  }
}
