// Plain-text tables for the terminal.
import type { BudgetCheck } from './budgets';
import type { BenchResults } from './results';

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) =>
    Math.max(...cells.map((row) => [...(row[column] ?? '')].length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    line(headers),
    line(widths.map((width) => '-'.repeat(width))),
    ...cells.slice(1).map(line),
  ].join('\n');
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** measured / floor, or '' when there is no floor (reads, results from before floors). */
const ratioText = (measured: number, floor: number | undefined) =>
  floor ? (measured / floor).toFixed(2) : '';

export function printResults(results: BenchResults, log: (text: string) => void = console.log) {
  if (results.operations) {
    log('\nDynamoDB per operation (in process, real handlers, ReturnConsumedCapacity=INDEXES)');
    log(
      table(
        [
          'operation',
          'kind',
          'round trips',
          'reads',
          'writes',
          'RCU',
          'WCU',
          'of it GSI',
          'WCU floor',
          'WCU/floor',
          'calls',
        ],
        results.operations.operations.map((operation) => [
          operation.name,
          operation.kind,
          operation.roundTrips,
          operation.readRequests,
          operation.writeRequests,
          operation.readUnits,
          operation.writeUnits,
          operation.indexWriteUnits ?? '',
          operation.writeFloor ?? '',
          ratioText(operation.writeUnits, operation.writeFloor),
          operation.commands.join(' '),
        ]),
      ),
    );
    const life = results.operations.lifecycle;
    log(
      `\nOne filing's life (${life.steps.join(' → ')}): ${life.roundTrips} round trips, ` +
        `${life.readRequests} reads, ${life.writeRequests} writes, ${life.readUnits} RCU, ` +
        `${life.writeUnits} WCU (of it GSI ${life.indexWriteUnits}; floor ${life.writeFloor}, ` +
        `${ratioText(life.writeUnits, life.writeFloor)}×)`,
    );
    const read = results.operations.readOverhead;
    if (read) {
      const cell = (timing: { medianMs: number; p25Ms: number; p75Ms: number }) =>
        `${timing.medianMs} (${timing.p25Ms}–${timing.p75Ms})`;
      log(
        `\nRead overhead (${read.rounds} interleaved rounds, median ms (p25–p75)): ` +
          `GET /v1/filings/{id} ${cell(read.getFiling)} / (raw consistent GetItem ` +
          `${cell(read.rawGetItem)} + route reading nothing ${cell(read.emptyRoute)}) = ${read.overhead}× (per round: ${read.overheadPerRound}×)`,
      );
      if (read.cpuMicros) {
        log(
          `  node CPU per call, DynamoDB's answers replayed (median µs): GET filing ${read.cpuMicros.getFiling}, raw GetItem ` +
            `${read.cpuMicros.rawGetItem}, route reading nothing ${read.cpuMicros.emptyRoute}`,
        );
      }
    }
  }
  if (results.load) {
    log('\nLatency and throughput over HTTP on loopback (API server in process, DynamoDB Local)');
    log(
      table(
        ['operation', 'clients', 'requests', 'errors', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s'],
        results.load.map((row) => [
          row.operation,
          row.clients,
          row.requests,
          row.errors,
          row.p50Ms,
          row.p95Ms,
          row.p99Ms,
          row.perSecond,
        ]),
      ),
    );
  }
  if (results.sweep) {
    log('\nSweep: items read vs table size (1 % due; runSweep over GSI3/GSI4)');
    log(
      table(
        [
          'filings',
          'due',
          'items read',
          'index queries',
          'index RCU',
          'BatchGets',
          'item RCU',
          'writes',
          'sweep s',
          'seed s',
        ],
        results.sweep.map((row) => [
          row.tableFilings,
          row.due,
          row.itemsRead,
          row.indexQueries,
          row.indexReadUnits,
          row.itemBatchGets,
          row.itemReadUnits,
          row.writeRequests,
          row.sweepSeconds,
          row.seedSeconds,
        ]),
      ),
    );
  }
  if (results.bundles) {
    log('\nFunction bundles (esbuild, serverless.yml settings) and module init in a fresh node');
    log(
      table(
        ['function', 'minified KB', 'zipped KB', 'init ms', 'largest parts'],
        results.bundles.map((bundle) => [
          bundle.function,
          kb(bundle.minifiedBytes),
          kb(bundle.zippedBytes),
          bundle.initMs ?? '',
          bundle.largest
            .slice(0, 3)
            .map((part) => `${part.source} ${kb(part.bytes)}`)
            .join(', '),
        ]),
      ),
    );
  }
  if (results.weapp) {
    log('\nWeChat mini-program packages (miniapp/scripts/package-size.mjs)');
    log(
      table(
        ['package', 'KB'],
        Object.entries(results.weapp.packages).map(([name, bytes]) => [name, kb(bytes)]),
      ),
    );
  }
  for (const [section, note] of Object.entries(results.notes)) log(`note (${section}): ${note}`);
}

export function printBudgetCheck(check: BudgetCheck, log: (text: string) => void = console.log) {
  log(`\nBudgets: ${check.checked} figures checked, ${check.violations.length} over budget`);
  log(
    table(
      ['budget', 'figures', 'worst', 'its figure', 'limit', 'over'],
      check.figures.map((figures) => [
        figures.budget,
        figures.checked,
        figures.worstSubject,
        figures.worstActual,
        figures.limit,
        figures.violations,
      ]),
    ),
  );
  if (check.violations.length > 0) {
    log('\nOver budget:');
    log(
      table(
        ['budget', 'subject', 'actual', 'limit', 'over by', 'largest parts / calls'],
        check.violations.map((violation) => [
          violation.budget,
          violation.subject,
          violation.actual,
          violation.limit,
          violation.over,
          violation.why,
        ]),
      ),
    );
  }
  for (const section of check.missing) log(`not measured: ${section} (its budget was not checked)`);
}
