// The session, kept in Taro storage (wx storage on WeChat, localStorage on H5): the short-lived
// access token and the one-use refresh token that renews it (POST /v1/auth/refresh).
import Taro from '@tarojs/taro';

const TOKEN_KEY = 'yidi.session.token';
const REFRESH_KEY = 'yidi.session.refresh';

const readString = (key: string): string | undefined => {
  const value: unknown = Taro.getStorageSync(key);
  return typeof value === 'string' && value.length > 0 ? value : undefined;
};

export function readToken(): string | undefined {
  return readString(TOKEN_KEY);
}

export function readRefreshToken(): string | undefined {
  return readString(REFRESH_KEY);
}

/** Both tokens of a login or a refresh; without a refresh token only the access token is kept. */
export function saveToken(token: string, refreshToken?: string): void {
  Taro.setStorageSync(TOKEN_KEY, token);
  if (refreshToken) Taro.setStorageSync(REFRESH_KEY, refreshToken);
  else Taro.removeStorageSync(REFRESH_KEY);
}

export function clearToken(): void {
  Taro.removeStorageSync(TOKEN_KEY);
  Taro.removeStorageSync(REFRESH_KEY);
}
