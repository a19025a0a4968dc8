import { BUDGETS, checkBudgets, COUNTED_BUDGET_SECTIONS } from './budgets';
import type { BundleFigures } from './bundles';
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

const bundle = (name: string, minifiedBytes: number): BundleFigures => ({
  function: name,
  minifiedBytes,
  zippedBytes: Math.round(minifiedBytes / 3),
  largest: [
    { source: 'dynamodb-toolbox', bytes: 100 * 1024 },
    { source: 'shared/src', bytes: 90 * 1024 },
  ],
});

const budgetsBroken = (check: ReturnType<typeof checkBudgets>) =>
  check.violations.map((violation) => violation.budget);

describe('bench budgets', () => {
  it('passes a store within every budget', () => {
    const check = checkBudgets(results([operation({})], 140));
    expect(check.violations).toEqual([]);
    expect(check.missing).toEqual([]);
  });

  it('fails one filing’s life over 150 WCU, naming its floor', () => {
    const step = (name: string, writeUnits: number) =>
      operation({ name, kind: 'state change', writeRequests: 1, writeUnits });
    const check = checkBudgets(
      results([operation({}), step('file', 16), step('cancel', 900)], 916),
    );
    expect(budgetsBroken(check)).toEqual([
      `one filing's life ≤ ${BUDGETS.lifecycleWriteUnits} WCU`,
    ]);
    expect(check.violations[0]?.over).toBe('+766 WCU (+510.7 %)');
    expect(check.violations[0]?.why).toContain('floor 40 WCU');
    expect(check.violations[0]?.why).toContain('by step: cancel 900, file 16');
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

  it('fails a bundle over 300 KB, naming the function, the excess and its largest parts', () => {
    const within = results([operation({})], 140);
    within.bundles = [bundle('filingsGet', BUDGETS.bundleMinifiedBytes)];
    expect(checkBudgets(within).violations).toEqual([]);

    const over = results([operation({})], 140);
    over.bundles = [
      bundle('filingsGet', 297 * 1024),
      bundle('filingsChange', 330 * 1024),
      bundle('openApi', BUDGETS.bundleMinifiedBytes + 1),
    ];
    const check = checkBudgets(over);
    expect(check.violations).toEqual([
      {
        budget: 'bundle ≤ 300 KB minified',
        subject: 'filingsChange',
        actual: '330.0 KB',
        limit: '300.0 KB',
        over: '+30.0 KB (+10.0 %)',
        why: 'dynamodb-toolbox 100.0 KB, shared/src 90.0 KB',
      },
      expect.objectContaining({ subject: 'openApi', over: '+0.0 KB (+0.0 %)' }),
    ]);
    expect(check.figures.find((figures) => figures.budget.startsWith('bundle'))).toEqual({
      budget: 'bundle ≤ 300 KB minified',
      checked: 3,
      worstSubject: 'filingsChange',
      worstActual: '330.0 KB',
      limit: '300.0 KB',
      violations: 2,
    });
  });

  it('fails a weapp main package of 1 MB or more', () => {
    const weapp = (mainBytes: number) => {
      const figures = results([operation({})], 140);
      figures.weapp = { mainBytes, totalBytes: mainBytes, packages: { '(main)': mainBytes } };
      return checkBudgets(figures);
    };
    expect(weapp(BUDGETS.weappMainBytes - 1).violations).toEqual([]);
    expect(budgetsBroken(weapp(BUDGETS.weappMainBytes))).toEqual(['weapp main package < 1 MB']);
  });

  it('checks only the counted budgets for the test run: no timing asked for or judged', () => {
    const slowRead = results([operation({})], 140, readOverhead(2.5));
    slowRead.bundles = [bundle('filingsGet', 200 * 1024)];
    expect(checkBudgets(slowRead).violations).toHaveLength(1);
    const counted = checkBudgets(slowRead, COUNTED_BUDGET_SECTIONS);
    expect(counted.violations).toEqual([]);
    expect(counted.figures.map((figures) => figures.budget)).toEqual([
      'read ≤ 1 round trip',
      `one filing's life ≤ 150 WCU`,
      'bundle ≤ 300 KB minified',
      'weapp main package < 1 MB',
    ]);
    const unmeasured = results([operation({})], 160, null);
    const check = checkBudgets(unmeasured, COUNTED_BUDGET_SECTIONS);
    expect(check.missing).toEqual([]);
    expect(budgetsBroken(check)).toEqual([`one filing's life ≤ 150 WCU`]);
    expect(check.violations[0]?.over).toBe('+10 WCU (+6.7 %)');
  });

  it('reports a section the counted check needs but the results lack', () => {
    const noBundles = results([operation({})], 140);
    delete noBundles.bundles;
    expect(checkBudgets(noBundles, COUNTED_BUDGET_SECTIONS).missing).toEqual(['bundles']);
  });
});
