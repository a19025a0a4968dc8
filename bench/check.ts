// npm run bench:check [-- --use-results]
// Measures what the budgets need (DynamoDB calls per operation, bundles, weapp packages), merges
// the figures into bench/results/latest.json, and fails (exit 1) if any budget is broken.
// --use-results checks the stored latest.json without measuring.
import { checkBudgets } from './lib/budgets';
import { measure } from './lib/measure';
import { printBudgetCheck, printResults } from './lib/print';
import { readResults, RESULTS_PATH, writeResults } from './lib/results';

async function main() {
  let results;
  if (process.argv.includes('--use-results')) {
    results = readResults();
    if (!results) throw new Error(`No ${RESULTS_PATH}: run npm run bench first.`);
  } else {
    const fresh = await measure({
      sections: ['operations', 'bundles', 'weapp'],
      sweepSizes: [],
      progress: (text) => console.error(`bench:check: ${text}`),
    });
    printResults(fresh);
    results = writeResults(fresh);
  }
  const check = checkBudgets(results);
  printBudgetCheck(check);
  if (check.violations.length > 0 || check.missing.length > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
