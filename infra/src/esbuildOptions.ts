// serverless.yml's `custom.esbuild` turned into esbuild options the way serverless-esbuild 1.57
// does it (dist/index.js getBuildOptions, dist/bundle.js): its defaults under the settings, its
// own keys removed, `exclude` added to `external`. `npm start` (bundles.ts) and the bench bundle
// with exactly these, so what runs locally and what is measured is what `osls package` zips.
import type { BuildOptions } from 'esbuild';

/** serverless-esbuild's defaults that reach esbuild (the rest are its own keys, dropped below). */
const PLUGIN_DEFAULTS = {
  bundle: true,
  platform: 'node',
  external: [] as string[],
  exclude: ['aws-sdk'] as string[],
};

/** Keys serverless-esbuild reads itself and deletes before calling esbuild. */
const PLUGIN_KEYS = new Set([
  'concurrency',
  'zipConcurrency',
  'exclude',
  'nativeZip',
  'packager',
  'packagePath',
  'watch',
  'keepOutputDirectory',
  'packagerOptions',
  'installExtraArgs',
  'outputFileExtension',
  'outputBuildFolder',
  'outputWorkFolder',
  'nodeExternals',
  'skipBuild',
  'skipRebuild',
  'skipBuildExcludeFns',
  'stripEntryResolveExtensions',
  'disposeContext',
  'config',
]);

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (item): item is string => typeof item === 'string',
  );

/** The target serverless-esbuild derives from provider.runtime: nodejs24.x → node24. */
export function runtimeTargetOf(runtime: string): string {
  const major = /^nodejs(\d+)\.x$/.exec(runtime)?.[1];
  if (!major) throw new Error(`provider.runtime ${runtime} is not a Node.js runtime`);
  return `node${major}`;
}

/** `settings` is `custom.esbuild` from `osls print`, `runtime` its provider.runtime. */
export function esbuildOptionsOf(settings: Record<string, unknown>, runtime: string): BuildOptions {
  if (settings.config !== undefined) {
    throw new Error('custom.esbuild.config (a JS config file) is not supported by the bench');
  }
  if (settings.outputFileExtension !== undefined && settings.outputFileExtension !== '.js') {
    throw new Error('custom.esbuild.outputFileExtension other than .js is not supported');
  }
  // ramda's mergeDeepRight, one level deep is all these keys need: arrays are replaced.
  const merged: Record<string, unknown> = {
    ...PLUGIN_DEFAULTS,
    target: runtimeTargetOf(runtime),
    ...settings,
  };
  const exclude = strings(merged.exclude);
  const options = Object.fromEntries(
    Object.entries(merged).filter(([key]) => !PLUGIN_KEYS.has(key)),
  ) as BuildOptions;
  options.external = [...strings(merged.external), ...(exclude.includes('*') ? [] : exclude)];
  return options;
}
