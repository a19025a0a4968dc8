// The JS engine of WeChat's logic layer, approximated by a Node `vm` context: the ECMAScript
// builtins of a fresh context, plus only the globals WeChat gives a mini-program. No `window`,
// `document`, `HTMLElement`, `fetch`, `XMLHttpRequest`, `localStorage`, `TextEncoder`, `URL`…:
// code that reaches for one throws a ReferenceError here as it does on a phone.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import vm from 'node:vm';

/** Globals a test must never find in the sandbox (checked by the harness's own test). */
export const BROWSER_ONLY_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'HTMLElement',
  'HTMLCanvasElement',
  'Element',
  'Node',
  'Blob',
  'File',
  'FileReader',
  'FormData',
  'fetch',
  'XMLHttpRequest',
  'localStorage',
  'sessionStorage',
  'requestAnimationFrame',
  'process',
  'Buffer',
  'global',
] as const;

export type ProblemRecorder = (kind: string, error: unknown) => void;

export interface Sandbox {
  context: vm.Context;
  /** Runs `path` (relative to the root) as a WeChat module and returns its exports. */
  require(path: string): unknown;
  /** Evaluates an expression inside the sandbox (to make values of the sandbox's own realm). */
  evaluate<T>(source: string): T;
  /** A host value copied into the sandbox realm (plain JSON data). */
  toSandbox<T>(value: T): T;
}

/**
 * Timers run their callbacks inside try/catch: an exception thrown from a timer is recorded as
 * a problem (WeChat reports it through App.onError and the console) instead of killing jest.
 */
export function sandboxTimers(record: ProblemRecorder, pending: Set<NodeJS.Timeout>) {
  const guard = (callback: unknown, args: unknown[]) => (): void => {
    try {
      if (typeof callback === 'function') callback(...args);
    } catch (error) {
      record('uncaught error in a timer', error);
    }
  };
  return {
    setTimeout(callback: unknown, ms?: number, ...args: unknown[]) {
      const timer = setTimeout(() => {
        pending.delete(timer);
        guard(callback, args)();
      }, ms ?? 0);
      pending.add(timer);
      return timer;
    },
    clearTimeout(timer: NodeJS.Timeout | undefined) {
      if (timer) pending.delete(timer);
      clearTimeout(timer);
    },
    setInterval(callback: unknown, ms?: number, ...args: unknown[]) {
      const timer = setInterval(guard(callback, args), ms ?? 0);
      timer.unref();
      return timer;
    },
    clearInterval(timer: NodeJS.Timeout | undefined) {
      clearInterval(timer);
    },
  };
}

/**
 * A sandbox rooted at `root`: `require` resolves relative to the requiring file, adds `.js`,
 * refuses anything outside the root (WeChat only loads files of the package), and caches.
 */
export function createSandbox(root: string, globals: Record<string, unknown>): Sandbox {
  const context = vm.createContext({ ...globals });
  // WeChat has `globalThis` (the builtin) but no `global`/`window` alias.
  const modules = new Map<string, { exports: unknown }>();
  const rootDir = resolve(root);

  function resolvePath(from: string, request: string): string {
    let full = resolve(dirname(from), request);
    if (!full.endsWith('.js')) full += '.js';
    if (full !== rootDir && !full.startsWith(rootDir + sep)) {
      throw new Error(`module "${request}" is outside the mini-program package`);
    }
    if (!existsSync(full)) {
      throw new Error(`module "${relative(rootDir, full)}" is not defined`);
    }
    return full;
  }

  function load(full: string): unknown {
    const cached = modules.get(full);
    if (cached) return cached.exports;
    const module = { exports: {} as unknown };
    modules.set(full, module);
    const source = readFileSync(full, 'utf8');
    const wrapper = vm.runInContext(
      `(function (require, module, exports) {${source}\n})`,
      context,
      { filename: full },
    ) as (require: (path: string) => unknown, module: unknown, exports: unknown) => void;
    wrapper((request: string) => load(resolvePath(full, request)), module, module.exports);
    return module.exports;
  }

  const evaluate = <T>(source: string): T => vm.runInContext(source, context) as T;
  const parse = evaluate<(text: string) => unknown>('JSON.parse');
  return {
    context,
    require: (path) => load(resolvePath(join(rootDir, 'app.js'), `./${path}`)),
    evaluate,
    toSandbox: <T>(value: T): T =>
      value === undefined ? value : (parse(JSON.stringify(value)) as T),
  };
}
