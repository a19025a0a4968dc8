// The headless WeChat runtime: loads the real dist/weapp (app, runtime, vendors, taro, common,
// pages, subpackages) into the sandbox, registers App()/Page()/Component(), keeps a page stack
// like WeChat's (onLoad with the parsed query, onShow/onHide/onUnload, at most 10 pages), and
// applies every setData to a model of the page (tree.ts). Tests drive pages through Taro's own
// event entry, the page's `eh` method, with the event shapes WeChat delivers.
//
// Any uncaught error (in a lifecycle, an event, a timer, a callback), unhandled rejection or
// console.error inside the sandbox is a problem; `assertClean()` fails the test on any.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import vm from 'node:vm';
import { CanvasNode } from './canvas';
import { createSandbox, sandboxTimers, type Sandbox } from './sandbox';
import {
  applySetData,
  findAllByIdPrefix,
  findAllByProp,
  findAllByText,
  findAllByType,
  findById,
  outline,
  textOf,
  type RenderedNode,
} from './tree';
import { readTemplates, readable, type TemplateInfo } from './templates';
import { createWx, type ModalRequest, type WxState } from './wx';

type Fn = (...args: unknown[]) => unknown;
type Config = Record<string, unknown>;

const MAX_PAGE_STACK = 10;

/**
 * The real process: under jest, `process` is a per-test copy whose listeners never hear of a
 * rejection; runInThisContext reads Node's own global. (jest fails the test on one as well.)
 */
export const hostProcess = vm.runInThisContext('process') as NodeJS.Process;

export interface Problem {
  kind: string;
  message: string;
}

export interface RuntimeOptions {
  weappDir: string;
  apiBase: string;
  /** What wx.login answers: each code is its own WeChat user on the local stage. */
  loginCode?: string;
  /**
   * Whether this WeChat user already agreed to the privacy guide (default true: a returning
   * user). With false, the first privacy API waits for the app's onNeedPrivacyAuthorization.
   */
  privacyAgreed?: boolean;
  /** A session token already in storage (set-up through the API, e.g. a reviewer's). */
  token?: string;
}

const TOKEN_KEY = 'yidi.session.token';

export class PageInstance {
  readonly data: Record<string, unknown>;
  readonly canvases = new Map<string, CanvasNode>();
  setDataCount = 0;
  unloaded = false;
  constructor(
    readonly runtime: WeappRuntime,
    readonly route: string,
    readonly query: Record<string, string>,
    readonly self: Record<string, unknown>,
  ) {
    this.data = self.data as Record<string, unknown>;
  }

  /** The rendered tree with real tag and attribute names (templates.ts). */
  get root(): RenderedNode {
    return readable((this.data.root as RenderedNode | undefined) ?? {}, this.runtime.templates);
  }
  text(): string {
    return textOf(this.root);
  }
  outline(): string {
    return outline(this.root);
  }
  byId(id: string): RenderedNode | undefined {
    return findById(this.root, id);
  }
  getById(id: string): RenderedNode {
    const node = this.byId(id);
    if (!node) throw new Error(`no #${id} on ${this.route}:\n${this.outline()}`);
    return node;
  }
  allByIdPrefix(prefix: string): RenderedNode[] {
    return findAllByIdPrefix(this.root, prefix);
  }
  allByText(text: string | RegExp): RenderedNode[] {
    return findAllByText(this.root, text);
  }
  byText(text: string | RegExp): RenderedNode | undefined {
    return this.allByText(text)[0];
  }
  allByProp(prop: string, value?: unknown): RenderedNode[] {
    return findAllByProp(this.root, prop, value);
  }
  allByType(type: string): RenderedNode[] {
    return findAllByType(this.root, type);
  }

