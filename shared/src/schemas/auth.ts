// Identity (docs/api.md "Identity"): login with WeChat, or a named dev user in local/test only.
import * as z from 'zod/mini';
import { roleSchema } from './enums';
import { instantSchema } from './dates';
import { identitySchema } from './identity';
import { personSchema } from './person';
import { regionCodeSchemaFor } from './region';

const LOGIN_FAILED = '登录没有成功，请关闭小程序后重新打开';

export const wechatLoginBodySchema = z.object({
  provider: z.literal('wechat'),
  /** The one-time code of wx.login; the server exchanges it (code2Session). */
  code: z.string({ error: LOGIN_FAILED }).check(
    z.minLength(1, { error: LOGIN_FAILED }),
    z.maxLength(128, { error: LOGIN_FAILED }),
    // wx.login codes are printable ASCII; anything else never came from WeChat.
    z.regex(/^[\x21-\x7E]+$/, { error: LOGIN_FAILED }),
  ),
});

/** Refused by the server outside the local and test stages. */
export const devLoginBodySchema = z.object({
  provider: z.literal('dev'),
  devUser: z
    .string({ error: '请填写测试用户名' })
    .check(
      z.regex(/^[A-Za-z0-9_-]{1,32}$/, { error: '测试用户名只能用字母、数字、下划线或短横线' }),
    ),
  roles: z.optional(
    z
      .array(roleSchema, { error: '用户角色不正确' })
      .check(z.maxLength(3, { error: '用户角色不正确' })),
  ),
  regions: z.optional(
    z
      .array(regionCodeSchemaFor('负责地区'), { error: '负责地区不正确' })
      .check(z.maxLength(50, { error: '负责地区太多了' })),
  ),
});

export const loginBodySchema = z.discriminatedUnion(
  'provider',
  [wechatLoginBodySchema, devLoginBodySchema],
  { error: LOGIN_FAILED },
);
export type LoginBody = z.infer<typeof loginBodySchema>;

export const userSchema = z.object({
  id: z.string(),
  roles: z.array(roleSchema),
  /** Pooling regions a reviewer works for; empty for the insured. */
  regions: z.array(z.string()),
});
export type User = z.infer<typeof userSchema>;

/**
 * Login and refresh answer the same: a short-lived access token (≤ 15 minutes), its expiry, and
 * a one-use refresh token that POST /v1/auth/refresh exchanges for the next pair.
 */
export const loginResponseSchema = z.object({
  token: z.string(),
  expiresAt: instantSchema,
  refreshToken: z.string(),
  user: userSchema,
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

const SESSION_ENDED = '登录已过期，请重新登录';

/** POST /v1/auth/refresh: `<family>.<secret>`, both base64url (the server issued it). */
export const refreshBodySchema = z.object({
  refreshToken: z
    .string({ error: SESSION_ENDED })
    .check(
      z.maxLength(200, { error: SESSION_ENDED }),
      z.regex(/^[A-Za-z0-9_-]{16,64}\.[A-Za-z0-9_-]{32,64}$/, { error: SESSION_ENDED }),
    ),
});
export type RefreshBody = z.infer<typeof refreshBodySchema>;
export const refreshResponseSchema = z.object({
  token: z.string(),
  expiresAt: instantSchema,
  refreshToken: z.string(),
  user: userSchema,
});
export type RefreshResponse = z.infer<typeof refreshResponseSchema>;

/** A notice to the account itself (not to a person): e.g. an authorization withdrawn. */
export const accountNoticeSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: instantSchema,
});
export type AccountNotice = z.infer<typeof accountNoticeSchema>;

/**
 * GET /v1/me: the user, their verified identity (masked) if any, the persons they may act for
 * (a PENDING request shows only what the caller sent) and notices to the account.
 */
export const meResponseSchema = z.object({
  user: userSchema,
  identity: z.optional(identitySchema),
  persons: z.array(personSchema),
  notices: z.optional(z.array(accountNoticeSchema)),
});
export type MeResponse = z.infer<typeof meResponseSchema>;
