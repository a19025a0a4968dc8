// The stack the headless WeChat suite drives (miniapp/weapp-test), as one process: the backend in
// the `test` stage with demo data on free ports, and one weapp production build made against
// that API, copied aside so another `taro build` cannot rewrite it meanwhile. Prints one line
// `WEAPP_READY {"weappDir","apiBase"}` when both are ready; stops on SIGTERM/SIGINT or when its
// stdin closes, like e2eStack.ts.
//
// For a quicker edit–test loop: WEAPP_API_PORT=3927 WEAPP_REUSE_BUILD=1 keeps the build in
// .local/weapp/weapp-<port> and reuses it while the API base is the same.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../ports';
import { REPO_ROOT } from '../routes';
import { startBackend, type Backend } from './backend';
import { readyLine } from './stackChild';
import { buildMiniapp } from './taroBuild';

function log(line: string): void {
  process.stderr.write(`[weapp stack] ${line}\n`);
}

async function prepareBuild(apiBase: string, directory: string, signal: AbortSignal) {
  const marker = join(directory, 'weapp-api-base.txt');
  const reusable = await readFile(marker, 'utf8').then(
    (text) => text === apiBase,
    () => false,
  );
  if (process.env.WEAPP_REUSE_BUILD === '1' && reusable) {
    log(`reusing the weapp build in ${directory}`);
    return;
  }
  log('building weapp (taro build --type weapp)');
  // Subscribe-message template ids, so the build asks wx.requestSubscribeMessage on submit as a
  // configured release does (the harness records the request; the ids are made up).
  process.env.WECHAT_TEMPLATE_REVIEW_RESULT ??= 'weapp-test-review';
  process.env.WECHAT_TEMPLATE_REMINDER ??= 'weapp-test-reminder';
  process.env.WECHAT_TEMPLATE_STATUS ??= 'weapp-test-status';
  const { outputDir, seconds } = await buildMiniapp({ platform: 'weapp', apiBase, signal });
  await rm(directory, { recursive: true, force: true });
  await cp(outputDir, directory, { recursive: true });
  // The bundle must carry this run's API base, or the suite would talk to some other server.
  if (!(await readFile(join(directory, 'common.js'), 'utf8')).includes(apiBase)) {
    throw new Error(`The weapp build in ${directory} does not use ${apiBase}`);
  }
  await writeFile(marker, apiBase);
  log(`weapp built in ${seconds.toFixed(1)} s`);
}

async function main(): Promise<void> {
  const pinnedPort = Number(process.env.WEAPP_API_PORT ?? 0);
  const apiPort = pinnedPort || (await freePort());
  const apiBase = `http://127.0.0.1:${apiPort}/v1`;
  const weappDir = pinnedPort
    ? join(REPO_ROOT, '.local', 'weapp', `weapp-${apiPort}`)
    : await mkdtemp(join(tmpdir(), 'yidi-weapp-'));
  await mkdir(weappDir, { recursive: true });
  const builds = new AbortController();
  const running: { backend?: Backend } = {};
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      builds.abort();
      await running.backend?.stop();
      if (!pinnedPort) await rm(weappDir, { recursive: true, force: true });
    })().finally(() => process.exit(0)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.on('close', () => void stop());
  process.stdin.resume();

  const startedAt = Date.now();
  await Promise.all([
    startBackend({ stage: 'test', apiPort }).then((backend) => {
      running.backend = backend;
      log(
        `API up at ${apiBase} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s ` +
          `(bundles ${(backend.bundleMilliseconds / 1000).toFixed(1)} s of it)`,
      );
    }),
    prepareBuild(apiBase, weappDir, builds.signal),
  ]).catch(async (error: unknown) => {
    builds.abort();
    await running.backend?.stop();
    throw error;
  });
  process.stdout.write(readyLine('weapp', { weappDir, apiBase }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
