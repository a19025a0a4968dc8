// Size and cold-start module init of every function as Lambda gets it: each handler bundled by
// esbuild with serverless.yml's settings (bundle, minify, node20, the AWS SDK included), then
// required by a fresh node process — the time from before the require to after, median of runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import { REPO_ROOT, serverlessFunctions } from './serverless';

export interface BundleFigures {
  function: string;
  /** Minified JavaScript, source map excluded. */
  minifiedBytes: number;
  /** The same, deflated as in the deployment zip. */
  zippedBytes: number;
  initMs: number;
  /** The largest contributors to the bundle: package (or workspace folder) and bytes. */
  largest: { source: string; bytes: number }[];
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

/** Bytes in the output per npm package (or per workspace folder), largest first. */
function largestSources(inputs: Record<string, { bytesInOutput: number }>, count = 5) {
  const bytes = new Map<string, number>();
  for (const [path, input] of Object.entries(inputs)) {
    const npmPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    const source = npmPackage ?? path.split('/').slice(0, 2).join('/');
    bytes.set(source, (bytes.get(source) ?? 0) + input.bytesInOutput);
  }
  return [...bytes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([source, size]) => ({ source, bytes: size }));
}

export async function measureBundles(): Promise<BundleFigures[]> {
  const functions = await serverlessFunctions();
  const outdir = mkdtempSync(join(tmpdir(), 'yidi-bench-bundles-'));
  try {
    const figures: BundleFigures[] = [];
    for (const fn of functions) {
      const outfile = join(outdir, `${fn.name}.js`);
      const result = await build({
        entryPoints: [join(REPO_ROOT, `${fn.module}.ts`)],
        outfile,
        bundle: true,
        minify: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        logLevel: 'error',
        metafile: true,
      });
      const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
      const code = readFileSync(outfile);
      figures.push({
        function: fn.name,
        minifiedBytes: statSync(outfile).size,
        zippedBytes: deflateRawSync(code, { level: 9 }).length,
        initMs: initMilliseconds(outfile, fn.exportName),
        largest: largestSources(inputs),
      });
    }
    return figures;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
