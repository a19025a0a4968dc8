import { loginBodySchema, loginResponseSchema, meResponseSchema } from './auth';
import { fieldsOf, validDevLogin, validWechatLogin } from './testExamples';

describe('loginBodySchema', () => {
  it.each([
    ['wechat', validWechatLogin],
    ['dev with roles and regions', validDevLogin],
    ['dev with a name only', { provider: 'dev', devUser: 'bob' }],
  ])('accepts %s', (_name, body) => {
    expect(fieldsOf(loginBodySchema, body)).toEqual({});
  });

  it.each([
    [
      'an unknown provider',
      { provider: 'alipay', code: 'x' },
      { provider: '登录没有成功，请关闭小程序后重新打开' },
    ],
    ['no body', undefined, { $: '登录没有成功，请关闭小程序后重新打开' }],
    [
      'an empty wechat code',
      { provider: 'wechat', code: '' },
      { code: '登录没有成功，请关闭小程序后重新打开' },
    ],
    [
      'a dev user with spaces',
      { provider: 'dev', devUser: 'al ice' },
      { devUser: '测试用户名只能用字母、数字、下划线或短横线' },
    ],
    ['an unknown role', { ...validDevLogin, roles: ['ROOT'] }, { 'roles.0': '用户角色不正确' }],
    [
      'an unknown region',
      { ...validDevLogin, regions: ['999900'] },
      { 'regions.0': '没有找到这个负责地区，请从列表中重新选择' },
    ],
  ])('refuses %s', (_name, body, fields) => {
    expect(fieldsOf(loginBodySchema, body)).toEqual(fields);
  });
});

describe('login and me responses', () => {
  const user = { id: 'usr_1', roles: ['INSURED'], regions: [] };
  const refreshToken = 'family.secret';
  it('accepts the docs/api.md shapes', () => {
    expect(
      loginResponseSchema.safeParse({
        token: 'jwt',
        expiresAt: '2026-11-21T10:00:00+08:00',
        refreshToken,
        user,
      }).success,
    ).toBe(true);
    // A login answer without its refresh token is not one the server sends.
    expect(
      loginResponseSchema.safeParse({ token: 'jwt', expiresAt: '2026-11-21T10:00:00+08:00', user })
        .success,
    ).toBe(false);
    expect(meResponseSchema.safeParse({ user, persons: [] }).success).toBe(true);
  });
  it('refuses an expiry without an offset', () => {
    expect(
      loginResponseSchema.safeParse({
        token: 'jwt',
        expiresAt: '2026-11-21T10:00:00',
        refreshToken,
        user,
      }).success,
    ).toBe(false);
  });
});
