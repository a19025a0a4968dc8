// The mini-program's package sizes, as miniapp/scripts/package-size.mjs counts them: from a fresh
// weapp build in miniapp/dist/weapp (the bench always rebuilds: an old build would measure old
// code), or from a build the caller has just made (the test run measures the weapp suite's build,
// checking it is not older than that step).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { REPO_ROOT } from './serverless';

export interface WeappFigures {
  /** Bytes per package: "(main)", each subpackage root, and "total". */
  packages: Record<string, number>;
  mainBytes: number;
  totalBytes: number;
}

export const WEAPP_BUILD_DIR = join(REPO_ROOT, 'miniapp', 'dist', 'weapp');

export interface ExistingWeappBuild {
  directory: string;
  /** The build must have been written at or after this time (ms since the epoch). */
  builtSince: number;
}

export function measureWeapp(existing?: ExistingWeappBuild): WeappFigures {
  const buildDir = existing ? resolve(REPO_ROOT, existing.directory) : WEAPP_BUILD_DIR;
  if (existing) assertBuiltSince(buildDir, existing.builtSince);
  else {
    const built = spawnSync('npm', ['run', 'build:weapp', '-w', 'miniapp'], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    });
    if (built.status !== 0 || !existsSync(join(buildDir, 'app.json'))) {
      throw new Error('weapp build failed');
    }
  }
  const result = spawnSync(
    process.execPath,
    [join(REPO_ROOT, 'miniapp', 'scripts', 'package-size.mjs'), buildDir],
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

// `taro build` empties its output directory first, so every file of a build made since then is
// newer: an older file is an older build's (or a leftover), and its bytes would be counted.
export function assertBuiltSince(buildDir: string, builtSince: number): void {
  if (!existsSync(join(buildDir, 'app.json'))) throw new Error(`No weapp build at ${buildDir}`);
  const files = filesUnder(buildDir).map((file) => ({ file, written: statSync(file).mtimeMs }));
  const oldest = files.reduce((a, b) => (b.written < a.written ? b : a));
  if (oldest.written < builtSince) {
    throw new Error(
      `The weapp build at ${buildDir} holds ${relative(buildDir, oldest.file)} of ` +
        `${new Date(oldest.written).toISOString()}, before ` +
        `${new Date(builtSince).toISOString()}: it would measure old code.`,
    );
  }
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}
