// A test stack (e2eStack.ts, weappStack.ts) as a child process, for jest's globalSetup and
// globalTeardown: started in its own process group with stdin open as a lifeline (it stops when
// the runner goes away, even killed), its ready line awaited, and the group stopped at the end.
// Both the browser suite (miniapp/e2e) and the headless WeChat suite (miniapp/weapp-test) use it.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../routes';

/** A cold production build on a busy 2-core machine takes a minute or two. */
const READY_TIMEOUT_MS = 5 * 60_000;
const STOP_GRACE_MS = 8_000;

// globalSetup and globalTeardown run in the same process: the child is kept here between them.
const children = ((
  globalThis as { __yidiStackChildren?: Map<string, ChildProcess> }
).__yidiStackChildren ??= new Map<string, ChildProcess>());

/** The test stacks: the script in infra/src/app and the prefix of its ready line on stdout. */
const STACKS = {
  e2e: { script: 'e2eStack.ts', readyPrefix: 'E2E_READY ' },
  weapp: { script: 'weappStack.ts', readyPrefix: 'WEAPP_READY ' },
} as const;
export type StackName = keyof typeof STACKS;

/** What the stack script prints when it is up (one line, JSON after the prefix). */
export function readyLine(name: StackName, ready: object): string {
  return `${STACKS[name].readyPrefix}${JSON.stringify(ready)}\n`;
}

/**
 * Starts the stack's script and resolves with the JSON of its ready line; the script's progress
 * goes to stderr, which the runner shows.
 */
export async function startStackChild<READY>(name: StackName): Promise<READY> {
  const options = { name, ...STACKS[name] };
  const startedAt = Date.now();
  const child = spawn(
    join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
    [join(REPO_ROOT, 'infra', 'src', 'app', options.script)],
    { cwd: REPO_ROOT, detached: true, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  children.set(options.name, child);
  const ready = await new Promise<READY>((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(
      () => reject(new Error(`The ${options.name} stack did not get ready in time.`)),
      READY_TIMEOUT_MS,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered
        .split('\n')
        .find((candidate) => candidate.startsWith(options.readyPrefix));
      if (!line) return;
      clearTimeout(timer);
      resolve(JSON.parse(line.slice(options.readyPrefix.length)) as READY);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(
          `The ${options.name} stack exited (${code}) before it was ready; see its output above.`,
        ),
      );
    });
  });
  process.stderr.write(
    `[${options.name} stack] started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n`,
  );
  return ready;
}

/** Stops the stack's process group: SIGTERM, then SIGKILL after a grace period. */
export async function stopStackChild(name: StackName): Promise<void> {
  const child = children.get(name);
  children.delete(name);
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
