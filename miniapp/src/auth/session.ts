// Logging in and out. The tokens are all the app keeps; who the user is comes from GET /me.
import Taro from '@tarojs/taro';
import type { LoginResponse } from '@yidi/shared';
import { login } from '../api/client';
import { clearToken, saveToken } from '../api/tokenStore';
import type { DemoUser } from './demoUsers';

async function start(response: Promise<LoginResponse>): Promise<LoginResponse> {
  const session = await response;
  saveToken(session.token, session.refreshToken);
  return session;
}

/** WeChat: wx.login's one-time code goes to the server, which exchanges it (code2Session). */
export async function loginWithWechat(): Promise<LoginResponse> {
  const { code } = await Taro.login();
  return start(login({ provider: 'wechat', code }));
}

export function loginWithDemoUser(user: DemoUser): Promise<LoginResponse> {
  return start(
    login({ provider: 'dev', devUser: user.devUser, roles: user.roles, regions: user.regions }),
  );
}

export function logout(): void {
  clearToken();
}
