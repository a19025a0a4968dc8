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

type RequestHandler = (request: RecordedRequest) => ScriptedResponse | Error;

const storage = new Map<string, unknown>();
const requests: RecordedRequest[] = [];
const navigations: Array<{ kind: 'reLaunch' | 'redirectTo' | 'navigateTo'; url: string }> = [];
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
  setLoginCode(code: string) {
    loginCode = code;
  },
  reset() {
    storage.clear();
    requests.length = 0;
    navigations.length = 0;
    handler = () => new Error('taroDouble: no response scripted');
    loginCode = 'wx-login-code';
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
  const answer = handler(recorded);
  if (answer instanceof Error) throw answer;
  return { ...answer, header: {}, errMsg: 'request:ok' };
}

function navigate(kind: 'reLaunch' | 'redirectTo' | 'navigateTo') {
  return async ({ url }: { url: string }) => {
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
};

export default Taro;
export const { getStorageSync, setStorageSync, removeStorageSync } = Taro;
