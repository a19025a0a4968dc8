// Valid request bodies for the schema tests and the fuzz test (test data, not exported).
import type * as z from 'zod/mini';
import { fieldErrorsOf } from './errors';
import type {
  CancellationBody,
  ChangeBody,
  CreateFilingBodyInput,
  CreateMaterialBodyInput,
  CreatePersonBodyInput,
  ExtensionBody,
  LoginBody,
  ReviewDecisionBodyInput,
  SupplementBody,
} from './index';

/** generateIdNumber({regionCode:'340303', birthDate:'1956-03-08', sequence:12, gender:'FEMALE'}) */
export const EXAMPLE_ID_NUMBER = '340303195603080246';

export const validCreatePerson: CreatePersonBodyInput = {
  name: '张桂兰',
  idNumber: EXAMPLE_ID_NUMBER,
  phone: '13812345678',
  insuranceType: 'RESIDENT',
  insuredRegion: '340300',
  relationship: 'PARENT',
  authorizationMaterialId: 'mat_auth_1',
};

export const validCreateMaterial: CreateMaterialBodyInput = {
  personId: 'per_1',
  docType: 'RESIDENCE_PERMIT',
  contentType: 'image/jpeg',
  size: 1_234_567,
  sha256: 'A'.repeat(64),
};

export const validCreateFiling: CreateFilingBodyInput = {
  personId: 'per_1',
  category: 'LONG_TERM_RESIDENT',
  destination: { code: '320500' },
  startDate: '2026-12-01',
  contact: { address: '江苏省苏州市姑苏区人民路100号', phone: '0512-65123456' },
  proof: { kind: 'COMMITMENT', missing: ['RESIDENCE_PERMIT'], signatureMaterialId: 'mat_sig_1' },
};

export const validReferralFiling: CreateFilingBodyInput = {
  personId: 'per_1',
  category: 'REFERRAL',
  destination: { code: '310000' },
  startDate: '2026-12-01',
  contact: { address: '上海市徐汇区东安路270号', phone: '13912345678', phone2: '0552-3012345' },
  proof: { kind: 'MATERIALS', materialIds: ['mat_id_1', 'mat_ref_1'] },
  referral: {
    hospitalName: '蚌埠医科大学第一附属医院',
    certificateMaterialId: 'mat_ref_1',
    condition: 'MALIGNANT_TUMOR',
  },
};

export const validSupplement: SupplementBody = { materialIds: ['mat_res_1'], expectedVersion: 2 };

export const validChange: ChangeBody = {
  expectedVersion: 3,
  reason: 'RELOCATED',
  destination: { code: '330100' },
  evidenceMaterialIds: ['mat_ev_1'],
};

export const validCancellation: CancellationBody = {
  expectedVersion: 1,
  reason: '已经回到参保地居住',
  inHospital: false,
};

export const validExtension: ExtensionBody = { expectedVersion: 4 };

export const validReviewReturn: ReviewDecisionBodyInput = {
  expectedVersion: 1,
  decision: 'RETURN',
  notices: [
    { docType: 'RESIDENCE_PERMIT', problem: '居住证照片看不清，请重新拍摄' },
    { problem: '联系地址缺少门牌号' },
  ],
};

export const validWechatLogin: LoginBody = { provider: 'wechat', code: '0a1b2c3d4e' };
export const validDevLogin: LoginBody = {
  provider: 'dev',
  devUser: 'alice',
  roles: ['REVIEWER'],
  regions: ['340300'],
};

/** Field → message of a failed parse ({} when it passes), as a 422 would carry it. */
export function fieldsOf(schema: z.ZodMiniType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}
