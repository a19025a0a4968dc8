// `wx` as the harness gives it to the sandbox: the APIs the app (and Taro under it) calls,
// backed by the real local stack (HTTP over node:http), in-memory storage, fixture files,
// recorded UI (modals wait for the test to answer them) and canvas nodes from canvas.ts.
// Navigation is the runtime's (runtime.ts); this file only forwards to it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { CanvasNode } from './canvas';
import { multipart, send } from './http';

export const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

type Callback = ((result: unknown) => void) | undefined;
interface AsyncOptions {
  success?: Callback;
  fail?: Callback;
  complete?: Callback;
  [key: string]: unknown;
}

export interface ModalRequest {
  title?: string;
  content?: string;
  showCancel?: boolean;
  answer(confirm: boolean): void;
}

export interface ToastRecord {
  kind: 'toast' | 'loading';
  title: string;
  icon?: string;
}

export interface RequestRecord {
  method: string;
  url: string;
  status: number;
  requestBody?: unknown;
  responseBody?: unknown;
}

/** What wx needs from the runtime (navigation, the page tree for SelectorQuery, problems). */
export interface WxHost {
  navigate(kind: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab', url: string): void;
  navigateBack(delta: number): void;
  /** The current page's node with this id, with its layout box. */
  nodeById(id: string): { node: Record<string, unknown>; canvas?: CanvasNode } | undefined;
  record(kind: string, error: unknown): void;
  toSandbox<T>(value: T): T;
  newArrayBuffer(bytes: Buffer): ArrayBuffer;
  /** Wraps a callback from the sandbox so an exception in it is a recorded problem. */
  later(callback: () => void): void;
}

export interface PickedFixture {
  file: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

export interface WxState {
  storage: Map<string, string>;
  /** The code wx.login returns next (the local stage's code2Session stand-in takes any). */
  loginCode: string;
  /** Sent as X-Clock with every API request when set (local/test stages honour it). */
  serverClock?: string;
  modals: ModalRequest[];
  toasts: ToastRecord[];
  requests: RequestRecord[];
  /** Fixture files the next choose* calls return, in order; default sample.jpg / sample.pdf. */
  picks: Array<PickedFixture | 'cancel'>;
  subscribeRequests: string[][];
  privacyHandlers: unknown[];
  /** Whether the user has agreed to the privacy guide (WeChat keeps it per user). */
  privacyAgreed: boolean;
  /** Ids of agreePrivacyAuthorization buttons tapped (WeChat checks resolve's buttonId). */
  privacyAgreeTaps: string[];
  inFlight: number;
  tempFiles: Map<string, { path: string; contentType: string }>;
  tempDir: string;
}

export function createWx(host: WxHost, state: WxState, apiBase: string): Record<string, unknown> {
  let tempCounter = 0;
  const done = (options: AsyncOptions, result: unknown) =>
    host.later(() => {
      options.success?.(host.toSandbox(result));
      options.complete?.(host.toSandbox(result));
    });
  const failed = (options: AsyncOptions, errMsg: string) =>
    host.later(() => {
      options.fail?.(host.toSandbox({ errMsg }));
      options.complete?.(host.toSandbox({ errMsg }));
    });

  function tempFileFor(path: string, contentType: string): string {
    tempCounter += 1;
    const name = `wxfile://tmp_${tempCounter}${extname(path) || '.bin'}`;
    state.tempFiles.set(name, { path, contentType });
    return name;
  }

  function nextFixture(fallback: string): PickedFixture | 'cancel' {
    return state.picks.shift() ?? { file: fallback };
  }

  function fixtureFile(pick: PickedFixture) {
    const path = join(FIXTURES_DIR, pick.file);
    const size = readFileSync(path).length;
    const contentType = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    return { path, size, contentType, tempFilePath: tempFileFor(path, contentType) };
  }

  /**
   * WeChat's privacy check (`__usePrivacyCheck__`): a privacy API the user has not agreed to
   * waits and the app's onNeedPrivacyAuthorization listener gets a `resolve`; agree (naming a
   * tapped agreePrivacyAuthorization button) lets it run, disagree fails it with errno 104.
   */
  function privacyGate(api: string, o: AsyncOptions, run: () => void): void {
    if (state.privacyAgreed) return run();
    const handler = state.privacyHandlers[state.privacyHandlers.length - 1] as
      ((resolve: unknown) => void) | undefined;
    if (!handler) {
      host.record(
        'harness',
        new Error(`${api} needs privacy authorization and no listener is set`),
      );
      return failed(o, `${api}:fail privacy permission is not authorized`);
    }
    let answered = false;
    const resolve = (option: { event?: string; buttonId?: string } = {}) => {
      if (answered || option.event === 'exposureAuthorization') return;
      answered = true;
      if (option.event === 'agree') {
        if (!option.buttonId || !state.privacyAgreeTaps.includes(option.buttonId)) {
          host.record(
            'harness',
            new Error(`privacy agree names untapped button ${option.buttonId}`),
          );
          return failed(o, `${api}:fail privacy permission is not authorized`);
        }
        state.privacyAgreed = true;
        return run();
      }
      host.later(() => {
        const result = { errMsg: `${api}:fail privacy permission is not authorized`, errno: 104 };
        o.fail?.(host.toSandbox(result));
        o.complete?.(host.toSandbox(result));
      });
    };
    host.later(() => handler(resolve));
  }

  const systemInfo = {
    brand: 'harness',
    model: 'headless',
    pixelRatio: 3,
    screenWidth: 390,
    screenHeight: 844,
    windowWidth: 390,
    windowHeight: 844,
    statusBarHeight: 47,
    language: 'zh_CN',
    version: '8.0.50',
    system: 'iOS 17.0',
    platform: 'ios',
    fontSizeSetting: 16,
    SDKVersion: '3.5.0',
    safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 },
    theme: 'light',
    enableDebug: false,
  };

