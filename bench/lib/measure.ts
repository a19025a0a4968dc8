// Runs the chosen measurements and gathers their figures; the local stack is started once for
// those that need DynamoDB (operations, load, sweep) and stopped at the end.
import type { LocalStack } from '../../infra/src/localStack';
import { measureBundles } from './bundles';
import { measureLoad } from './load';
import { measureOperations } from './operations';
import { emptyResults, type BenchResults } from './results';
import { startBenchStack } from './stack';
import { measureSweep } from './sweep';
import { measureWeapp, type ExistingWeappBuild } from './weapp';

export const SECTIONS = ['operations', 'load', 'sweep', 'bundles', 'weapp'] as const;
export type Section = (typeof SECTIONS)[number];

export interface MeasureOptions {
  sections: readonly Section[];
  sweepSizes: number[];
  progress?: (text: string) => void;
  /**
   * false: only what is counted, not timed — no read overhead, no module init (the test run's
   * budget step). Default true.
   */
  timed?: boolean;
  /** Measure this weapp build instead of building one. */
  weappBuild?: ExistingWeappBuild;
}

export async function measure(options: MeasureOptions): Promise<BenchResults> {
  const results = emptyResults();
  const progress = options.progress ?? (() => undefined);
  const wants = (section: Section) => options.sections.includes(section);
  const timed = options.timed ?? true;
  let stack: LocalStack | undefined;
  try {
    if (wants('operations') || wants('load') || wants('sweep')) {
      progress('starting DynamoDB Local and s3rver …');
      stack = await startBenchStack();
    }
    if (stack && wants('operations')) {
      progress('operations: DynamoDB cost per request …');
      results.operations = await measureOperations(stack, { readOverhead: timed });
    }
    if (stack && wants('load')) {
      progress('load: 1, 10 and 50 clients over loopback HTTP …');
      results.load = await measureLoad(stack);
      results.notes.load =
        'Load figures share 2 cores between the clients, the handlers and DynamoDB Local (a JVM): ' +
        'they compare runs on this machine, they do not predict Lambda latency.';
    }
    if (stack && wants('sweep')) {
      results.sweep = [];
      for (const size of options.sweepSizes) {
        progress(`sweep: seeding ${size} filings and sweeping …`);
        results.sweep.push(await measureSweep(stack, size));
      }
      results.notes.sweep = options.sweepSizes.includes(100_000)
        ? 'Seeded with parallel BatchWriteItem; the 1 % due also get their person guard item.'
        : 'Sweep at 100k filings is opt-in (seeding takes minutes here): npm run bench -- --sweep-100k.';
    }
  } finally {
    await stack?.stop();
  }
  if (wants('bundles')) {
    progress(
      timed
        ? 'bundles: esbuild per function, module init in fresh node processes …'
        : 'bundles: esbuild per function …',
    );
    results.bundles = await measureBundles({ init: timed });
  }
  if (wants('weapp')) {
    progress('weapp: package sizes …');
    results.weapp = measureWeapp(options.weappBuild);
  }
  return results;
}
