// The harness itself: its sandbox has no browser globals, so a browser-only API in a weapp code
// path fails a test as it fails on a phone; errors, rejections and console.error all count.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSER_ONLY_GLOBALS } from './support/sandbox';
import { WeappRuntime, hostProcess } from './support/runtime';
import { applySetData, findById, textOf, type RenderedNode } from './support/tree';
import { newRuntime } from './support/app';

/** A tiny mini-program: the real runtime's loader, with one page whose module we write. */
function miniProgram(pageSource: string) {
  const dir = mkdtempSync(join(tmpdir(), 'weapp-harness-test-'));
  writeFileSync(join(dir, 'app.json'), JSON.stringify({ pages: ['pages/a/index'] }));
  writeFileSync(
    join(dir, 'base.wxml'),
    '<template name="tmpl_0_1">\n  <view bindtap="eh"></view>\n</template>\n',
  );
  writeFileSync(join(dir, 'app.js'), 'App({ onLaunch() {} });');
  const pages = join(dir, 'pages', 'a');
  mkdirSync(pages, { recursive: true });
  writeFileSync(join(pages, 'index.js'), pageSource);
  const runtime = new WeappRuntime({ weappDir: dir, apiBase: 'http://127.0.0.1:9/v1' });
  return {
    runtime,
    cleanUp() {
      runtime.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('the sandbox', () => {
  it('has none of the browser-only globals', async () => {
    const probe = BROWSER_ONLY_GLOBALS.map(
      (name) => `${JSON.stringify(name)}: typeof ${name}`,
    ).join(',');
    const { runtime, cleanUp } = miniProgram(
      `Page({ data: {}, onLoad() { globalThis.__seen = {${probe}}; } });`,
    );
    try {
      await runtime.launch();
      const seen = runtime.sandbox.evaluate<Record<string, string>>('__seen');
      expect(Object.entries(seen).filter(([, type]) => type !== 'undefined')).toEqual([]);
      expect(
        runtime.sandbox.evaluate('typeof wx + typeof Page + typeof getApp + typeof setTimeout'),
      ).toBe('objectfunctionfunctionfunction');
      runtime.assertClean();
    } finally {
      cleanUp();
    }
  });

  it('fails on a document.createElement in a weapp code path', async () => {
    const { runtime, cleanUp } = miniProgram(
      `Page({ data: {}, onLoad() { const canvas = document.createElement('canvas'); } });`,
    );
    try {
      await runtime.launch();
      expect(() => runtime.assertClean()).toThrow(/document is not defined/);
    } finally {
      cleanUp();
    }
  });

  it('fails on an instanceof HTMLCanvasElement in an event handler', async () => {
    const { runtime, cleanUp } = miniProgram(
      `Page({ data: {}, eh(event) { if (event.target instanceof HTMLCanvasElement) return; } });`,
    );
    try {
      const page = await runtime.launch();
      page.tap({ nn: 'view', _nn: '1', uid: 'x', sid: 'x' });
      expect(() => runtime.assertClean()).toThrow(/HTMLCanvasElement is not defined/);
    } finally {
      cleanUp();
    }
  });

  it('counts a console.error, an error in a timer and an unhandled rejection', async () => {
    const { runtime, cleanUp } = miniProgram(`Page({ data: {}, onLoad() {
      console.error('boom');
      setTimeout(() => { throw new Error('late'); }, 0);
      Promise.reject(new Error('nobody catches me'));
    } });`);
    // jest fails a test on an unhandled rejection too; here the harness's own record is under
    // test, so jest's listener steps aside for the duration.
    const jestListeners = hostProcess.listeners('unhandledRejection');
    hostProcess.removeAllListeners('unhandledRejection');
    try {
      await runtime.launch();
      await runtime.settle();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const kinds = runtime.problems.map((problem) => problem.kind);
      expect(kinds).toEqual(
        expect.arrayContaining([
          'console.error',
          'uncaught error in a timer',
          'unhandled rejection',
        ]),
      );
    } finally {
      cleanUp();
      for (const listener of jestListeners) hostProcess.on('unhandledRejection', listener);
    }
  });

  it('refuses an event the WXML template of the node does not bind', async () => {
    const { runtime, cleanUp } = miniProgram(`Page({ data: {}, eh() {} });`);
    try {
      const page = await runtime.launch();
      expect(() => page.input({ nn: 'view', _nn: '1', uid: 'x' }, 'text')).toThrow(
        /does not listen for input/,
      );
    } finally {
      cleanUp();
    }
  });
});

describe('the setData model', () => {
  it('applies Taro path-keyed updates', () => {
    const data: Record<string, unknown> = {};
    applySetData(data, { 'root.cn.[0]': { nn: 'view', uid: 'a', cn: [{ nn: '#text', v: '一' }] } });
    applySetData(data, {
      'root.cn.[0].cn.[1]': { nn: '#text', v: '二' },
      'root.cn.[0].cl': 'card',
    });
    applySetData(data, { 'root.cn[0].cn.[0].v': '三' });
    const root = data.root as RenderedNode;
    expect(textOf(root)).toBe('三二');
    expect(findById(root, 'a')).toMatchObject({ cl: 'card' });
  });
});

describe('the real build', () => {
  it('launches on the login page with Taro rendering through setData', async () => {
    const runtime = newRuntime();
    try {
      const login = await runtime.launch();
      expect(login.route).toBe('pages/login/index');
      expect(login.setDataCount).toBeGreaterThan(0);
      expect(login.allByType('button').map((node) => textOf(node))).toEqual([
        '微信一键登录',
        '隐私政策',
      ]);
      runtime.assertClean();
    } finally {
      runtime.close();
    }
  });
});
