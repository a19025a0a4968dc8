// The stack the browser tests drive (miniapp/e2e), as one process: the backend in the `test`
// stage with demo data on free ports, the H5 production build made against that API, and a
// static server for it. Prints one line `E2E_READY {"appUrl","apiBase"}` when everything is up.
// Stops on SIGTERM/SIGINT, and also when its stdin closes — so it cannot outlive the test runner
// that started it, even one killed with SIGKILL.
//
// Run by miniapp/e2e/support/globalSetup.ts (stackChild.ts). For a quicker edit–test loop, pin the API port and
// reuse the last build for it: E2E_API_PORT=3917 E2E_REUSE_BUILD=1.
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../ports';
import { REPO_ROOT } from '../routes';
import { startBackend, type Backend } from './backend';
import { readyLine } from './stackChild';
import { serveStatic, type StaticServer } from './staticServer';
import { buildMiniapp } from './taroBuild';

/**
 * The tests' own copy of the build, since another `taro build` may rewrite dist/h5 meanwhile:
 * with a pinned port, kept in .local/e2e/h5-<port> for E2E_REUSE_BUILD; otherwise a temporary
 * folder removed on stop.
 */
async function copyDirectoryFor(apiPort: number, pinned: boolean): Promise<string> {
  if (!pinned) return mkdtemp(join(tmpdir(), 'yidi-e2e-h5-'));
  const directory = join(REPO_ROOT, '.local', 'e2e', `h5-${apiPort}`);
  await mkdir(directory, { recursive: true });
  return directory;
}

const markerIn = (directory: string) => join(directory, 'e2e-api-base.txt');

async function builtFor(directory: string, apiBase: string): Promise<boolean> {
  try {
    return (await readFile(markerIn(directory), 'utf8')) === apiBase;
  } catch {
    return false;
  }
}

/** The bundle must carry this run's API base, or the tests would talk to some other server. */
async function assertBuildUses(directory: string, apiBase: string): Promise<void> {
  const scripts = join(directory, 'js');
  for (const name of await readdir(scripts)) {
    if (name.endsWith('.js') && (await readFile(join(scripts, name), 'utf8')).includes(apiBase)) {
      return;
    }
  }
  throw new Error(
    `The H5 build in ${directory} does not use ${apiBase}; was dist/h5 rebuilt meanwhile?`,
  );
}

async function prepareBuild(
  apiBase: string,
  directory: string,
  signal: AbortSignal,
): Promise<void> {
  if (process.env.E2E_REUSE_BUILD === '1' && (await builtFor(directory, apiBase))) {
    log(`reusing the H5 build in ${directory}`);
    return;
  }
  log('building H5 (taro build --type h5)');
  const { outputDir, seconds } = await buildMiniapp({ platform: 'h5', apiBase, signal });
  await rm(directory, { recursive: true, force: true });
  await cp(outputDir, directory, { recursive: true });
  await assertBuildUses(directory, apiBase);
  await writeFile(markerIn(directory), apiBase);
  log(`H5 built in ${seconds.toFixed(1)} s`);
}

function log(line: string): void {
  // stdout carries the ready line; progress goes to stderr, which the runner shows.
  process.stderr.write(`[e2e stack] ${line}\n`);
}

async function main(): Promise<void> {
  const pinnedPort = Number(process.env.E2E_API_PORT ?? 0);
  const apiPort = pinnedPort || (await freePort());
  const apiBase = `http://127.0.0.1:${apiPort}/v1`;
  const buildDir = await copyDirectoryFor(apiPort, pinnedPort > 0);
  const builds = new AbortController();
  // Filled in as things start, so stop() ends whatever is running by then.
  const running: { backend?: Backend; app?: StaticServer } = {};
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      builds.abort();
      await running.app?.stop();
      await running.backend?.stop();
      if (!pinnedPort) await rm(buildDir, { recursive: true, force: true });
    })().finally(() => process.exit(0)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.on('close', () => void stop());
  process.stdin.resume();

  const startedAt = Date.now();
  // The backend (mostly Java starting) and webpack overlap well enough on 2 cores.
  await Promise.all([
    startBackend({ stage: 'test', apiPort }).then((value) => {
      running.backend = value;
      log(
        `API up at ${apiBase} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s ` +
          `(bundles ${(value.bundleMilliseconds / 1000).toFixed(1)} s of it)`,
      );
      return value;
    }),
    prepareBuild(apiBase, buildDir, builds.signal),
  ]).catch(async (error: unknown) => {
    builds.abort();
    await running.backend?.stop();
    if (!pinnedPort) await rm(buildDir, { recursive: true, force: true });
    throw error;
  });
  const app = (running.app = await serveStatic(buildDir, { port: 0 }));
  log(`ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: app ${app.url}`);
  process.stdout.write(readyLine('e2e', { appUrl: app.url, apiBase }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
