import type { ChildProcess } from 'node:child_process';

const STOP_GRACE_MS = 8_000;

export default async function globalTeardown(): Promise<void> {
  const child = (globalThis as { __yidiWeappStack?: ChildProcess }).__yidiWeappStack;
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  signalGroup('SIGTERM');
  const timer = setTimeout(() => signalGroup('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
