// The functions as `osls package` zips them: every HTTP handler bundled by esbuild with
// serverless.yml's own `custom.esbuild` settings (esbuildOptions.ts reproduces what
// serverless-esbuild does with them), so the local API runs the code that deploys. One esbuild
// call for all entry points: without `splitting` each output is still a standalone bundle.
// The output folder is under the repo's node_modules so that what the bundles leave external
// (the AWS SDK, which Lambda's nodejs runtime provides) resolves as it does in Lambda.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { esbuildOptionsOf } from './esbuildOptions';
import { REPO_ROOT, type HttpRoute, type ServerlessConfig } from './routes';

export interface BuiltBundles {
  /** The routes, each with the bundle of its function. */
  routes: HttpRoute[];
  directory: string;
  milliseconds: number;
  remove(): void;
}

export async function buildBundles(
  config: Pick<ServerlessConfig, 'routes' | 'esbuild' | 'runtime'>,
): Promise<BuiltBundles> {
  const startedAt = Date.now();
  const cache = join(REPO_ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  // Own folder per run: `npm start` and a test stack may build at the same time.
  const directory = mkdtempSync(join(cache, 'yidi-local-bundles-'));
  const entryPoints = Object.fromEntries(
    config.routes.map((route) => [route.functionName, `${route.modulePath}.ts`]),
  );
  try {
    await build({
      ...esbuildOptionsOf(config.esbuild, config.runtime),
      entryPoints,
      outdir: directory,
      logLevel: 'error',
    });
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
  return {
    routes: config.routes.map((route) => ({
      ...route,
      bundlePath: join(directory, `${route.functionName}.js`),
    })),
    directory,
    milliseconds: Date.now() - startedAt,
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}
