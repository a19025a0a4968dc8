// Runs one Taro production build of the mini-program (`taro build --type h5|weapp`) with the API
// base fixed at build time (miniapp/config/index.ts reads API_BASE). The CLI runs in its own
// process group, so aborting (Ctrl-C in `npm start`, a failed test set-up) ends webpack and
// every worker it started, and nothing outlives this process.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../routes';

export type MiniappPlatform = 'h5' | 'weapp';

export const MINIAPP_DIR = join(REPO_ROOT, 'miniapp');

export interface MiniappBuild {
  platform: MiniappPlatform;
  /** Where Taro wrote the build (config/index.ts: outputRoot `dist/<platform>`). */
  outputDir: string;
  seconds: number;
}

/** How many lines of the CLI's output a failure message quotes. */
const FAILURE_TAIL_LINES = 40;

export function buildMiniapp(options: {
  platform: MiniappPlatform;
  apiBase: string;
  signal?: AbortSignal;
}): Promise<MiniappBuild> {
  const { platform, apiBase, signal } = options;
  const startedAt = Date.now();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error(`${platform} build aborted`));
    const child = spawn(
      join(REPO_ROOT, 'node_modules', '.bin', 'taro'),
      ['build', '--type', platform],
      {
        cwd: MINIAPP_DIR,
        env: { ...process.env, API_BASE: apiBase, NODE_ENV: 'production', FORCE_COLOR: '0' },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-64 * 1024);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);

    const killGroup = () => {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const onAbort = () => killGroup();
    signal?.addEventListener('abort', onAbort, { once: true });
    process.once('exit', killGroup);

    child.once('error', (error) => {
      cleanUp();
      reject(error);
    });
    child.once('close', (code, exitSignal) => {
      cleanUp();
      if (code === 0) {
        resolve({
          platform,
          outputDir: join(MINIAPP_DIR, 'dist', platform),
          seconds: (Date.now() - startedAt) / 1000,
        });
        return;
      }
      const tail = output.trimEnd().split('\n').slice(-FAILURE_TAIL_LINES).join('\n');
      reject(
        new Error(
          signal?.aborted
            ? `${platform} build aborted`
            : `taro build --type ${platform} failed (${exitSignal ?? `exit ${code}`}):\n${tail}`,
        ),
      );
    });
    function cleanUp() {
      signal?.removeEventListener('abort', onAbort);
      process.removeListener('exit', killGroup);
    }
  });
}
