// Starts infra/src/app/weappStack.ts (the backend on free ports and one weapp production build
// against it) in its own process group and waits for its ready line. Test files read
// WEAPP_DIR and WEAPP_API_BASE; globalTeardown stops the group. With both already set, the
// suite uses that running stack and build instead.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..', '..');
const READY_PREFIX = 'WEAPP_READY ';
const READY_TIMEOUT_MS = 5 * 60_000;

export default async function globalSetup(): Promise<void> {
  if (process.env.WEAPP_DIR && process.env.WEAPP_API_BASE) {
    process.env.E2E_API_BASE = process.env.WEAPP_API_BASE;
    return;
  }
  const child = spawn(
    join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
    [join(REPO_ROOT, 'infra', 'src', 'app', 'weappStack.ts')],
    // stdin stays open as a lifeline: the stack stops when this process goes away.
    { cwd: REPO_ROOT, detached: true, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  (globalThis as { __yidiWeappStack?: ChildProcess }).__yidiWeappStack = child;
  const ready = await new Promise<{ weappDir: string; apiBase: string }>((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(
      () => reject(new Error('The weapp stack did not get ready in time.')),
      READY_TIMEOUT_MS,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split('\n').find((candidate) => candidate.startsWith(READY_PREFIX));
      if (!line) return;
      clearTimeout(timer);
      resolve(JSON.parse(line.slice(READY_PREFIX.length)) as { weappDir: string; apiBase: string });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`The weapp stack exited (${code}) before it was ready; see its output above.`),
      );
    });
  });
  process.env.WEAPP_DIR = ready.weappDir;
  process.env.WEAPP_API_BASE = ready.apiBase;
  // The e2e suite's set-up helpers (e2e/support/api.ts) are reused against this stack.
  process.env.E2E_API_BASE = ready.apiBase;
}
