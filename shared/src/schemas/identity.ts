// Real-name verification of the account (docs/api.md "Identity": POST /v1/me/identity, 实名认证) and
// what GET /v1/me shows of it. The full ID number never leaves the server.
import * as z from 'zod/mini';
import { instantSchema } from './dates';
import { idNumberSchema } from './idNumber';
import { personNameSchema } from './person';

export const IDENTITY_PROVIDERS = ['wechat-face', 'dev'] as const;
export type IdentityProvider = (typeof IDENTITY_PROVIDERS)[number];

const VERIFY_RESULT_MESSAGE = '刷脸核验的结果无效，请重新刷脸';

/** The result wx.startFacialRecognitionVerify returned; the server confirms it with WeChat. */
export const wechatFaceIdentityBodySchema = z.object({
  provider: z.literal('wechat-face'),
  name: personNameSchema,
  idNumber: idNumberSchema,
  verifyResult: z
    .string({ error: VERIFY_RESULT_MESSAGE })
    .check(
      z.minLength(1, { error: VERIFY_RESULT_MESSAGE }),
      z.maxLength(512, { error: VERIFY_RESULT_MESSAGE }),
      z.regex(/^[\x21-\x7e]+$/, { error: VERIFY_RESULT_MESSAGE }),
    ),
});

/** Stand-in accepted only in the local and test stages. */
export const devIdentityBodySchema = z.object({
  provider: z.literal('dev'),
  name: personNameSchema,
  idNumber: idNumberSchema,
});

export const identityBodySchema = z.discriminatedUnion(
  'provider',
  [wechatFaceIdentityBodySchema, devIdentityBodySchema],
  { error: '请选择实名认证方式' },
);
export type IdentityBody = z.infer<typeof identityBodySchema>;
export type IdentityBodyInput = z.input<typeof identityBodySchema>;

/** A verified identity as the API shows it: the name, the ID number masked. */
export const identitySchema = z.object({
  name: z.string(),
  idNumberMasked: z.string(),
  provider: z.enum(IDENTITY_PROVIDERS),
  verifiedAt: instantSchema,
});
export type Identity = z.infer<typeof identitySchema>;

export const identityResponseSchema = z.object({ identity: identitySchema });
export type IdentityResponse = z.infer<typeof identityResponseSchema>;
