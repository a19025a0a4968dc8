// Starts the e2e stack (infra/src/app/e2eStack.ts: backend, H5 build, static server) as a child
// process in its own process group and waits for its ready line. Test files read the URLs from
// process.env (E2E_APP_URL, E2E_API_BASE); globalTeardown stops the group. With both variables
// already set, the tests use that running stack instead.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..', '..');
const READY_PREFIX = 'E2E_READY ';
/** A cold H5 build on a busy 2-core machine takes a minute or two. */
const READY_TIMEOUT_MS = 5 * 60_000;

export default async function globalSetup(): Promise<void> {
  // A stack started by hand (`npx tsx infra/src/app/e2eStack.ts`) for a quicker edit–test loop.
  if (process.env.E2E_APP_URL && process.env.E2E_API_BASE) return;
  const child = spawn(
    join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
    [join(REPO_ROOT, 'infra', 'src', 'app', 'e2eStack.ts')],
    // stdin stays open as a lifeline: the stack stops when this process goes away.
    { cwd: REPO_ROOT, detached: true, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  (globalThis as { __yidiE2eStack?: ChildProcess }).__yidiE2eStack = child;
  const ready = await new Promise<{ appUrl: string; apiBase: string }>((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(
      () => reject(new Error('The e2e stack did not get ready in time.')),
      READY_TIMEOUT_MS,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split('\n').find((candidate) => candidate.startsWith(READY_PREFIX));
      if (!line) return;
      clearTimeout(timer);
      resolve(JSON.parse(line.slice(READY_PREFIX.length)) as { appUrl: string; apiBase: string });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`The e2e stack exited (${code}) before it was ready; see its output above.`),
      );
    });
  });
  process.env.E2E_APP_URL = ready.appUrl;
  process.env.E2E_API_BASE = ready.apiBase;
}
