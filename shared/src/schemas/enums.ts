// Domain vocabulary shared by every layer. The same word is used from docs/policy-sources.md to the database
// attribute to the UI label key; Chinese labels live beside each list for what users read.
import * as z from 'zod/mini';

export const CATEGORIES = [
  'RETIRED_RESETTLED',
  'LONG_TERM_RESIDENT',
  'STATIONED_WORKER',
  'REFERRAL',
  'EMERGENCY',
  'OTHER_TEMPORARY',
] as const;
export const categorySchema = z.enum(CATEGORIES, { message: '请选择备案类别' });
export type Category = z.infer<typeof categorySchema>;

export const CATEGORY_LABELS: Record<Category, string> = {
  RETIRED_RESETTLED: '异地安置退休人员',
  LONG_TERM_RESIDENT: '异地长期居住人员',
  STATIONED_WORKER: '常驻异地工作人员',
  REFERRAL: '异地转诊人员',
  EMERGENCY: '异地急诊抢救人员',
  OTHER_TEMPORARY: '其他临时外出就医人员',
};

/** AH 第十条: the first three categories are long-term (长期驻外), the rest temporary. */
export const FILING_CLASSES = ['LONG_TERM', 'TEMPORARY'] as const;
export type FilingClass = (typeof FILING_CLASSES)[number];
export const LONG_TERM_CATEGORIES: readonly Category[] = [
  'RETIRED_RESETTLED',
  'LONG_TERM_RESIDENT',
  'STATIONED_WORKER',
];
export function filingClassOf(category: Category): FilingClass {
  return LONG_TERM_CATEGORIES.includes(category) ? 'LONG_TERM' : 'TEMPORARY';
}

export const DOC_TYPES = [
  'IDENTITY',
  'HOUSEHOLD_REGISTER',
  'RESIDENCE_PERMIT',
  'WORK_PROOF',
  'STUDENT_ID',
  'REFERRAL_CERTIFICATE',
  'COMMITMENT_SIGNATURE',
  'AUTHORIZATION_LETTER',
  'EVIDENCE',
  'ADMISSION_RECORD',
  // 零星报销 (HA-18): the documents a claim needs per kind.
  'RECEIPT',
  'ITEMISED_BILL',
  'DIAGNOSIS',
  'PRESCRIPTION',
  'DISCHARGE_SUMMARY',
] as const;
export const docTypeSchema = z.enum(DOC_TYPES, { message: '材料类型不正确' });
export type DocType = z.infer<typeof docTypeSchema>;

export const DOC_TYPE_LABELS: Record<DocType, string> = {
  IDENTITY: '有效身份证件、社会保障卡或医保电子凭证',
  HOUSEHOLD_REGISTER: '户口簿首页和本人常住人口登记卡',
  RESIDENCE_PERMIT: '居住证或居住证明',
  WORK_PROOF: '参保地单位派出证明、异地单位证明或工作合同',
  STUDENT_ID: '学生证',
  REFERRAL_CERTIFICATE: '转诊转院证明',
  COMMITMENT_SIGNATURE: '签名的个人承诺书',
  AUTHORIZATION_LETTER: '委托书',
  EVIDENCE: '其他证明材料',
  ADMISSION_RECORD: '入院或急诊证明',
  RECEIPT: '医院收费票据',
  ITEMISED_BILL: '费用明细清单',
  DIAGNOSIS: '诊断证明',
  PRESCRIPTION: '门诊处方底方或门诊病历',
  DISCHARGE_SUMMARY: '出院小结',
};

export const FILING_STATUSES = [
  'PENDING_REVIEW',
  'RETURNED',
  'ACTIVE',
  'REJECTED',
  'CANCELLED',
  'EXPIRED',
  'TERMINATED',
] as const;
export const filingStatusSchema = z.enum(FILING_STATUSES);
export type FilingStatus = z.infer<typeof filingStatusSchema>;

export const FILING_STATUS_LABELS: Record<FilingStatus, string> = {
  PENDING_REVIEW: '审核中',
  RETURNED: '已退回，待补正',
  ACTIVE: '已生效',
  REJECTED: '未通过',
  CANCELLED: '已取消',
  EXPIRED: '已到期',
  TERMINATED: '已终止',
};

