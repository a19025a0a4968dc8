// POST /v1/auth/login. WeChat: the code is exchanged server-side (code2Session); only the openid
// is used, and only as the input of the user id's HMAC. Dev login exists in local/test only.
import type { LoginBody, Role } from '@yidi/shared';
import type { WechatSessionClient } from '../../adapters/wechatSession';
import { AppError } from '../../errors';
import type { RefreshTokenRepository, UserRepository } from '../../store';
import {
  accessTokenFor,
  epochSeconds,
  newFamilyId,
  newSecret,
  refreshTokenOf,
  type SessionSettings,
} from './sessionTokens';

export interface LoginDeps extends SessionSettings {
  users: Pick<UserRepository, 'recordLogin'>;
  refreshTokens: Pick<RefreshTokenRepository, 'startWrite'>;
  wechat: WechatSessionClient;
  /** Stable, non-reversible id for a login subject (HMAC with the stage key). */
  userIdOf: (provider: 'wechat' | 'dev', subject: string) => string;
  allowDevLogin: boolean;
}

/** `now` is the request's clock (lastLoginAt); `tokenNow` the server's real time (lifetimes). */
export async function login(deps: LoginDeps, body: LoginBody, now: Date, tokenNow = new Date()) {
  let provider: 'wechat' | 'dev';
  let subject: string;
  let roles: Role[] | undefined;
  let regions: string[] | undefined;
  if (body.provider === 'dev') {
    if (!deps.allowDevLogin) {
      throw new AppError('FORBIDDEN', { message: '此环境不支持开发登录，请使用微信登录。' });
    }
    provider = 'dev';
    subject = body.devUser;
    roles = body.roles;
    regions = body.regions;
  } else {
    provider = 'wechat';
    subject = (await deps.wechat.code2Session(body.code)).openid;
  }
  const userId = deps.userIdOf(provider, subject);
  const familyId = newFamilyId();
  const refresh = newSecret();
  // The profile and the new refresh-token family are one write.
  const user = await deps.users.recordLogin(
    {
      userId,
      provider,
      subject,
      at: now.toISOString(),
      ...(roles ? { roles } : {}),
      ...(regions ? { regions } : {}),
    },
    [
      deps.refreshTokens.startWrite({
        familyId,
        userId,
        currentHash: refresh.hash,
        rotatedAt: tokenNow.toISOString(),
        expiresAtEpoch: epochSeconds(tokenNow) + deps.refreshTtlSeconds,
      }),
    ],
  );
  const sessionUser = { id: user.id, roles: user.roles, regions: user.regions };
  const { token, expiresAt } = accessTokenFor(sessionUser, deps, tokenNow);
  return {
    token,
    expiresAt,
    refreshToken: refreshTokenOf(familyId, refresh.secret),
    user: sessionUser,
  };
}

/** Dev users keep readable ids ('dev_alice') so demo data and tests can refer to them. */
export function userIdOf(hmac: (value: string) => string) {
  return (provider: 'wechat' | 'dev', subject: string) =>
    provider === 'dev' ? `dev_${subject}` : `wx_${hmac(`wechat:${subject}`).slice(0, 32)}`;
}
