// Size and cold-start module init of every function as Lambda gets it: each handler bundled by
// esbuild with serverless.yml's own settings (custom.esbuild via `osls print`, see
// esbuildOptions.ts), then required by a fresh node process — the time from before the require to
// after, median of runs. The bundles are written inside the repo so that what they leave external
// (the AWS SDK, which Lambda's nodejs runtime provides) resolves from node_modules and its load
// time counts in init, as it does on Lambda.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import { esbuildOptionsOf } from './esbuildOptions';
import { REPO_ROOT, serverlessBundling, serverlessFunctions } from './serverless';

export interface BundleFigures {
  function: string;
  /** Minified JavaScript, source map excluded. */
  minifiedBytes: number;
  /** The same, deflated as in the deployment zip. */
  zippedBytes: number;
  /** Absent when measured without init (the test run's budget step, `bench:budgets`). */
  initMs?: number;
  /** The largest contributors to the bundle: package (or workspace folder) and bytes. */
  largest: { source: string; bytes: number }[];
  /** Packages the bundle requires at run time instead of containing them (the runtime's). */
  external?: string[];
}

const INIT_RUNS = 3;

function initMilliseconds(bundlePath: string, exportName: string): number {
  const script =
    'const t=process.hrtime.bigint();' +
    `const m=require(${JSON.stringify(bundlePath)});` +
    'const ms=Number(process.hrtime.bigint()-t)/1e6;' +
    `if(typeof m[${JSON.stringify(exportName)}]!=="function")process.exit(3);` +
    'process.stdout.write(String(ms));';
  const runs: number[] = [];
  for (let run = 0; run < INIT_RUNS; run += 1) {
    const result = spawnSync(process.execPath, ['-e', script], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', STAGE: 'test', NODE_NO_WARNINGS: '1' },
    });
    if (result.status !== 0) throw new Error(`init of ${bundlePath} failed: ${result.stderr}`);
    runs.push(Number(result.stdout));
  }
  runs.sort((a, b) => a - b);
  return Math.round(runs[Math.floor(runs.length / 2)]! * 10) / 10;
}

/**
 * Bytes in the output per npm package, or per folder of our own code one level under a
 * workspace's src (`shared/src/policy`, `functions/src/store`: what a budget's failure names),
 * largest first.
 */
function largestSources(inputs: Record<string, { bytesInOutput: number }>, count = 5) {
  const bytes = new Map<string, number>();
  for (const [path, input] of Object.entries(inputs)) {
    const npmPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    const source = npmPackage ?? path.split('/').slice(0, 3).join('/');
    bytes.set(source, (bytes.get(source) ?? 0) + input.bytesInOutput);
  }
  return [...bytes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([source, size]) => ({ source, bytes: size }));
}

/** Non-builtin packages the output imports at run time. */
function externalPackages(imports: { path: string; external?: boolean }[]): string[] {
  const builtins = new Set(builtinModules);
  const packages = imports
    .filter((imported) => imported.external)
    .map((imported) => imported.path)
    .filter((path) => !path.startsWith('node:') && !builtins.has(path.split('/')[0]!));
  return [...new Set(packages)].sort();
}

/** `init: false` leaves out the module init (3 node processes per function): sizes only. */
export async function measureBundles(measured: { init?: boolean } = {}): Promise<BundleFigures[]> {
  const init = measured.init ?? true;
  const functions = await serverlessFunctions();
  const { esbuild, runtime } = await serverlessBundling();
  const options = esbuildOptionsOf(esbuild, runtime);
  const cache = join(REPO_ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outdir = mkdtempSync(join(cache, 'yidi-bench-bundles-'));
  try {
    const figures: BundleFigures[] = [];
    for (const fn of functions) {
      const outfile = join(outdir, `${fn.name}.js`);
      const result = await build({
        ...options,
        entryPoints: [join(REPO_ROOT, `${fn.module}.ts`)],
        outfile,
        logLevel: 'error',
        metafile: true,
      });
      const output = Object.entries(result.metafile.outputs).find(([path]) =>
        path.endsWith('.js'),
      )?.[1];
      const code = readFileSync(outfile);
      figures.push({
        function: fn.name,
        minifiedBytes: statSync(outfile).size,
        zippedBytes: deflateRawSync(code, { level: 9 }).length,
        ...(init ? { initMs: initMilliseconds(outfile, fn.exportName) } : {}),
        largest: largestSources(output?.inputs ?? {}),
        external: externalPackages(output?.imports ?? []),
      });
    }
    return figures;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