  /** Delivers a WeChat event to the node through Taro's event entry. */
  dispatch(node: RenderedNode, type: string, fields: Record<string, unknown> = {}): void {
    if (this.unloaded) throw new Error(`${this.route} is no longer open`);
    const handler = this.self.eh as Fn | undefined;
    if (typeof handler !== 'function')
      throw new Error(`${this.route} has no Taro event entry (eh)`);
    const template = this.runtime.templates.get(String(node._nn ?? node.nn));
    if (!template?.events.has(type)) {
      // The WXML template of this node binds no such event: a phone would never deliver it.
      throw new Error(`<${node.nn} #${node.uid}> does not listen for ${type} in WXML`);
    }
    const target = { id: node.uid, dataset: { sid: node.sid }, offsetLeft: 0, offsetTop: 0 };
    const event = this.runtime.sandbox.toSandbox({
      type,
      timeStamp: Date.now(),
      target,
      currentTarget: target,
      detail: {},
      touches: [],
      changedTouches: [],
      mark: {},
      ...fields,
    });
    this.runtime.guard(`event ${type} on #${node.uid}`, () => handler.call(this.self, event));
  }
  /** A tap; WeChat delivers none to a disabled button. */
  tap(node: RenderedNode | string): void {
    const target = typeof node === 'string' ? this.getById(node) : node;
    if (target.nn === 'button' && target.disabled === true) return;
    if (target.nn === 'button' && target['open-type'] === 'agreePrivacyAuthorization') {
      // WeChat records the agreement for this button's id and fires its own event, no tap.
      this.runtime.state.privacyAgreeTaps.push(String(target.uid));
      this.dispatch(target, 'agreeprivacyauthorization', { detail: {} });
      return;
    }
    this.dispatch(target, 'tap', { detail: { x: 10, y: 10 } });
  }
  /** Typing into an <Input>/<Textarea>: WeChat sends `input` events with the whole value. */
  input(node: RenderedNode | string, value: string): void {
    const target = typeof node === 'string' ? this.getById(node) : node;
    this.dispatch(target, 'input', { detail: { value, cursor: value.length, keyCode: 0 } });
  }
  /** A picker or switch: `change` with detail.value. */
  change(node: RenderedNode | string, value: unknown): void {
    const target = typeof node === 'string' ? this.getById(node) : node;
    this.dispatch(target, 'change', { detail: { value } });
  }
  /** A touch at (x, y) in the canvas' own coordinates (WeChat's canvas touches carry x/y). */
  touch(
    node: RenderedNode | string,
    type: 'touchstart' | 'touchmove' | 'touchend',
    x: number,
    y: number,
  ) {
    const target = typeof node === 'string' ? this.getById(node) : node;
    const point = {
      identifier: 0,
      x,
      y,
      clientX: x + 16,
      clientY: y + 200,
      pageX: x + 16,
      pageY: y + 200,
    };
    this.dispatch(target, type, {
      touches: type === 'touchend' ? [] : [point],
      changedTouches: [point],
      detail: { x, y },
    });
  }
  /** A stroke from (x0,y0) to (x1,y1) in `steps` moves. */
  drawLine(node: RenderedNode | string, from: [number, number], to: [number, number], steps = 10) {
    this.touch(node, 'touchstart', ...from);
    for (let i = 1; i <= steps; i++) {
      this.touch(
        node,
        'touchmove',
        from[0] + ((to[0] - from[0]) * i) / steps,
        from[1] + ((to[1] - from[1]) * i) / steps,
      );
    }
    this.touch(node, 'touchend', ...to);
  }
}

export class WeappRuntime {
  readonly sandbox: Sandbox;
  readonly problems: Problem[] = [];
  readonly pages: PageInstance[] = [];
  readonly state: WxState;
  readonly consoleLines: string[] = [];
  readonly templates: Map<string, TemplateInfo>;
  private readonly appJson: {
    pages: string[];
    subPackages?: Array<{ root: string; pages: string[] }>;
  };
  private readonly pageConfigs = new Map<string, Config>();
  private loadingRoute: string | undefined;
  private appInstance: Config | undefined;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly onRejection = (reason: unknown) => this.record('unhandled rejection', reason);
  private readonly tempDir: string;