export const COMMITMENT_STATUSES = ['OPEN', 'FULFILLED', 'BREACHED'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const INSURANCE_TYPES = ['EMPLOYEE', 'RESIDENT'] as const;
export const insuranceTypeSchema = z.enum(INSURANCE_TYPES, { message: '请选择参保类型' });
export type InsuranceType = z.infer<typeof insuranceTypeSchema>;
export const INSURANCE_TYPE_LABELS: Record<InsuranceType, string> = {
  EMPLOYEE: '职工医保',
  RESIDENT: '城乡居民医保',
};

export const RELATIONSHIPS = ['SELF', 'SPOUSE', 'PARENT', 'CHILD', 'OTHER'] as const;
export const relationshipSchema = z.enum(RELATIONSHIPS, { message: '请选择与本人的关系' });
export type Relationship = z.infer<typeof relationshipSchema>;
/** From the user's side: "this person is my …". */
export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  SELF: '本人',
  SPOUSE: '配偶',
  PARENT: '父母',
  CHILD: '子女',
  OTHER: '其他',
};

export const CHANGE_REASONS = [
  'RELOCATED',
  'EMPLOYER_CHANGED',
  'NEW_REFERRAL',
  'INSURANCE_STATUS_CHANGED',
  'OTHER',
] as const;
export const changeReasonSchema = z.enum(CHANGE_REASONS, { message: '请选择变更原因' });
export type ChangeReason = z.infer<typeof changeReasonSchema>;
export const CHANGE_REASON_LABELS: Record<ChangeReason, string> = {
  RELOCATED: '安置地或居住地变化',
  EMPLOYER_CHANGED: '工作单位或派驻地变化',
  NEW_REFERRAL: '有新的转诊证明',
  INSURANCE_STATUS_CHANGED: '参保类型或参保状态变化',
  OTHER: '其他原因',
};

/** YJ-9: referral validity is indefinite for these conditions. */
export const REFERRAL_CONDITIONS = ['MALIGNANT_TUMOR', 'POST_TRANSPLANT', 'HEMIPLEGIA'] as const;
export type ReferralCondition = (typeof REFERRAL_CONDITIONS)[number];
export const REFERRAL_CONDITION_LABELS: Record<ReferralCondition, string> = {
  MALIGNANT_TUMOR: '恶性肿瘤',
  POST_TRANSPLANT: '器官移植术后',
  HEMIPLEGIA: '偏瘫',
};

export const ROLES = ['INSURED', 'REVIEWER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const AUTHORIZATION_STATUSES = ['ACTIVE', 'PENDING'] as const;
export type AuthorizationStatus = (typeof AUTHORIZATION_STATUSES)[number];

// Added with the API schemas: schemas for the lists above that requests and responses carry.

/** GB 11643: the 17th digit of the ID number is odd for men, even for women. */
export const GENDERS = ['MALE', 'FEMALE'] as const;
export const genderSchema = z.enum(GENDERS, { message: '性别不正确' });
export type Gender = z.infer<typeof genderSchema>;
export const GENDER_LABELS: Record<Gender, string> = { MALE: '男', FEMALE: '女' };

export const filingClassSchema = z.enum(FILING_CLASSES, { message: '备案类型不正确' });
export const commitmentStatusSchema = z.enum(COMMITMENT_STATUSES, { message: '承诺状态不正确' });
export const referralConditionSchema = z.enum(REFERRAL_CONDITIONS, {
  message: '请选择病情（恶性肿瘤、器官移植术后或偏瘫），没有可以不选',
});
export const roleSchema = z.enum(ROLES, { message: '用户角色不正确' });
export const authorizationStatusSchema = z.enum(AUTHORIZATION_STATUSES, {
  message: '授权状态不正确',
});

/** AH-15-1: a destination is a prefecture-level city, or a province for the listed few. */
export const DESTINATION_LEVELS = ['CITY', 'PROVINCE'] as const;
export const destinationLevelSchema = z.enum(DESTINATION_LEVELS, { message: '就医地级别不正确' });

export const REVIEW_DECISIONS = ['APPROVE', 'RETURN', 'REJECT'] as const;
export const reviewDecisionSchema = z.enum(REVIEW_DECISIONS, {
  message: '请选择审核结果：通过、退回补正或不予通过',
});
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;
export const REVIEW_DECISION_LABELS: Record<ReviewDecision, string> = {
  APPROVE: '通过',
  RETURN: '退回补正',
  REJECT: '不予通过',
};

export const MATERIAL_CONTENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export const materialContentTypeSchema = z.enum(MATERIAL_CONTENT_TYPES, {
  message: '只能上传 JPG、PNG 格式的照片或 PDF 文件',
});
export type MaterialContentType = z.infer<typeof materialContentTypeSchema>;

/** Whose commitment a region accepts (HA-7: 外出农民工和就业创业人员、随迁老人、居住证件正在办理). */
export const COMMITMENT_GROUPS = [
  'MIGRANT_WORKER',
  'ACCOMPANYING_ELDERLY',
  'RESIDENCE_DOCUMENT_PENDING',
] as const;

/** YJ-5: where a student is, which decides whether they count as a stationed worker. */
export const STUDENT_SITUATIONS = [
  'HOME_DURING_VACATION',
  'HOME_ON_SICK_LEAVE',
  'BRANCH_CAMPUS',
  'OTHER',
] as const;

// 零星报销 (AH-47, HA-17, HA-18, HA-19): claiming back bills that were not settled directly.

/** HA-18: the four kinds of care, each with its own documents. */
export const CLAIM_KINDS = ['INPATIENT', 'OUTPATIENT', 'EMERGENCY', 'MATERNITY'] as const;
export const claimKindSchema = z.enum(CLAIM_KINDS, {
  message: '请选择费用类型：住院、门诊、急诊或生育',
});
export type ClaimKind = z.infer<typeof claimKindSchema>;
export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  INPATIENT: '住院费用',
  OUTPATIENT: '门诊费用',
  EMERGENCY: '急诊费用',
  MATERNITY: '生育费用',
};

