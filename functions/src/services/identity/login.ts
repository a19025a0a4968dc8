// POST /v1/auth/login. WeChat: the code is exchanged server-side (code2Session); only the openid
// is used, and only as the input of the user id's HMAC. Dev login exists in local/test only.
import type { LoginBody, Role } from '@yidi/shared';
import type { WechatSessionClient } from '../../adapters/wechatSession';
import { AppError } from '../../errors';
import { issueToken } from '../../middleware/tokens';
import type { UserRepository } from '../../store';

export interface LoginDeps {
  users: Pick<UserRepository, 'recordLogin'>;
  wechat: WechatSessionClient;
  /** Stable, non-reversible id for a login subject (HMAC with the stage key). */
  userIdOf: (provider: 'wechat' | 'dev', subject: string) => string;
  allowDevLogin: boolean;
  jwtSecret: Uint8Array;
  tokenTtlSeconds: number;
}

export async function login(deps: LoginDeps, body: LoginBody, now: Date) {
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
  const user = await deps.users.recordLogin({
    userId: deps.userIdOf(provider, subject),
    provider,
    subject,
    at: now.toISOString(),
    ...(roles ? { roles } : {}),
    ...(regions ? { regions } : {}),
  });
  // Tokens live in real time (not X-Clock), so a time-travelling test keeps its session.
  const { token, expiresAt } = issueToken(
    { userId: user.id, roles: user.roles, regions: user.regions },
    { secret: deps.jwtSecret, ttlSeconds: deps.tokenTtlSeconds },
  );
  return { token, expiresAt, user: { id: user.id, roles: user.roles, regions: user.regions } };
}

/** Dev users keep readable ids ('dev_alice') so demo data and tests can refer to them. */
export function userIdOf(hmac: (value: string) => string) {
  return (provider: 'wechat' | 'dev', subject: string) =>
    provider === 'dev' ? `dev_${subject}` : `wx_${hmac(`wechat:${subject}`).slice(0, 32)}`;
}
