// The mini-program's package sizes, as miniapp/scripts/package-size.mjs counts them, from a fresh
// weapp build in miniapp/dist/weapp (always rebuilt: an old build would measure old code).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './serverless';

export interface WeappFigures {
  /** Bytes per package: "(main)", each subpackage root, and "total". */
  packages: Record<string, number>;
  mainBytes: number;
  totalBytes: number;
}

const BUILD_DIR = join(REPO_ROOT, 'miniapp', 'dist', 'weapp');

export function measureWeapp(): WeappFigures {
  const built = spawnSync('npm', ['run', 'build:weapp', '-w', 'miniapp'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0 || !existsSync(join(BUILD_DIR, 'app.json'))) {
    throw new Error('weapp build failed');
  }
  const result = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'miniapp', 'scripts', 'package-size.mjs'), BUILD_DIR],
    { encoding: 'utf8' },
  );
  const packages: Record<string, number> = {};
  for (const line of result.stdout.split('\n')) {
    const match = /^(\S+)\s+([\d.]+) KB$/.exec(line.trim());
    if (match?.[1] && match[2]) packages[match[1]] = Math.round(Number(match[2]) * 1024);
  }
  const mainBytes = packages['(main)'];
  const totalBytes = packages.total;
  if (mainBytes === undefined || totalBytes === undefined) {
    throw new Error(`package-size.mjs printed no sizes: ${result.stdout}${result.stderr}`);
  }
  return { packages, mainBytes, totalBytes };
}