/**
 * Why the bills were not settled directly (HA-17 (一)–(五); AH-47 "网络系统故障或就诊凭证故障或其他
 * 政策规定"). A region lists the cases it accepts (policy `claims.cases`).
 */
export const CLAIM_CASES = [
  'NOT_SETTLED_DIRECTLY',
  'EMERGENCY_UNFILED',
  'STUDENT_VACATION',
  'MATERNITY_OFFSITE',
  'OTHER',
] as const;
export const claimCaseSchema = z.enum(CLAIM_CASES, { message: '请选择未能直接结算的原因' });
export type ClaimCase = z.infer<typeof claimCaseSchema>;
export const CLAIM_CASE_LABELS: Record<ClaimCase, string> = {
  NOT_SETTLED_DIRECTLY: '已备案，但因未联网结算、社会保障卡未激活或系统故障等未能直接结算',
  EMERGENCY_UNFILED: '未备案，外出期间突发急、危、重病就近抢救',
  STUDENT_VACATION: '参保学生寒暑假期间回原籍就医',
  MATERNITY_OFFSITE: '异地生育',
  OTHER: '其他可以零星报销的情形',
};

/**
 * SUBMITTED: complete, waiting for the office. EXTENSION_REQUESTED: incomplete, an AH-47 extension
 * asked for. EXTENDED: the extension granted, still incomplete. RETURNED: sent back with every
 * problem (or the extension refused). FORFEITED: AH-47 "视为放弃医保报销".
 */
export const CLAIM_STATUSES = [
  'SUBMITTED',
  'EXTENSION_REQUESTED',
  'EXTENDED',
  'RETURNED',
  'APPROVED',
  'PAID',
  'REJECTED',
  'FORFEITED',
] as const;
export const claimStatusSchema = z.enum(CLAIM_STATUSES, { message: '报销申请状态不正确' });
export type ClaimStatus = z.infer<typeof claimStatusSchema>;
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  SUBMITTED: '已提交，审核中',
  EXTENSION_REQUESTED: '延期申请审批中',
  EXTENDED: '已同意延期，待补齐材料',
  RETURNED: '已退回，待补正',
  APPROVED: '审核通过，待支付',
  PAID: '已支付',
  REJECTED: '未通过',
  FORFEITED: '已逾期，视为放弃报销',
};

export const CLAIM_DECISIONS = [
  'APPROVE',
  'RETURN',
  'REJECT',
  'EXTEND_APPROVED',
  'EXTEND_REFUSED',
] as const;
export const claimDecisionSchema = z.enum(CLAIM_DECISIONS, {
  message: '请选择审核结果：通过、退回补正、不予通过，或同意、不同意延期',
});
export type ClaimDecision = z.infer<typeof claimDecisionSchema>;
export const CLAIM_DECISION_LABELS: Record<ClaimDecision, string> = {
  APPROVE: '通过',
  RETURN: '退回补正',
  REJECT: '不予通过',
  EXTEND_APPROVED: '同意延期',
  EXTEND_REFUSED: '不同意延期',
};
