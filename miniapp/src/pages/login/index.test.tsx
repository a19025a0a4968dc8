import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroDouble } from '../../../test/mocks/taro';
import { readToken } from '../../api/tokenStore';
import { zh } from '../../i18n/zh';
import LoginPage from './index';

const LOGIN_RESPONSE = {
  token: 'session-token',
  expiresAt: '2026-11-24T09:00:00+08:00',
  user: { id: 'u1', roles: ['INSURED'], regions: [] },
};

function withPlatform(platform: 'h5' | 'weapp') {
  const previous = process.env.TARO_ENV;
  beforeEach(() => {
    process.env.TARO_ENV = platform;
  });
  afterEach(() => {
    process.env.TARO_ENV = previous;
  });
}

describe('LoginPage on H5 (dev login)', () => {
  withPlatform('h5');

  it('renders in Chinese with one button per demo user and no WeChat button', () => {
    render(<LoginPage />);
    expect(screen.getByText('异地就医备案')).toBeTruthy();
    expect(screen.getByText(zh.login.intro)).toBeTruthy();
    for (const label of Object.values(zh.demoUsers)) {
      expect(screen.getByRole('button', { name: label })).toBeTruthy();
    }
    expect(screen.queryByRole('button', { name: zh.login.wechatButton })).toBeNull();
  });

  it('logs in as the chosen demo user, keeps the token and opens the home page', async () => {
    taroDouble.respondWith(() => ({ statusCode: 200, data: LOGIN_RESPONSE }));
    render(<LoginPage />);
    fireEvent.click(screen.getByRole('button', { name: zh.demoUsers.carol }));

    await waitFor(() => expect(taroDouble.navigations).toHaveLength(1));
    expect(taroDouble.requests[0]?.data).toEqual({
      provider: 'dev',
      devUser: 'carol',
      roles: ['REVIEWER'],
      regions: ['340300'],
    });
    expect(readToken()).toBe('session-token');
    expect(taroDouble.navigations[0]).toEqual({ kind: 'reLaunch', url: '/pages/index/index' });
  });

  it('shows the server message when login is refused', async () => {
    taroDouble.respondWith(() => ({
      statusCode: 403,
      data: { error: { code: 'FORBIDDEN', message: '此环境不允许测试登录' } },
    }));
    render(<LoginPage />);
    fireEvent.click(screen.getByRole('button', { name: zh.demoUsers.alice }));

    expect(await screen.findByText('此环境不允许测试登录')).toBeTruthy();
    expect(readToken()).toBeUndefined();
    expect(taroDouble.navigations).toEqual([]);
  });
});

describe('LoginPage on WeChat', () => {
  withPlatform('weapp');

  it('sends the wx.login code with provider wechat', async () => {
    taroDouble.setLoginCode('code-from-wechat');
    taroDouble.respondWith(() => ({ statusCode: 200, data: LOGIN_RESPONSE }));
    render(<LoginPage />);
    expect(screen.queryByRole('button', { name: zh.demoUsers.alice })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: zh.login.wechatButton }));

    await waitFor(() => expect(readToken()).toBe('session-token'));
    expect(taroDouble.requests[0]?.data).toEqual({ provider: 'wechat', code: 'code-from-wechat' });
  });
});