  function request(options: AsyncOptions) {
    const method = String(options.method ?? 'GET').toUpperCase();
    let url = String(options.url);
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries((options.header as object) ?? {})) {
      headers[name.toLowerCase()] = String(value);
    }
    if (state.serverClock && url.startsWith(apiBase)) headers['x-clock'] = state.serverClock;
    let body: Buffer | undefined;
    const data = options.data;
    if (method === 'GET' && data && typeof data === 'object') {
      // WeChat turns GET data into the query string.
      const query = new URLSearchParams(
        Object.entries(data as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
      ).toString();
      if (query) url += (url.includes('?') ? '&' : '?') + query;
    } else if (data !== undefined && data !== null) {
      body = Buffer.from(typeof data === 'string' ? data : JSON.stringify(data));
      headers['content-type'] ??= 'application/json';
    }
    state.inFlight += 1;
    let aborted = false;
    send(method, url, headers, body, Number(options.timeout ?? 60_000))
      .then((response) => {
        const text = response.body.toString('utf8');
        let parsed: unknown = text;
        if ((options.dataType ?? 'json') === 'json') {
          try {
            parsed = JSON.parse(text);
          } catch {
            parsed = text;
          }
        }
        state.requests.push({
          method,
          url,
          status: response.status,
          requestBody: body ? safeJson(body.toString('utf8')) : undefined,
          responseBody: parsed,
        });
        if (aborted) return failed(options, 'request:fail abort');
        done(options, {
          data: parsed,
          statusCode: response.status,
          header: response.headers,
          cookies: [],
          errMsg: 'request:ok',
        });
      })
      .catch((error: Error) => failed(options, `request:fail ${error.message}`))
      .finally(() => {
        state.inFlight -= 1;
      });
    return {
      abort() {
        aborted = true;
      },
      onHeadersReceived() {},
      offHeadersReceived() {},
      onChunkReceived() {},
      offChunkReceived() {},
    };
  }

