// bench/results/latest.json: every figure of the last run, and what check.ts reads.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import type { BundleFigures } from './bundles';
import type { LoadFigures } from './load';
import type { OperationsResult } from './operations';
import type { ScaleFigures } from './scale';
import type { SweepFigures } from './sweep';
import type { WeappFigures } from './weapp';

export const RESULTS_PATH = join(__dirname, '..', 'results', 'latest.json');

export interface BenchResults {
  measuredAt: string;
  machine: { cpus: number; cpuModel: string; node: string };
  operations?: OperationsResult;
  load?: LoadFigures[];
  sweep?: SweepFigures[];
  /** Opt-in (--export-100k): the export job and a queue page in a region of 100 000. */
  scale?: ScaleFigures[];
  bundles?: BundleFigures[];
  weapp?: WeappFigures;
  /** Caveats, by the section they belong to. */
  notes: Record<string, string>;
}

export function emptyResults(): BenchResults {
  return {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', node: process.version },
    notes: {},
  };
}

export function readResults(): BenchResults | undefined {
  if (!existsSync(RESULTS_PATH)) return undefined;
  return JSON.parse(readFileSync(RESULTS_PATH, 'utf8')) as BenchResults;
}

/** Writes `fresh` over the stored results, keeping sections `fresh` did not measure. */
export function writeResults(fresh: BenchResults): BenchResults {
  const stored = readResults();
  const merged = { ...(stored ?? {}), ...fresh, notes: { ...stored?.notes, ...fresh.notes } };
  mkdirSync(dirname(RESULTS_PATH), { recursive: true });
  writeFileSync(RESULTS_PATH, `${JSON.stringify(merged, null, 2)}\n`);
  return merged;
}
