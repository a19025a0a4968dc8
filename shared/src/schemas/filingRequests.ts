// Request bodies and queries of the filing endpoints (docs/api.md "Filings").
import * as z from 'zod/mini';
import { isAfter, isValidIsoDate } from '../calendar';
import {
  COMMITMENT_GROUPS,
  categorySchema,
  changeReasonSchema,
  docTypeSchema,
  FILING_STATUSES,
  referralConditionSchema,
  STUDENT_SITUATIONS,
} from './enums';
import {
  compositeIdSchema,
  expectedVersionSchema,
  materialIdListSchema,
  personIdSchema,
  plainTextSchema,
} from './common';
import { isoDateSchemaFor } from './dates';
import { phoneSchema } from './phone';
import { destinationSchema } from './region';

export const contactSchema = z.object(
  {
    address: plainTextSchema('联系地址', { max: 200 }),
    phone: phoneSchema,
    phone2: z.optional(phoneSchema),
  },
  { error: '请填写联系地址和电话' },
);
export type Contact = z.infer<typeof contactSchema>;

export const materialsProofSchema = z.object({
  kind: z.literal('MATERIALS'),
  // May be empty: what a category needs is the region's policy (409 MATERIALS_INCOMPLETE).
  materialIds: materialIdListSchema(),
});
export const commitmentProofSchema = z.object({
  kind: z.literal('COMMITMENT'),
  missing: z.array(docTypeSchema, { error: '请选择以承诺代替的材料' }).check(
    z.minLength(1, { error: '请选择以承诺代替的材料' }),
    z.maxLength(10, { error: '以承诺代替的材料选得太多了' }),
    z.refine((missing) => new Set(missing).size === missing.length, {
      error: '以承诺代替的材料重复了',
    }),
  ),
  signatureMaterialId: compositeIdSchema('请先在承诺书上签名'),
  /** Proof the person does have, uploaded alongside the commitment. */
  materialIds: z.optional(materialIdListSchema()),
  /** HA-7: which of the groups the region accepts commitments from the person belongs to. */
  group: z.optional(z.enum(COMMITMENT_GROUPS, { error: '请选择适用承诺制的人员类别' })),
});
export const proofSchema = z.discriminatedUnion(
  'kind',
  [materialsProofSchema, commitmentProofSchema],
  {
    error: '请选择上传证明材料，或签署个人承诺书',
  },
);
export type Proof = z.infer<typeof proofSchema>;

export const referralSchema = z.object(
  {
    hospitalName: plainTextSchema('转出医院名称', { min: 2, max: 100 }),
    certificateMaterialId: compositeIdSchema('请上传转诊转院证明'),
    condition: z.optional(referralConditionSchema),
  },
  { error: '请填写转诊信息' },
);
export type Referral = z.infer<typeof referralSchema>;

export const emergencySchema = z.object(
  {
    admissionDate: isoDateSchemaFor('入院日期'),
    hospitalName: plainTextSchema('就诊医院名称', { min: 2, max: 100 }),
    // true is well-formed: refusing it is a rule (409 RETRO_FILING_AFTER_DISCHARGE, YJ-6).
    discharged: z.boolean({ error: '请选择是否已经出院' }),
  },
  { error: '请填写急诊入院信息' },
);
export type Emergency = z.infer<typeof emergencySchema>;

/**
 * The category wizard's eligibility answers (POLICY §1), sent with the filing: the engine needs
 * them to accept 异地安置退休 (retired, hukouMoved), residence and work minimums (阳江 YJ-5,
 * 攀枝花 PZH-1) and the student exemption. Whether they suffice is the engine's call.
 */
export const eligibilityFactsSchema = z.object(
  {
    retired: z.optional(z.boolean({ error: '请选择是否已经退休' })),
    residenceMonths: z.optional(
      z.int({ error: '居住月数应为整数' }).check(z.minimum(0), z.maximum(1200)),
    ),
    workMonths: z.optional(
      z.int({ error: '工作月数应为整数' }).check(z.minimum(0), z.maximum(1200)),
    ),
    student: z.optional(z.boolean({ error: '请选择是否为学生' })),
    // YJ-5: only some student situations count as a stationed worker.
    studentSituation: z.optional(z.enum(STUDENT_SITUATIONS, { error: '请选择学生目前的情况' })),
    hukouMoved: z.optional(z.boolean({ error: '请选择户籍是否已经迁入' })),
  },
  { error: '请回答资格问题' },
);
export type EligibilityFactsBody = z.infer<typeof eligibilityFactsSchema>;
/** AH-22, HA-11: filed during a hospital stay, which the registration covers from its first day. */
export const currentAdmissionSchema = z.object(
  {
    admissionDate: isoDateSchemaFor('入院日期'),
    hospitalName: plainTextSchema('住院医院名称', { min: 2, max: 100 }),
  },
  { error: '请填写入院信息' },
);
export type CurrentAdmission = z.infer<typeof currentAdmissionSchema>;

