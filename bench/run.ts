// npm run bench [-- --only=operations,load,sweep,bundles,weapp] [--sweep-100k] [--export-100k]
// Measures, prints the tables and writes bench/results/latest.json (see bench/README.md).
import { measure, SECTIONS, type Section } from './lib/measure';
import { printResults } from './lib/print';
import { measureScaleSection, printScale } from './lib/scaleSection';
import { RESULTS_PATH, writeResults } from './lib/results';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((argument) => argument.startsWith(prefix))?.slice(prefix.length);
}

async function main() {
  const only =
    option('only')?.split(',') ?? (process.argv.includes('--export-100k') ? [] : [...SECTIONS]);
  const unknown = only.filter((section) => !(SECTIONS as readonly string[]).includes(section));
  if (unknown.length > 0) throw new Error(`Unknown section(s): ${unknown.join(', ')}`);
  const sweepSizes = process.argv.includes('--sweep-100k')
    ? [1_000, 10_000, 100_000]
    : [1_000, 10_000];
  const started = Date.now();
  const results = await measure({
    sections: only as Section[],
    sweepSizes,
    progress: (text) => console.error(`bench: ${text}`),
  });
  // Opt-in: a region of 100 000 registrations, the export job and a queue page (lib/scale.ts).
  if (process.argv.includes('--export-100k')) {
    results.scale = await measureScaleSection([100_000], (text) => console.error(`bench: ${text}`));
  }
  printResults(results);
  if (results.scale) printScale(results.scale);
  writeResults(results);
  console.log(`\nWritten to ${RESULTS_PATH} in ${Math.round((Date.now() - started) / 1000)} s.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
