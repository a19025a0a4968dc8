import { taroDouble } from '../../test/mocks/taro';
import { ApiError } from './apiError';
import { apiRequest, getMe, login } from './client';
import { readRefreshToken, readToken, saveToken } from './tokenStore';

const BASE = 'http://localhost:3000/v1';

describe('apiRequest', () => {
  it('sends the bearer token and the idempotency key to the base URL', async () => {
    saveToken('token-1');
    taroDouble.respondWith(() => ({ statusCode: 201, data: { id: 'f1' } }));

    const body = { personId: 'p1' };
    const result = await apiRequest<{ id: string }>({
      method: 'POST',
      path: '/filings',
      body,
      idempotencyKey: '00000000-0000-4000-8000-000000000000',
    });

    expect(result).toEqual({ id: 'f1' });
    expect(taroDouble.requests).toEqual([
      {
        url: `${BASE}/filings`,
        method: 'POST',
        data: body,
        header: {
          'Content-Type': 'application/json',
          Authorization: 'Bearer token-1',
          'Idempotency-Key': '00000000-0000-4000-8000-000000000000',
        },
      },
    ]);
  });

  it('sends no token to login, and the same GET without one when none is stored', async () => {
    saveToken('token-1');
    taroDouble.respondWith(() => ({
      statusCode: 200,
      data: { token: 't', expiresAt: '2026-11-23T09:00:00+08:00', user: {} },
    }));
    await login({ provider: 'dev', devUser: 'alice' });
    expect(taroDouble.requests[0]?.header.Authorization).toBeUndefined();
    expect(taroDouble.requests[0]?.url).toBe(`${BASE}/auth/login`);
  });

  it('throws the decoded envelope for a refusal', async () => {
    saveToken('token-1');
    taroDouble.respondWith(() => ({
      statusCode: 409,
      data: { error: { code: 'CANCEL_LOCKED', message: '暂不能取消', rule: 'AH-14-2' } },
    }));
    const failure = getMe();
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ code: 'CANCEL_LOCKED', rule: 'AH-14-2' });
    expect(readToken()).toBe('token-1');
  });

  it('forgets the token on 401', async () => {
    saveToken('expired');
    taroDouble.respondWith(() => ({
      statusCode: 401,
      data: { error: { code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录。' } },
    }));
    await expect(getMe()).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(readToken()).toBeUndefined();
  });

  it('turns a failed request into NETWORK_ERROR', async () => {
    taroDouble.respondWith(() => new Error('request:fail'));
    await expect(getMe()).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });
});

describe('apiRequest with an expired access token', () => {
  const expired = {
    statusCode: 401,
    data: { error: { code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录。' } },
  };

  it('refreshes once, keeps the new pair and retries the request', async () => {
    saveToken('old-access', 'old-refresh');
    taroDouble.respondWith((request) => {
      if (request.url.endsWith('/auth/refresh')) {
        return {
          statusCode: 200,
          data: { token: 'new-access', refreshToken: 'new-refresh', expiresAt: '', user: {} },
        };
      }
      return request.header.Authorization === 'Bearer new-access'
        ? { statusCode: 200, data: { ok: true } }
        : expired;
    });

    await expect(getMe()).resolves.toEqual({ ok: true });
    expect(taroDouble.requests.map((request) => request.url)).toEqual([
      `${BASE}/me`,
      `${BASE}/auth/refresh`,
      `${BASE}/me`,
    ]);
    expect(taroDouble.requests[1]?.data).toEqual({ refreshToken: 'old-refresh' });
    expect(taroDouble.requests[1]?.header.Authorization).toBeUndefined();
    expect(readToken()).toBe('new-access');
    expect(readRefreshToken()).toBe('new-refresh');
  });

  it('shares one refresh between requests that fail together', async () => {
    saveToken('old-access', 'old-refresh');
    taroDouble.respondWith((request) => {
      if (request.url.endsWith('/auth/refresh')) {
        return { statusCode: 200, data: { token: 'new-access', refreshToken: 'new-refresh' } };
      }
      return request.header.Authorization === 'Bearer new-access'
        ? { statusCode: 200, data: [] }
        : expired;
    });
    await Promise.all([getMe(), getMe()]);
    expect(taroDouble.requests.filter((r) => r.url.endsWith('/auth/refresh'))).toHaveLength(1);
  });

  it('does not retry twice: a 401 after the refresh is the answer', async () => {
    saveToken('old-access', 'old-refresh');
    taroDouble.respondWith((request) =>
      request.url.endsWith('/auth/refresh')
        ? { statusCode: 200, data: { token: 'new-access', refreshToken: 'new-refresh' } }
        : expired,
    );
    await expect(getMe()).rejects.toMatchObject({ status: 401 });
    expect(taroDouble.requests).toHaveLength(3);
    expect(readToken()).toBeUndefined();
  });

  it('sends the user to login when the refresh fails', async () => {
    saveToken('old-access', 'reused-refresh');
    taroDouble.respondWith(() => expired);
    await expect(getMe()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(taroDouble.requests).toHaveLength(2);
    expect(readToken()).toBeUndefined();
    expect(readRefreshToken()).toBeUndefined();
    expect(taroDouble.navigations).toEqual([{ kind: 'reLaunch', url: '/pages/login/index' }]);
  });
});