  function uploadFile(options: AsyncOptions) {
    const progress: Array<(p: unknown) => void> = [];
    const temp = state.tempFiles.get(String(options.filePath));
    state.inFlight += 1;
    const run = async () => {
      if (!temp) throw new Error(`no such file ${String(options.filePath)}`);
      const bytes = readFileSync(temp.path);
      const form = multipart(
        Object.fromEntries(
          Object.entries((options.formData as object) ?? {}).map(([k, v]) => [k, String(v)]),
        ),
        {
          name: String(options.name ?? 'file'),
          fileName: `upload${extname(temp.path)}`,
          contentType: temp.contentType,
          bytes,
        },
      );
      const headers: Record<string, string> = { 'content-type': form.contentType };
      for (const [name, value] of Object.entries((options.header as object) ?? {})) {
        headers[name.toLowerCase()] = String(value);
      }
      const response = await send('POST', String(options.url), headers, form.body);
      state.requests.push({ method: 'UPLOAD', url: String(options.url), status: response.status });
      for (const listener of progress) {
        host.later(() =>
          listener(
            host.toSandbox({
              progress: 100,
              totalBytesSent: bytes.length,
              totalBytesExpectedToSend: bytes.length,
            }),
          ),
        );
      }
      done(options, {
        data: response.body.toString('utf8'),
        statusCode: response.status,
        errMsg: 'uploadFile:ok',
      });
    };
    run()
      .catch((error: Error) => failed(options, `uploadFile:fail ${error.message}`))
      .finally(() => {
        state.inFlight -= 1;
      });
    return {
      onProgressUpdate(listener: (p: unknown) => void) {
        progress.push(listener);
      },
      offProgressUpdate() {},
      onHeadersReceived() {},
      offHeadersReceived() {},
      abort() {},
    };
  }

  function selectorQuery() {
    const steps: Array<() => unknown> = [];
    const query = {
      in() {
        return query;
      },
      select(selector: string) {
        return nodesRef(selector, false);
      },
      selectAll(selector: string) {
        return nodesRef(selector, true);
      },
      selectViewport() {
        return {
          boundingClientRect(cb?: Callback) {
            steps.push(() => ({ left: 0, top: 0, width: 390, height: 844 }));
            if (cb) host.later(() => cb(host.toSandbox({ width: 390, height: 844 })));
            return query;
          },
          scrollOffset() {
            steps.push(() => ({ scrollLeft: 0, scrollTop: 0 }));
            return query;
          },
          fields() {
            steps.push(() => ({}));
            return query;
          },
        };
      },
      exec(cb?: (results: unknown) => void) {
        const results = steps.map((step) => step());
        if (cb) host.later(() => cb(results));
        return query;
      },
    };
    function describe(selector: string, fields: Record<string, unknown>): unknown {
      if (!selector.startsWith('#')) {
        host.record('harness', new Error(`SelectorQuery supports #id selectors only: ${selector}`));
        return null;
      }
      const found = host.nodeById(selector.slice(1));
      if (!found) return null;
      const box = { left: 16, top: 200, width: 343, height: 200 };
      const result: Record<string, unknown> = {};
      if (fields.id) result.id = selector.slice(1);
      if (fields.dataset) result.dataset = {};
      if (fields.rect) Object.assign(result, { ...box, right: 359, bottom: 400 });
      if (fields.size) Object.assign(result, { width: box.width, height: box.height });
      if (fields.node) {
        result.node = found.canvas ?? {};
      }
      // The node is a host object the page keeps; the rest is plain data.
      const { node, ...plain } = result;
      const copy = host.toSandbox(plain) as Record<string, unknown>;
      if (node) copy.node = node;
      return copy;
    }
    function nodesRef(selector: string, all: boolean) {
      const add = (fields: Record<string, unknown>, cb?: Callback) => {
        const compute = () =>
          all ? [describe(selector, fields)].filter(Boolean) : describe(selector, fields);
        steps.push(compute);
        if (cb) host.later(() => cb(compute()));
        return query;
      };
      return {
        fields: (fields: Record<string, unknown>, cb?: Callback) => add(fields, cb),
        boundingClientRect: (cb?: Callback) =>
          add({ id: true, dataset: true, rect: true, size: true }, cb),
        node: (cb?: Callback) => add({ node: true }, cb),
        context: (cb?: Callback) => add({ node: true }, cb),
        scrollOffset: (cb?: Callback) => add({}, cb),
      };
    }
    return query;
  }

