import { BUDGETS, checkBudgets } from './budgets';
import type { OperationFigures, OperationsResult } from './operations';
import type { ReadOverheadFigures } from './readOverhead';
import type { BenchResults } from './results';

const operation = (overrides: Partial<OperationFigures>): OperationFigures => ({
  name: 'get filing',
  route: 'GET /v1/filings/{id}',
  kind: 'read',
  status: 200,
  roundTrips: 1,
  requests: 1,
  readRequests: 1,
  writeRequests: 0,
  readUnits: 1,
  writeUnits: 0,
  writeFloor: 0,
  indexWriteUnits: 0,
  commands: ['BatchGetItem[2 items]'],
  ...overrides,
});

const timing = (medianMs: number) => ({ medianMs, p25Ms: medianMs, p75Ms: medianMs });
const readOverhead = (overhead: number): ReadOverheadFigures => ({
  rounds: 400,
  rawGetItem: timing(1.84),
  emptyRoute: timing(0.98),
  getFiling: timing(overhead * 2.82),
  overhead,
  overheadPerRound: overhead,
});

function results(
  operations: OperationFigures[],
  lifecycleWriteUnits: number,
  // null: results from before the read overhead was measured.
  read: ReadOverheadFigures | null = readOverhead(1.1),
): BenchResults {
  const ops: OperationsResult = {
    operations,
    lifecycle: {
      steps: ['file', 'cancel'],
      roundTrips: 6,
      requests: 6,
      readRequests: 4,
      writeRequests: 2,
      readUnits: 4,
      writeUnits: lifecycleWriteUnits,
      writeFloor: 40,
      indexWriteUnits: 10,
      commands: [],
    },
    ...(read ? { readOverhead: read } : {}),
  };
  return {
    measuredAt: '2026-12-01T00:00:00Z',
    machine: { cpus: 2, cpuModel: 'test', node: 'v20' },
    operations: ops,
    bundles: [],
    weapp: { mainBytes: 1000, packages: {} } as unknown as BenchResults['weapp'],
    notes: {},
  };
}

const budgetsBroken = (check: ReturnType<typeof checkBudgets>) =>
  check.violations.map((violation) => violation.budget);

describe('bench budgets', () => {
  it('passes a store within every budget', () => {
    const check = checkBudgets(results([operation({})], 140));
    expect(check.violations).toEqual([]);
    expect(check.missing).toEqual([]);
  });

  it('fails one filing’s life over 150 WCU, naming its floor', () => {
    const check = checkBudgets(results([operation({})], 916));
    expect(budgetsBroken(check)).toEqual([
      `one filing's life ≤ ${BUDGETS.lifecycleWriteUnits} WCU`,
    ]);
    expect(check.violations[0]?.why).toContain('floor 40 WCU');
  });

  it('fails a read slower than 1.3× its floor (the 1.86× measured before)', () => {
    const check = checkBudgets(results([operation({})], 140, readOverhead(1.86)));
    expect(budgetsBroken(check)).toEqual(['GET filing ≤ 1.3× (raw GetItem + empty route)']);
    expect(checkBudgets(results([operation({})], 140, readOverhead(1.3))).violations).toEqual([]);
  });

  it('reports the read overhead as not measured when the results lack it', () => {
    expect(checkBudgets(results([operation({})], 140, null)).missing).toEqual(['read overhead']);
  });

  it('allows one round trip per screen, two for the history/audit screen', () => {
    const sideBySide = operation({ name: 'list filings', route: 'GET /v1/filings', requests: 2 });
    const audit = operation({
      name: 'filing audit',
      route: 'GET /v1/filings/{id}/audit',
      roundTrips: 2,
      requests: 2,
    });
    expect(checkBudgets(results([sideBySide, audit], 140)).violations).toEqual([]);
    const twice = operation({ roundTrips: 2, requests: 2 });
    expect(budgetsBroken(checkBudgets(results([twice], 140)))).toEqual(['read ≤ 1 round trip']);
    const auditThrice = { ...audit, roundTrips: 3 };
    expect(budgetsBroken(checkBudgets(results([auditThrice], 140)))).toEqual([
      'read ≤ 2 round trips',
    ]);
  });

  it('allows a state change one write request', () => {
    const change = operation({ name: 'cancel', kind: 'state change', writeRequests: 2 });
    expect(budgetsBroken(checkBudgets(results([change], 140)))).toEqual([
      'state change ≤ 1 write request',
    ]);
  });
});