  constructor(readonly options: RuntimeOptions) {
    const appJsonPath = join(options.weappDir, 'app.json');
    if (!existsSync(appJsonPath)) throw new Error(`no weapp build in ${options.weappDir}`);
    this.appJson = JSON.parse(readFileSync(appJsonPath, 'utf8'));
    this.templates = readTemplates(options.weappDir);
    this.tempDir = mkdtempSync(join(tmpdir(), 'weapp-harness-'));
    this.state = {
      storage: new Map(options.token ? [[TOKEN_KEY, JSON.stringify(options.token)]] : []),
      loginCode: options.loginCode ?? `harness-${Math.random().toString(36).slice(2)}`,
      modals: [],
      toasts: [],
      requests: [],
      picks: [],
      subscribeRequests: [],
      privacyHandlers: [],
      privacyAgreed: options.privacyAgreed ?? true,
      privacyAgreeTaps: [],
      inFlight: 0,
      tempFiles: new Map(),
      tempDir: this.tempDir,
    };
    const record = (kind: string, error: unknown) => this.record(kind, error);
    const timers = sandboxTimers(record, this.timers);
    const sandboxConsole = {
      log: (...args: unknown[]) => this.consoleLines.push(format(...args)),
      info: (...args: unknown[]) => this.consoleLines.push(format(...args)),
      debug: () => undefined,
      warn: (...args: unknown[]) => this.consoleLines.push(`warn: ${format(...args)}`),
      error: (...args: unknown[]) => this.record('console.error', format(...args)),
      group() {},
      groupEnd() {},
      time() {},
      timeEnd() {},
    };
    const host = {
      navigate: (kind: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab', url: string) =>
        this.navigate(kind, url),
      navigateBack: (delta: number) => this.navigateBack(delta),
      nodeById: (id: string) => {
        const page = this.currentPage;
        const node = page?.byId(id);
        if (!page || !node) return undefined;
        let canvas: CanvasNode | undefined;
        if (node.nn === 'canvas') {
          canvas = page.canvases.get(id) ?? new CanvasNode(id);
          page.canvases.set(id, canvas);
        }
        return { node, canvas };
      },
      record,
      toSandbox: <T>(value: T) => this.sandbox.toSandbox(value),
      newArrayBuffer: (bytes: Buffer) => {
        const buffer = this.sandbox.evaluate<(n: number) => ArrayBuffer>(
          '(n) => new ArrayBuffer(n)',
        )(bytes.length);
        new Uint8Array(buffer).set(bytes);
        return buffer;
      },
      later: (callback: () => void) => {
        timers.setTimeout(callback, 0);
      },
    };
    const wx = createWx(host, this.state, options.apiBase);
    this.sandbox = createSandbox(options.weappDir, {
      wx,
      console: sandboxConsole,
      ...timers,
      App: (config: Config) => {
        this.appInstance = config;
      },
      Page: (config: Config) => {
        if (!this.loadingRoute) throw new Error('Page() called outside a page file');
        this.pageConfigs.set(this.loadingRoute, config);
      },
      Component: (config: Config) => {
        // Taro's `comp`/custom-wrapper: WXML-side components; the page data drives them.
        if (this.loadingRoute) this.pageConfigs.set(this.loadingRoute, config);
      },
      Behavior: (definition: Config) => definition,
      getApp: () => this.appInstance,
      getCurrentPages: () => this.pages.map((page) => page.self),
      requirePlugin: (name: string) => {
        throw new Error(`plugin ${name} is not available`);
      },
      __wxConfig: { envVersion: 'develop', platform: 'ios', appLaunchInfo: {} },
    });
  }

  /** Starts the mini-program: app.js, App.onLaunch/onShow, then the first page. */
  async launch(entry = this.appJson.pages[0]!): Promise<PageInstance> {
    hostProcess.on('unhandledRejection', this.onRejection);
    this.guard('loading app.js', () => {
      this.sandbox.require('app.js');
    });
    if (!this.appInstance) throw new Error(`App() was not called:\n${this.problemText()}`);
    const launchOptions = this.sandbox.toSandbox({ path: entry, query: {}, scene: 1001 });
    this.callLifecycle(this.appInstance, 'onLaunch', launchOptions);
    this.callLifecycle(this.appInstance, 'onShow', launchOptions);
    this.navigate('reLaunch', `/${entry}`);
    await this.settle();
    return this.currentPage!;
  }

  get currentPage(): PageInstance | undefined {
    return this.pages.at(-1);
  }

  /** The open page, once it is `route` (after a navigation the app started). */
  async page(route: string, timeoutMs = 10_000): Promise<PageInstance> {
    await this.waitFor(() => this.currentPage?.route === route.replace(/^\//, ''), {
      timeoutMs,
      what: () => `page ${route} (open: ${this.pages.map((p) => p.route).join(' > ')})`,
    });
    return this.currentPage!;
  }

  /** Waits until `probe` is truthy; fails early on a problem in the sandbox. */
  async waitFor<T>(
    probe: () => T | undefined | null | false,
    options: { timeoutMs?: number; what?: () => string } = {},
  ): Promise<T> {
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    for (;;) {
      const value = probe();
      if (value) return value;
      if (this.problems.length > 0)
        throw new Error(`problems in the sandbox:\n${this.problemText()}`);
      if (Date.now() > deadline) {
        throw new Error(
          `timed out waiting for ${options.what?.() ?? 'a condition'}; current page ${this.currentPage?.route}:\n${this.currentPage?.outline() ?? ''}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Waits for the node with this id on the current page. */
  async waitForId(id: string, timeoutMs?: number): Promise<RenderedNode> {
    return this.waitFor(() => this.currentPage?.byId(id), { timeoutMs, what: () => `#${id}` });
  }
  async waitForText(text: string | RegExp, timeoutMs?: number): Promise<RenderedNode> {
    return this.waitFor(() => this.currentPage?.byText(text), {
      timeoutMs,
      what: () => `text ${String(text)}`,
    });
  }

  /** Quiet: no request in flight and no timer due soon, for a few turns in a row. */
  async settle(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let quietTurns = 0;
    while (quietTurns < 3) {
      await new Promise((resolve) => setTimeout(resolve, 15));
      quietTurns = this.state.inFlight === 0 && this.timers.size === 0 ? quietTurns + 1 : 0;
      if (Date.now() > deadline) break;
    }
  }

  /** The next modal the app opens (wx.showModal); answer it with `.answer(true|false)`. */
  async modal(): Promise<ModalRequest> {
    await this.waitFor(() => this.state.modals.length > 0, { what: () => 'a modal' });
    return this.state.modals.shift()!;
  }

  /** Fixture files the next wx.chooseImage/chooseMedia/chooseMessageFile calls return. */
  pick(...files: Array<string | 'cancel'>): void {
    for (const file of files) this.state.picks.push(file === 'cancel' ? 'cancel' : { file });
  }

  /** The server's now for every API call (X-Clock); a bare date means 09:00 China time. */
  setServerClock(date: string | undefined): void {
    this.state.serverClock =
      date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T09:00:00+08:00` : date;
  }

  get storage(): Map<string, string> {
    return this.state.storage;
  }

  record(kind: string, error: unknown): void {
    const message =
      error instanceof Error || (error && typeof error === 'object' && 'stack' in error)
        ? String((error as Error).stack ?? (error as Error).message)
        : String(error);
    this.problems.push({ kind, message });
  }

  problemText(): string {
    return this.problems.map((problem) => `[${problem.kind}] ${problem.message}`).join('\n');
  }

  /** Fails when anything went wrong inside the sandbox. */
  assertClean(): void {
    if (this.problems.length > 0)
      throw new Error(`problems in the sandbox:\n${this.problemText()}`);
  }

  guard(what: string, run: () => unknown): void {
    try {
      run();
    } catch (error) {
      this.record(`uncaught error (${what})`, error);
    }
  }

  close(): void {
    hostProcess.removeListener('unhandledRejection', this.onRejection);
    for (const page of [...this.pages].reverse()) this.unload(page);
    this.pages.length = 0;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    rmSync(this.tempDir, { recursive: true, force: true });
  }

  // --- pages and navigation

  private routes(): string[] {
    return [
      ...this.appJson.pages,
      ...(this.appJson.subPackages ?? []).flatMap((pkg) =>
        pkg.pages.map((page) => `${pkg.root}/${page}`),
      ),
    ];
  }

  private configFor(route: string): Config {
    let config = this.pageConfigs.get(route);
    if (!config) {
      this.loadingRoute = route;
      try {
        this.sandbox.require(`${route}.js`);
      } finally {
        this.loadingRoute = undefined;
      }
      config = this.pageConfigs.get(route);
      if (!config) throw new Error(`${route}.js did not call Page()`);
    }
    return config;
  }

  private createPage(route: string, query: Record<string, string>): PageInstance {
    const config = this.configFor(route);
    // WeChat gives each page instance the config's members and its own deep copy of `data`.
    const self: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(config)) self[key] = value;
    self.data = JSON.parse(JSON.stringify(config.data ?? {}));
    self.route = route;
    self.__route__ = route;
    self.options = this.sandbox.toSandbox(query);
    self.is = route;
    self.__wxWebviewId__ = this.pages.length + 1;
    const page = new PageInstance(this, route, query, self);
    self.setData = (patch: Record<string, unknown>, callback?: () => void) => {
      if (page.unloaded) return;
      applySetData(page.data, patch);
      page.setDataCount += 1;
      if (typeof callback === 'function') this.later(() => callback.call(self));
    };
    self.selectComponent = () => null;
    self.selectAllComponents = () => [];
    self.createSelectorQuery = () =>
      (this.sandbox.context.wx as { createSelectorQuery: Fn }).createSelectorQuery();
    self.getOpenerEventChannel = () => ({ emit() {}, on() {}, once() {}, off() {} });
    self.getPageId = () => `pageId:${self.__wxWebviewId__}`;
    return page;
  }

  private later(callback: () => void) {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.guard('setData callback', callback);
    }, 0);
    this.timers.add(timer);
  }

  private callLifecycle(target: Config, name: string, ...args: unknown[]) {
    const method = target[name];
    if (typeof method === 'function') this.guard(name, () => (method as Fn).apply(target, args));
  }

  private open(route: string, query: Record<string, string>) {
    const page = this.createPage(route, query);
    this.pages.push(page);
    this.callLifecycle(page.self, 'onLoad', this.sandbox.toSandbox(query));
    this.callLifecycle(page.self, 'onShow');
    this.callLifecycle(page.self, 'onReady');
  }

  private unload(page: PageInstance) {
    if (page.unloaded) return;
    this.callLifecycle(page.self, 'onUnload');
    page.unloaded = true;
  }

  private parse(url: string): { route: string; query: Record<string, string> } {
    const [path = '', search = ''] = url.split('?');
    const route = path.replace(/^\//, '');
    if (!this.routes().includes(route)) throw new Error(`page "${route}" is not found`);
    // WeChat hands the query to onLoad as raw strings (not decoded).
    const query: Record<string, string> = {};
    for (const pair of search.split('&').filter(Boolean)) {
      const [key = '', value = ''] = pair.split('=');
      query[key] = value;
    }
    return { route, query };
  }

  navigate(kind: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab', url: string): void {
    const { route, query } = this.parse(url);
    if (kind === 'switchTab') throw new Error('can not switch to no-tabBar page');
    if (kind === 'navigateTo') {
      if (this.pages.length >= MAX_PAGE_STACK) throw new Error('webview count limit exceed');
      const current = this.currentPage;
      if (current) this.callLifecycle(current.self, 'onHide');
    } else if (kind === 'redirectTo') {
      const current = this.pages.pop();
      if (current) this.unload(current);
    } else {
      while (this.pages.length > 0) this.unload(this.pages.pop()!);
    }
    this.open(route, query);
  }

  navigateBack(delta: number): void {
    if (this.pages.length <= 1) throw new Error('cannot navigate back at first page.');
    for (let i = 0; i < delta && this.pages.length > 1; i++) this.unload(this.pages.pop()!);
    const current = this.currentPage!;
    this.callLifecycle(current.self, 'onShow');
  }
}