  const storageGet = (key: string): unknown => {
    const value = state.storage.get(key);
    return value === undefined ? '' : host.toSandbox(JSON.parse(value));
  };

  const wx: Record<string, unknown> = {
    // --- base and system
    canIUse: () => true,
    getSystemInfoSync: () => host.toSandbox(systemInfo),
    getSystemInfo: (o: AsyncOptions) => done(o, systemInfo),
    getWindowInfo: () => host.toSandbox(systemInfo),
    getDeviceInfo: () =>
      host.toSandbox({ brand: 'harness', model: 'headless', platform: 'ios', system: 'iOS 17.0' }),
    getAppBaseInfo: () =>
      host.toSandbox({
        SDKVersion: '3.5.0',
        fontSizeSetting: 16,
        language: 'zh_CN',
        version: '8.0.50',
        theme: 'light',
      }),
    getSystemSetting: () =>
      host.toSandbox({ bluetoothEnabled: false, locationEnabled: false, wifiEnabled: true }),
    getAccountInfoSync: () =>
      host.toSandbox({
        miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' },
      }),
    getLaunchOptionsSync: () =>
      host.toSandbox({ path: 'pages/index/index', query: {}, scene: 1001 }),
    getEnterOptionsSync: () =>
      host.toSandbox({ path: 'pages/index/index', query: {}, scene: 1001 }),
    getMenuButtonBoundingClientRect: () =>
      host.toSandbox({ width: 87, height: 32, top: 51, right: 381, bottom: 83, left: 294 }),
    nextTick: (fn: () => void) => host.later(fn),
    onAppShow() {},
    offAppShow() {},
    onAppHide() {},
    offAppHide() {},
    onError() {},
    offError() {},
    onUnhandledRejection() {},
    offUnhandledRejection() {},
    onPageNotFound() {},
    offPageNotFound() {},
    onThemeChange() {},
    offThemeChange() {},
    onWindowResize() {},
    offWindowResize() {},
    onMemoryWarning() {},
    onNetworkStatusChange() {},
    offNetworkStatusChange() {},
    getNetworkType: (o: AsyncOptions) => done(o, { networkType: 'wifi' }),
    reportAnalytics() {},
    getUpdateManager: () => ({
      onCheckForUpdate() {},
      onUpdateReady() {},
      onUpdateFailed() {},
      applyUpdate() {},
    }),
    // --- privacy (base library ≥ 2.32.3): handlers are kept so a test can see they were set.
    onNeedPrivacyAuthorization(handler: unknown) {
      state.privacyHandlers.push(handler);
    },
    requirePrivacyAuthorize: (o: AsyncOptions) => done(o, { errMsg: 'requirePrivacyAuthorize:ok' }),
    getPrivacySetting: (o: AsyncOptions) =>
      done(o, {
        needAuthorization: !state.privacyAgreed,
        privacyContractName: '《用户隐私保护指引》',
      }),
    // --- network
    request,
    uploadFile,
    // --- login and identity: the local stage's stand-ins accept these.
    login: (o: AsyncOptions) => done(o, { code: state.loginCode, errMsg: 'login:ok' }),
    checkSession: (o: AsyncOptions) => done(o, { errMsg: 'checkSession:ok' }),
    startFacialRecognitionVerify: (o: AsyncOptions) =>
      done(o, {
        errCode: 0,
        errMsg: 'startFacialRecognitionVerify:ok',
        // A dev verifier result: names whom it verified, never a real WeChat ticket.
        verifyResult: `dev-verify-${createHash('sha256')
          .update(`${String(o.name)}|${String(o.idCardNumber)}`)
          .digest('hex')
          .slice(0, 24)}`,
      }),
    requestSubscribeMessage(o: AsyncOptions) {
      const ids = ((o.tmplIds as string[]) ?? []).map(String);
      state.subscribeRequests.push(ids);
      done(o, {
        errMsg: 'requestSubscribeMessage:ok',
        ...Object.fromEntries(ids.map((id) => [id, 'accept'])),
      });
    },
    // --- storage: JSON copies, as WeChat keeps them
    getStorageSync: (key: string) => storageGet(key),
    setStorageSync: (key: string, value: unknown) => {
      state.storage.set(key, JSON.stringify(value));
    },
    removeStorageSync: (key: string) => {
      state.storage.delete(key);
    },
    clearStorageSync: () => state.storage.clear(),
    getStorageInfoSync: () =>
      host.toSandbox({ keys: [...state.storage.keys()], currentSize: 1, limitSize: 10240 }),
    getStorage: (o: AsyncOptions) =>
      state.storage.has(String(o.key))
        ? done(o, { data: JSON.parse(state.storage.get(String(o.key))!), errMsg: 'getStorage:ok' })
        : failed(o, 'getStorage:fail data not found'),
    setStorage: (o: AsyncOptions) => {
      state.storage.set(String(o.key), JSON.stringify(o.data));
      done(o, { errMsg: 'setStorage:ok' });
    },
    removeStorage: (o: AsyncOptions) => {
      state.storage.delete(String(o.key));
      done(o, { errMsg: 'removeStorage:ok' });
    },
    clearStorage: (o: AsyncOptions) => {
      state.storage.clear();
      done(o, { errMsg: 'clearStorage:ok' });
    },
    // --- files
    chooseMedia(o: AsyncOptions) {
      privacyGate('chooseMedia', o, () => {
        const pick = nextFixture('sample.jpg');
        if (pick === 'cancel') return failed(o, 'chooseMedia:fail cancel');
        const file = fixtureFile(pick);
        done(o, {
          type: 'image',
          tempFiles: [
            {
              tempFilePath: file.tempFilePath,
              size: file.size,
              fileType: 'image',
              width: 64,
              height: 48,
            },
          ],
          errMsg: 'chooseMedia:ok',
        });
      });
    },
    chooseImage(o: AsyncOptions) {
      privacyGate('chooseImage', o, () => {
        const pick = nextFixture('sample.jpg');
        if (pick === 'cancel') return failed(o, 'chooseImage:fail cancel');
        const file = fixtureFile(pick);
        done(o, {
          tempFilePaths: [file.tempFilePath],
          tempFiles: [{ path: file.tempFilePath, size: file.size }],
          errMsg: 'chooseImage:ok',
        });
      });
    },
    chooseMessageFile(o: AsyncOptions) {
      privacyGate('chooseMessageFile', o, () => {
        const pick = nextFixture('sample.pdf');
        if (pick === 'cancel') return failed(o, 'chooseMessageFile:fail cancel');
        const file = fixtureFile(pick);
        done(o, {
          tempFiles: [
            {
              path: file.tempFilePath,
              size: file.size,
              name: pick.file,
              type: 'file',
              time: Date.now(),
            },
          ],
          errMsg: 'chooseMessageFile:ok',
        });
      });
    },
    getFileSystemManager: () => ({
      readFile(o: AsyncOptions) {
        const temp = state.tempFiles.get(String(o.filePath));
        if (!temp)
          return failed(o, `readFile:fail no such file or directory ${String(o.filePath)}`);
        const bytes = readFileSync(temp.path);
        const data = o.encoding
          ? bytes.toString(o.encoding as BufferEncoding)
          : host.newArrayBuffer(bytes);
        host.later(() => {
          o.success?.({ data, errMsg: 'readFile:ok' });
          o.complete?.({ data });
        });
      },
      readFileSync(filePath: string, encoding?: BufferEncoding) {
        const temp = state.tempFiles.get(filePath);
        if (!temp) throw new Error(`readFileSync:fail no such file or directory ${filePath}`);
        const bytes = readFileSync(temp.path);
        return encoding ? bytes.toString(encoding) : host.newArrayBuffer(bytes);
      },
      getFileInfo(o: AsyncOptions) {
        const temp = state.tempFiles.get(String(o.filePath));
        if (!temp) return failed(o, 'getFileInfo:fail file not exist');
        done(o, { size: readFileSync(temp.path).length, errMsg: 'getFileInfo:ok' });
      },
    }),
    canvasToTempFilePath(o: AsyncOptions) {
      const canvas = o.canvas as CanvasNode | undefined;
      const recorded = canvas?.recorded;
      if (!canvas || !recorded) return failed(o, 'canvasToTempFilePath:fail canvas is empty');
      tempCounter += 1;
      const path = join(state.tempDir, `canvas_${tempCounter}.png`);
      writeFileSync(path, recorded.toPng());
      const tempFilePath = tempFileFor(path, 'image/png');
      done(o, { tempFilePath, errMsg: 'canvasToTempFilePath:ok' });
    },
    createSelectorQuery: selectorQuery,
    createIntersectionObserver: () => ({
      relativeTo() {
        return this;
      },
      relativeToViewport() {
        return this;
      },
      observe() {},
      disconnect() {},
    }),
    // --- UI: recorded; a modal waits until the test answers it.
    showModal(o: AsyncOptions) {
      state.modals.push({
        title: o.title as string | undefined,
        content: o.content as string | undefined,
        showCancel: o.showCancel as boolean | undefined,
        answer: (confirm) => done(o, { confirm, cancel: !confirm, errMsg: 'showModal:ok' }),
      });
    },
    showToast(o: AsyncOptions) {
      state.toasts.push({ kind: 'toast', title: String(o.title ?? ''), icon: o.icon as string });
      done(o, { errMsg: 'showToast:ok' });
    },
    hideToast: (o: AsyncOptions = {}) => done(o, { errMsg: 'hideToast:ok' }),
    showLoading(o: AsyncOptions) {
      state.toasts.push({ kind: 'loading', title: String(o.title ?? '') });
      done(o, { errMsg: 'showLoading:ok' });
    },
    hideLoading: (o: AsyncOptions = {}) => done(o, { errMsg: 'hideLoading:ok' }),
    showActionSheet: (o: AsyncOptions) => failed(o, 'showActionSheet:fail cancel'),
    setNavigationBarTitle: (o: AsyncOptions) => done(o, { errMsg: 'setNavigationBarTitle:ok' }),
    setNavigationBarColor: (o: AsyncOptions) => done(o, { errMsg: 'setNavigationBarColor:ok' }),
    showNavigationBarLoading() {},
    hideNavigationBarLoading() {},
    pageScrollTo: (o: AsyncOptions) => done(o, { errMsg: 'pageScrollTo:ok' }),
    stopPullDownRefresh: (o: AsyncOptions = {}) => done(o, { errMsg: 'stopPullDownRefresh:ok' }),
    vibrateShort: (o: AsyncOptions = {}) => done(o, { errMsg: 'vibrateShort:ok' }),
    setClipboardData: (o: AsyncOptions) => done(o, { errMsg: 'setClipboardData:ok' }),
    hideKeyboard: (o: AsyncOptions = {}) => done(o, { errMsg: 'hideKeyboard:ok' }),
    // --- navigation
    navigateTo: (o: AsyncOptions) => navigate('navigateTo', o),
    redirectTo: (o: AsyncOptions) => navigate('redirectTo', o),
    reLaunch: (o: AsyncOptions) => navigate('reLaunch', o),
    switchTab: (o: AsyncOptions) => navigate('switchTab', o),
    navigateBack(o: AsyncOptions = {}) {
      try {
        host.navigateBack(Number(o.delta ?? 1));
        done(o, { errMsg: 'navigateBack:ok' });
      } catch (error) {
        failed(o, `navigateBack:fail ${(error as Error).message}`);
      }
    },
  };

  function navigate(kind: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab', o: AsyncOptions) {
    // WeChat navigates after the current task; a failure goes to `fail`, never throws.
    host.later(() => {
      try {
        host.navigate(kind, String(o.url));
        o.success?.(host.toSandbox({ errMsg: `${kind}:ok` }));
        o.complete?.(host.toSandbox({ errMsg: `${kind}:ok` }));
      } catch (error) {
        const errMsg = `${kind}:fail ${(error as Error).message}`;
        o.fail?.(host.toSandbox({ errMsg }));
        o.complete?.(host.toSandbox({ errMsg }));
      }
    });
  }

  return wx;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
