// The budgets `npm run bench:check` enforces, as pure functions of the results.
//   every screen's read ≤ 1 DynamoDB round trip (requests sent side by side count once; the
//   history/audit screen may take a second) · every state change ≤ 1 write request (one
//   TransactWriteItems counts as one) · one filing's life ≤ 150 WCU · GET /v1/filings/{id} ≤ 1.3×
//   (raw GetItem + a route that reads nothing) · no function bundle > 300 KB minified · weapp
//   main < 1 MB
import type { BenchResults } from './results';

export const BUDGETS = {
  readRoundTrips: 1,
  /** The history/audit screen: its history is read when it asks (one request more). */
  historyReadRoundTrips: 2,
  stateChangeWriteRequests: 1,
  lifecycleWriteUnits: 150,
  readOverhead: 1.3,
  bundleMinifiedBytes: 300 * 1024,
  weappMainBytes: 1024 * 1024,
} as const;

/** The routes of the history/audit screen. */
export const HISTORY_SCREEN_ROUTES: ReadonlySet<string> = new Set(['GET /v1/filings/{id}/audit']);

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
      const readLimit = HISTORY_SCREEN_ROUTES.has(operation.route)
        ? BUDGETS.historyReadRoundTrips
        : BUDGETS.readRoundTrips;
      if (operation.kind === 'read' && operation.roundTrips > readLimit) {
        violations.push({
          budget: `read ≤ ${readLimit} round trip${readLimit > 1 ? 's' : ''}`,
          subject: operation.name,
          actual: `${operation.roundTrips} round trips`,
          limit: `${readLimit}`,
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
    const life = results.operations.lifecycle;
    checked += 1;
    if (life.writeUnits > BUDGETS.lifecycleWriteUnits) {
      violations.push({
        budget: `one filing's life ≤ ${BUDGETS.lifecycleWriteUnits} WCU`,
        subject: life.steps.join(' → '),
        actual: `${life.writeUnits} WCU`,
        limit: `${BUDGETS.lifecycleWriteUnits} WCU`,
        why:
          life.writeFloor === undefined
            ? 'no floor measured'
            : `floor ${life.writeFloor} WCU (items × 2 in transactions + index entries); ` +
              `indexes billed ${life.indexWriteUnits} WCU`,
      });
    }
    const read = results.operations.readOverhead;
    if (read) {
      checked += 1;
      if (!(read.overhead <= BUDGETS.readOverhead)) {
        violations.push({
          budget: `GET filing ≤ ${BUDGETS.readOverhead}× (raw GetItem + empty route)`,
          subject: 'GET /v1/filings/{id}',
          actual: `${read.overhead}×`,
          limit: `${BUDGETS.readOverhead}×`,
          why:
            `median ${read.getFiling.medianMs} ms vs ${read.rawGetItem.medianMs} + ` +
            `${read.emptyRoute.medianMs} ms over ${read.rounds} rounds`,
        });
      }
    } else missing.push('read overhead');
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
