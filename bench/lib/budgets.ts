// The budgets `npm run bench:check` enforces, as pure functions of the results.
//   every read ≤ 1 DynamoDB round trip · every state change ≤ 1 write request (one
//   TransactWriteItems counts as one) · no function bundle > 300 KB minified · weapp main < 1 MB
import type { BenchResults } from './results';

export const BUDGETS = {
  readRoundTrips: 1,
  stateChangeWriteRequests: 1,
  bundleMinifiedBytes: 300 * 1024,
  weappMainBytes: 1024 * 1024,
} as const;

export interface BudgetViolation {
  budget: string;
  subject: string;
  actual: string;
  limit: string;
  /** What made it: the DynamoDB calls, the largest parts of a bundle. */
  why: string;
}

export interface BudgetCheck {
  checked: number;
  violations: BudgetViolation[];
  /** Sections with no figures: the budget could not be checked. */
  missing: string[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function checkBudgets(results: BenchResults): BudgetCheck {
  const violations: BudgetViolation[] = [];
  const missing: string[] = [];
  let checked = 0;

  if (results.operations) {
    for (const operation of results.operations.operations) {
      checked += 1;
      if (operation.kind === 'read' && operation.roundTrips > BUDGETS.readRoundTrips) {
        violations.push({
          budget: 'read ≤ 1 round trip',
          subject: operation.name,
          actual: `${operation.roundTrips} round trips`,
          limit: `${BUDGETS.readRoundTrips}`,
          why: operation.commands.join(' → '),
        });
      }
      if (
        operation.kind === 'state change' &&
        operation.writeRequests > BUDGETS.stateChangeWriteRequests
      ) {
        violations.push({
          budget: 'state change ≤ 1 write request',
          subject: operation.name,
          actual: `${operation.writeRequests} write requests`,
          limit: `${BUDGETS.stateChangeWriteRequests}`,
          why: operation.commands.join(' → '),
        });
      }
    }
  } else missing.push('operations');

  if (results.bundles) {
    for (const bundle of results.bundles) {
      checked += 1;
      if (bundle.minifiedBytes > BUDGETS.bundleMinifiedBytes) {
        violations.push({
          budget: 'bundle ≤ 300 KB minified',
          subject: bundle.function,
          actual: kb(bundle.minifiedBytes),
          limit: kb(BUDGETS.bundleMinifiedBytes),
          why: bundle.largest.map((part) => `${part.source} ${kb(part.bytes)}`).join(', '),
        });
      }
    }
  } else missing.push('bundles');

  if (results.weapp) {
    checked += 1;
    if (results.weapp.mainBytes >= BUDGETS.weappMainBytes) {
      violations.push({
        budget: 'weapp main package < 1 MB',
        subject: '(main)',
        actual: kb(results.weapp.mainBytes),
        limit: kb(BUDGETS.weappMainBytes),
        why: 'miniapp/scripts/package-size.mjs',
      });
    }
  } else missing.push('weapp');

  return { checked, violations, missing };
}
