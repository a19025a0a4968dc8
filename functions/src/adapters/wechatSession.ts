// WeChat code2Session: exchanges a wx.login code for the user's openid. The session key it also
// returns stays here (we do not need it, and it must never reach the client).
import { createHash } from 'node:crypto';
import { AppError } from '../errors';

export interface WechatIdentity {
  openid: string;
  unionid?: string;
}

export interface WechatSessionClient {
  code2Session(code: string): Promise<WechatIdentity>;
}

const CODE2SESSION_URL = 'https://api.weixin.qq.com/sns/jscode2session';

/** The real client (dev/prod). `fetchImpl` is injectable for tests. */
export function httpsWechatSessionClient(
  credentials: { appId: string; appSecret: string },
  fetchImpl: typeof fetch = fetch,
): WechatSessionClient {
  return {
    async code2Session(code) {
      const url = new URL(CODE2SESSION_URL);
      url.search = new URLSearchParams({
        appid: credentials.appId,
        secret: credentials.appSecret,
        js_code: code,
        grant_type: 'authorization_code',
      }).toString();
      const response = await fetchImpl(url, { signal: AbortSignal.timeout(5000) });
      if (!response.ok) throw new Error(`code2Session HTTP ${response.status}`);
      const result = (await response.json()) as {
        openid?: string;
        unionid?: string;
        session_key?: string;
        errcode?: number;
        errmsg?: string;
      };
      // 40029 invalid code, 40163 code already used: the user should simply log in again.
      if (result.errcode === 40029 || result.errcode === 40163) {
        throw new AppError('UNAUTHENTICATED', {
          message: '登录没有成功，请关闭小程序后重新打开。',
        });
      }
      if (result.errcode || !result.openid) {
        throw new Error(`code2Session failed: errcode ${result.errcode ?? 'none'}`);
      }
      return { openid: result.openid, ...(result.unionid ? { unionid: result.unionid } : {}) };
    },
  };
}

/** Local/test stand-in: any code is a stable fake openid; 'invalid' behaves like a bad code. */
export function fakeWechatSessionClient(): WechatSessionClient {
  return {
    async code2Session(code) {
      if (code === 'invalid') {
        throw new AppError('UNAUTHENTICATED', {
          message: '登录没有成功，请关闭小程序后重新打开。',
        });
      }
      return { openid: `fake-${createHash('sha256').update(code).digest('hex').slice(0, 24)}` };
    },
  };
}
