// npm run bench:check [-- --use-results]
//   Measures what the budgets need (DynamoDB calls per operation and the read overhead, bundles,
//   weapp packages), merges the figures into bench/results/latest.json, and fails (exit 1) if any
//   budget is broken. --use-results checks the stored latest.json without measuring.
// npm run bench:budgets [-- --weapp-build=DIR --weapp-built-since=UNIX_SECONDS]
//   (= check.ts --counted) The counted budgets only (lib/budgets.ts COUNTED_BUDGET_SECTIONS): no
//   timing, no module init, nothing written to latest.json — the step of `npm test`. With
//   --weapp-build it measures that weapp build (test.sh: the weapp suite's, written since that
//   step began) instead of building one.
import { resolve } from 'node:path';
import { ALL_BUDGET_SECTIONS, checkBudgets, COUNTED_BUDGET_SECTIONS } from './lib/budgets';
import { measure } from './lib/measure';
import { printBudgetCheck, printResults } from './lib/print';
import { readResults, RESULTS_PATH, writeResults, type BenchResults } from './lib/results';
import { REPO_ROOT } from './lib/serverless';
import { assertBuiltSince, type ExistingWeappBuild } from './lib/weapp';

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((argument) => argument.startsWith(prefix))?.slice(prefix.length);
}

function existingWeappBuild(): ExistingWeappBuild | undefined {
  const directory = option('weapp-build');
  if (directory === undefined) return undefined;
  const since = Number(option('weapp-built-since'));
  if (!Number.isFinite(since)) {
    throw new Error('--weapp-build needs --weapp-built-since=<unix seconds the build began>');
  }
  const build = { directory, builtSince: since * 1000 };
  // Before the minute of measuring: an old build is refused at once.
  assertBuiltSince(resolve(REPO_ROOT, directory), build.builtSince);
  return build;
}

async function main() {
  const counted = process.argv.includes('--counted');
  const name = counted ? 'bench:budgets' : 'bench:check';
  const progress = (text: string) => console.error(`${name}: ${text}`);
  const started = Date.now();
  let results: BenchResults;
  if (process.argv.includes('--use-results')) {
    const stored = readResults();
    if (!stored) throw new Error(`No ${RESULTS_PATH}: run npm run bench first.`);
    results = stored;
  } else if (counted) {
    // Not written to latest.json: a test run does not change the bench's record.
    results = await measure({
      sections: ['operations', 'bundles', 'weapp'],
      sweepSizes: [],
      timed: false,
      weappBuild: existingWeappBuild(),
      progress,
    });
  } else {
    const fresh = await measure({
      sections: ['operations', 'bundles', 'weapp'],
      sweepSizes: [],
      progress,
    });
    printResults(fresh);
    results = writeResults(fresh);
  }
  const check = checkBudgets(results, counted ? COUNTED_BUDGET_SECTIONS : ALL_BUDGET_SECTIONS);
  printBudgetCheck(check);
  if (counted) {
    console.log(
      `(counted budgets only, in ${Math.round((Date.now() - started) / 1000)} s; ` +
        'the timed read overhead: npm run bench:check)',
    );
  }
  if (check.violations.length > 0 || check.missing.length > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
