// The session token, kept in Taro storage (wx storage on WeChat, localStorage on H5).
import Taro from '@tarojs/taro';

const TOKEN_KEY = 'yidi.session.token';

export function readToken(): string | undefined {
  const value: unknown = Taro.getStorageSync(TOKEN_KEY);
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function saveToken(token: string): void {
  Taro.setStorageSync(TOKEN_KEY, token);
}

export function clearToken(): void {
  Taro.removeStorageSync(TOKEN_KEY);
}
