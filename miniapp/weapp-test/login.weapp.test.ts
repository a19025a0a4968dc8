// Logging in on WeChat: wx.login's code goes to POST /v1/auth/login (provider wechat), the local
// stage's code2Session stand-in makes it an openid, and the home page loads the user.
import { loggedInUser } from './support/app';
import type { WeappRuntime } from './support/runtime';

describe('login on weapp', () => {
  let runtime: WeappRuntime | undefined;
  afterEach(() => {
    runtime?.assertClean();
    runtime?.close();
    runtime = undefined;
  });

  it('logs in with the WeChat button and lands on the home page', async () => {
    const user = await loggedInUser('weapp-login');
    runtime = user.runtime;
    await runtime.waitForText('还没有添加参保人');
    const login = runtime.state.requests.find((r) => r.url.endsWith('/auth/login'));
    expect(login).toMatchObject({ status: 200, requestBody: { provider: 'wechat' } });
  });

  it('the same WeChat user gets the same account again', async () => {
    const first = await loggedInUser('weapp-same');
    const code = first.runtime.state.loginCode;
    first.runtime.assertClean();
    first.runtime.close();
    const again = await import('./support/app').then(({ newRuntime }) =>
      newRuntime({ loginCode: code }),
    );
    runtime = again;
    const login = await again.launch();
    login.tap(login.byText('微信一键登录')!);
    await again.page('pages/index/index');
    const me = await again.waitFor(() => again.state.requests.find((r) => r.url.endsWith('/me')));
    expect((me?.responseBody as { user: { id: string } }).user.id).toBe(first.session.userId);
  });

  it('logging out returns to the login page', async () => {
    const user = await loggedInUser('weapp-logout');
    runtime = user.runtime;
    user.home.tap('home-logout');
    await runtime.page('pages/login/index');
  });
});