/** POST /v1/filings. Only what a form can get wrong is checked here; rules are the engine's. */
export const createFilingBodySchema = z
  .object(
    {
      personId: personIdSchema,
      category: categorySchema,
      destination: destinationSchema,
      startDate: isoDateSchemaFor('开始日期'),
      contact: contactSchema,
      proof: proofSchema,
      proofEndDate: z.optional(isoDateSchemaFor('证明材料的截止日期')),
      referral: z.optional(referralSchema),
      emergency: z.optional(emergencySchema),
      facts: z.optional(eligibilityFactsSchema),
      admission: z.optional(currentAdmissionSchema),
    },
    { error: '请填写备案信息' },
  )
  .check(
    z.superRefine((body, context) => {
      if (body.category === 'REFERRAL' && !body.referral) {
        context.addIssue({
          code: 'custom',
          path: ['referral'],
          message: '转诊备案请填写转出医院并上传转诊转院证明',
        });
      }
      if (body.category === 'EMERGENCY' && !body.emergency) {
        context.addIssue({
          code: 'custom',
          path: ['emergency'],
          message: '急诊备案请填写入院日期和医院',
        });
      }
      // Compared only once both are real dates: an invalid one already has its own issue.
      if (
        body.proofEndDate &&
        isValidIsoDate(body.proofEndDate) &&
        isValidIsoDate(body.startDate) &&
        isAfter(body.startDate, body.proofEndDate)
      ) {
        context.addIssue({
          code: 'custom',
          path: ['proofEndDate'],
          message: '证明材料的截止日期不能早于开始日期',
        });
      }
    }),
  );
export type CreateFilingBody = z.infer<typeof createFilingBodySchema>;
export type CreateFilingBodyInput = z.input<typeof createFilingBodySchema>;

/** POST /v1/filings/{id}/supplements. */
export const supplementBodySchema = z.object(
  {
    materialIds: materialIdListSchema({ min: 1 }, '请至少上传一份要补充的材料'),
    expectedVersion: z.optional(expectedVersionSchema),
    /** The end date a supplemented proof states, for validity "as the document says" (YJ-9). */
    proofEndDate: z.optional(isoDateSchemaFor('证明材料的截止日期')),
  },
  { error: '请上传要补充的材料' },
);
export type SupplementBody = z.infer<typeof supplementBodySchema>;

/** POST /v1/filings/{id}/changes: a new version; the previous one is kept in history. */
export const changeBodySchema = z.object(
  {
    expectedVersion: expectedVersionSchema,
    reason: changeReasonSchema,
    destination: z.optional(destinationSchema),
    category: z.optional(categorySchema),
    evidenceMaterialIds: z.optional(materialIdListSchema()),
    proofEndDate: z.optional(isoDateSchemaFor('证明材料的截止日期')),
  },
  { error: '请填写变更信息' },
);
export type ChangeBody = z.infer<typeof changeBodySchema>;

/** POST /v1/filings/{id}/cancellation. */
export const cancellationBodySchema = z.object(
  {
    expectedVersion: expectedVersionSchema,
    reason: plainTextSchema('取消原因', { max: 200 }),
    // HA-9: an admission lets a long-term filing be cancelled inside the 3-month lock.
    inHospital: z.optional(z.boolean({ error: '请选择目前是否在住院' })),
  },
  { error: '请填写取消原因' },
);
export type CancellationBody = z.infer<typeof cancellationBodySchema>;

/**
 * POST /v1/filings/{id}/extensions (PZH-4-2-2): a request with its reason ("因特殊原因，未能办理
 * 入院的"); a reviewer decides it. The reason's presence is the engine's rule (409/422 with rule).
 */
export const extensionBodySchema = z.object(
  {
    expectedVersion: expectedVersionSchema,
    reason: z.optional(plainTextSchema('延期原因', { max: 500 })),
  },
  { error: '缺少版本号，请刷新页面后重试' },
);
export type ExtensionBody = z.infer<typeof extensionBodySchema>;

/**
 * POST /v1/filings/{id}/admissions: records an admission, or (the same admissionDate with a
 * dischargeDate) the discharge of the open one (AH-13-2, YJ-9, PZH-4-2-2).
 */
export const admissionBodySchema = z
  .object(
    {
      expectedVersion: expectedVersionSchema,
      hospitalName: plainTextSchema('住院医院名称', { min: 2, max: 100 }),
      admissionDate: isoDateSchemaFor('入院日期'),
      dischargeDate: z.optional(isoDateSchemaFor('出院日期')),
    },
    { error: '请填写住院信息' },
  )
  .check(
    z.superRefine((body, context) => {
      if (body.dischargeDate && isAfter(body.admissionDate, body.dischargeDate)) {
        context.addIssue({
          code: 'custom',
          path: ['dischargeDate'],
          message: '出院日期不能早于入院日期',
        });
      }
    }),
  );
export type AdmissionBody = z.infer<typeof admissionBodySchema>;

/** POST /v1/filings/{id}/resubmission: after a RETURN, the same filing goes back for review. */
export const resubmissionBodySchema = z.object(
  {
    expectedVersion: expectedVersionSchema,
    /** Corrected or added proof, uploaded beforehand (POST /v1/materials). */
    materialIds: z._default(
      z
        .array(z.string().check(z.minLength(1, { error: '材料编号不正确' })), {
          error: '材料清单格式不正确',
        })
        .check(z.maxLength(20, { error: '一次最多提交20份材料' })),
      [],
    ),
  },
  { error: '请求格式不正确' },
);
export type ResubmissionBody = z.infer<typeof resubmissionBodySchema>;

export const filingStatusQuerySchema = z.enum(FILING_STATUSES, { error: '备案状态不正确' });

/** GET /v1/filings?personId=&status= (query strings). */
export const filingListQuerySchema = z.object(
  {
    personId: z.optional(personIdSchema),
    status: z.optional(filingStatusQuerySchema),
  },
  { error: '查询条件不正确' },
);
export type FilingListQuery = z.infer<typeof filingListQuerySchema>;
