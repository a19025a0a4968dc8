// Jest test double for @tarojs/taro: in-memory storage, scripted HTTP answers and recorded
// navigation. Tests drive it through `taroDouble`; app code sees the usual Taro API.

export interface RecordedRequest {
  url: string;
  method: string;
  header: Record<string, string>;
  data: unknown;
}

export interface ScriptedResponse {
  statusCode: number;
  data: unknown;
}

type Answer = ScriptedResponse | Error;
/** A promise holds the answer back until the test settles it (a request still under way). */
type RequestHandler = (request: RecordedRequest) => Answer | Promise<Answer>;

const storage = new Map<string, unknown>();
const requests: RecordedRequest[] = [];
type NavigationKind = 'reLaunch' | 'redirectTo' | 'navigateTo' | 'navigateBack';
const navigations: Array<{ kind: NavigationKind; url: string }> = [];
const toasts: string[] = [];
const subscribeRequests: string[][] = [];
/** What the next requestSubscribeMessage answers per template id (WeChat's result shape). */
let subscribeAnswers: Record<string, string> = {};
const privacyListeners: Array<(resolve: (option: unknown) => void) => void> = [];
let routerParams: Record<string, string> = {};
let handler: RequestHandler = () => new Error('taroDouble: no response scripted');
let loginCode = 'wx-login-code';

export const taroDouble = {
  storage,
  requests,
  navigations,
  /** Answers every following request; return an Error to simulate a network failure. */
  respondWith(next: RequestHandler) {
    handler = next;
  },
  toasts,
  subscribeRequests,
  /** Listeners given to Taro.onNeedPrivacyAuthorization. */
  privacyListeners,
  answerSubscriptions(answers: Record<string, string>) {
    subscribeAnswers = answers;
  },
  setLoginCode(code: string) {
    loginCode = code;
  },
  /** The current page's query parameters (Taro.getCurrentInstance().router.params). */
  setParams(params: Record<string, string>) {
    routerParams = params;
  },
  reset() {
    storage.clear();
    requests.length = 0;
    navigations.length = 0;
    handler = () => new Error('taroDouble: no response scripted');
    loginCode = 'wx-login-code';
    toasts.length = 0;
    subscribeRequests.length = 0;
    subscribeAnswers = {};
    routerParams = {};
  },
};

async function request(option: {
  url: string;
  method?: string;
  header?: Record<string, string>;
  data?: unknown;
}) {
  const recorded: RecordedRequest = {
    url: option.url,
    method: option.method ?? 'GET',
    header: option.header ?? {},
    data: option.data,
  };
  requests.push(recorded);
  const answer = await handler(recorded);
  if (answer instanceof Error) throw answer;
  return { ...answer, header: {}, errMsg: 'request:ok' };
}

function navigate(kind: NavigationKind) {
  return async ({ url }: { url: string } = { url: '' }) => {
    navigations.push({ kind, url });
    return { errMsg: `${kind}:ok` };
  };
}

const Taro = {
  request,
  getStorageSync: (key: string): unknown => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => {
    storage.set(key, value);
  },
  removeStorageSync: (key: string) => {
    storage.delete(key);
  },
  login: async () => ({ code: loginCode, errMsg: 'login:ok' }),
  reLaunch: navigate('reLaunch'),
  redirectTo: navigate('redirectTo'),
  navigateTo: navigate('navigateTo'),
  navigateBack: navigate('navigateBack'),
  getCurrentInstance: () => ({ router: { params: routerParams } }),
  showToast: async ({ title }: { title: string }) => {
    toasts.push(title);
    return { errMsg: 'showToast:ok' };
  },
  requestSubscribeMessage: async ({ tmplIds }: { tmplIds: string[] }) => {
    subscribeRequests.push(tmplIds);
    return { ...subscribeAnswers, errMsg: 'requestSubscribeMessage:ok' };
  },
  getSystemInfoSync: () => ({ fontSizeSetting: 17 }),
  onNeedPrivacyAuthorization: (listener: (resolve: (option: unknown) => void) => void) => {
    privacyListeners.push(listener);
  },
};

export default Taro;
export const { getStorageSync, setStorageSync, removeStorageSync } = Taro;
