// What the weapp flow tests share: a runtime on this run's build and stack, logging in through
// the app (wx.login → the local stage's code2Session stand-in), and failing a test on any
// problem inside the sandbox.
import { randomUUID } from 'node:crypto';
import type { Session } from '../../e2e/support/api';
import { WeappRuntime, type PageInstance, type RuntimeOptions } from './runtime';

export function stackEnv(): { weappDir: string; apiBase: string } {
  const weappDir = process.env.WEAPP_DIR;
  const apiBase = process.env.WEAPP_API_BASE;
  if (!weappDir || !apiBase) {
    throw new Error(
      'WEAPP_DIR/WEAPP_API_BASE unset: run through miniapp/weapp-test/jest.config.js',
    );
  }
  return { weappDir, apiBase };
}

export function newRuntime(options: Omit<RuntimeOptions, 'weappDir' | 'apiBase'> = {}) {
  return new WeappRuntime({ ...stackEnv(), ...options });
}

export const TOKEN_KEY = 'yidi.session.token';

export function tokenOf(runtime: WeappRuntime): string {
  const stored = runtime.storage.get(TOKEN_KEY);
  if (!stored) throw new Error('no session token in storage');
  return JSON.parse(stored) as string;
}

/** A fresh WeChat user: launches the app and logs in with the one WeChat button. */
export async function loggedInUser(
  prefix: string,
  options: Omit<RuntimeOptions, 'weappDir' | 'apiBase' | 'loginCode' | 'token'> = {},
): Promise<{
  runtime: WeappRuntime;
  home: PageInstance;
  session: Session;
}> {
  const runtime = newRuntime({ ...options, loginCode: `${prefix}-${randomUUID()}` });
  const login = await runtime.launch();
  if (login.route !== 'pages/login/index') throw new Error(`launched on ${login.route}`);
  login.tap(login.byText('微信一键登录')!);
  const home = await runtime.page('pages/index/index');
  await runtime.waitForId('home-logout');
  const token = tokenOf(runtime);
  const me = await fetchMe(runtime, token);
  return { runtime, home, session: { token, userId: me.id } };
}

async function fetchMe(runtime: WeappRuntime, token: string): Promise<{ id: string }> {
  const response = await fetch(`${runtime.options.apiBase}/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { user?: { id: string }; id?: string };
  const id = body.user?.id ?? body.id;
  if (!id) throw new Error(`GET /me gave ${JSON.stringify(body)}`);
  return { id };
}

/** A runtime with this session already in storage, opened on `route` (set-up through the API). */
export async function openAs(token: string, route: string) {
  const runtime = newRuntime({ token });
  const page = await runtime.launch(route.replace(/^\//, ''));
  return { runtime, page };
}
