// The insured person and who may act for them (docs/api.md "Persons").
import * as z from 'zod/mini';
import {
  authorizationStatusSchema,
  genderSchema,
  insuranceTypeSchema,
  relationshipSchema,
} from './enums';
import { entityIdSchema, hasControlCharacters, materialIdSchema } from './common';
import { instantSchema, isoDateSchema } from './dates';
import { idNumberSchema, idNumberSchemaAsOf } from './idNumber';
import { phoneSchema } from './phone';
import { insuredRegionSchema } from './region';
import type { IsoDate } from '../calendar';

export const PERSON_NAME_MESSAGES = {
  missing: '请填写姓名',
  tooShort: '姓名至少要2个字',
  tooLong: '姓名不能超过30个字',
  characters: '姓名请填写汉字，和身份证上一致；少数民族姓名中间的点请用“·”',
} as const;

/** Middle dots people type for the separator in names like 买买提·艾力. */
const NAME_DOT_VARIANTS = /[•・‧∙⋅．.]/g;
const HAN_NAME_PATTERN = /^\p{Script=Han}+(?:·\p{Script=Han}+)*$/u;

function normalisePersonName(value: string): string {
  return value.trim().replace(/\s+/g, '').replace(NAME_DOT_VARIANTS, '·');
}

/** Counted in characters, not UTF-16 units: rare name characters lie outside the BMP. */
const characterCount = (value: string) => [...value].length;

export const personNameSchema = z.string({ error: PERSON_NAME_MESSAGES.missing }).check(
  // Before normalising: a line break or tab inside a name is a paste slip, not a space.
  z.refine((name) => !hasControlCharacters(name.trim()), {
    error: PERSON_NAME_MESSAGES.characters,
    abort: true,
  }),
  z.overwrite(normalisePersonName),
  z.refine((name) => name.length > 0, { error: PERSON_NAME_MESSAGES.missing, abort: true }),
  z.refine((name) => characterCount(name) >= 2, { error: PERSON_NAME_MESSAGES.tooShort }),
  z.refine((name) => characterCount(name) <= 30, { error: PERSON_NAME_MESSAGES.tooLong }),
  z.refine((name) => HAN_NAME_PATTERN.test(name), { error: PERSON_NAME_MESSAGES.characters }),
);

const CONSENT_MESSAGE = '请阅读并勾选同意处理敏感个人信息';

/**
 * The caller's separate consent to processing the person's sensitive personal information
 * (PIPL 第二十九条; for a child under 14 the guardian's, 第三十一条). Optional here: a body
 * without it is refused 409 CONSENT_REQUIRED by the server, not 422, so the app can show the step.
 */
export const sensitiveConsentSchema = z.object(
  {
    policyVersion: z
      .string({ error: CONSENT_MESSAGE })
      .check(z.regex(/^[A-Za-z0-9._-]{1,32}$/, { error: '隐私政策版本不正确，请刷新后重试' })),
    sensitive: z.boolean({ error: CONSENT_MESSAGE }),
    guardian: z.optional(z.boolean({ error: CONSENT_MESSAGE })),
  },
  { error: CONSENT_MESSAGE },
);
export type SensitiveConsent = z.infer<typeof sensitiveConsentSchema>;

const createPersonShape = {
  name: personNameSchema,
  idNumber: idNumberSchema,
  phone: phoneSchema,
  insuranceType: insuranceTypeSchema,
  insuredRegion: insuredRegionSchema,
  relationship: relationshipSchema,
  authorizationMaterialId: z.optional(materialIdSchema),
  consent: z.optional(sensitiveConsentSchema),
};
const PERSON_BODY_MESSAGE = '请填写参保人信息';

/** POST /v1/persons. Unknown keys are dropped; the identity fields themselves are strict. */
export const createPersonBodySchema = z.object(createPersonShape, { error: PERSON_BODY_MESSAGE });
export type CreatePersonBody = z.infer<typeof createPersonBodySchema>;
export type CreatePersonBodyInput = z.input<typeof createPersonBodySchema>;

/** The same body with an explicit "today" for the birth-date check (X-Clock in local/test). */
export function createPersonBodySchemaAsOf(today: IsoDate | (() => IsoDate)) {
  return z.object(
    { ...createPersonShape, idNumber: idNumberSchemaAsOf(today) },
    { error: PERSON_BODY_MESSAGE },
  );
}

export const personSchema = z.object({
  id: entityIdSchema('参保人编号不正确'),
  name: z.string(),
  /** '3403**********1234': the full number never leaves the server. */
  idNumberMasked: z.string(),
  gender: genderSchema,
  birthDate: isoDateSchema,
  insuranceType: insuranceTypeSchema,
  insuredRegion: insuredRegionSchema,
  relationship: relationshipSchema,
  authorization: authorizationStatusSchema,
  /** Added beyond docs/api.md: the phone for reminders, masked like the ID number. */
  phoneMasked: z.optional(z.string()),
});
export type Person = z.infer<typeof personSchema>;

export const personListSchema = z.array(personSchema);

/** GET /v1/persons/{id}/agents: another account linked to the person (the person's own view). */
export const agentSchema = z.object({
  userId: z.string(),
  relationship: relationshipSchema,
  authorization: authorizationStatusSchema,
  requestedAt: instantSchema,
  activatedAt: z.optional(instantSchema),
  authorizedBy: z.optional(z.enum(['SELF', 'CONSENT', 'AUTHORIZATION_LETTER'])),
  /** What the agent typed for the person when asking (their own request, unchecked). */
  requestedName: z.optional(z.string()),
});
export type Agent = z.infer<typeof agentSchema>;
export const agentListSchema = z.array(agentSchema);

/** POST /v1/persons/{id}/agents/{userId}/revocation → the withdrawn authorization. */
export const agentRevocationSchema = z.object({
  userId: z.string(),
  relationship: relationshipSchema,
  authorization: z.literal('REVOKED'),
  revokedAt: instantSchema,
});
export type AgentRevocation = z.infer<typeof agentRevocationSchema>;
