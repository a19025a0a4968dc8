// Test support for the back-office operations (review, sweep, messages, audit, export): a runtime
// whose DynamoDB client counts what it reads, filings written straight to the store (fixtures,
// not the code under test), and a raw handler call for non-JSON (CSV) responses.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  nationalCalendar,
  type Category,
  type FilingStatus,
  type OfficialSchedule,
} from '@yidi/shared';
import type { ReviewExport } from '@yidi/shared';
import { exportJobsSettled } from '../src/http/review/exportJobs';
import { loadStageConfig } from '../src/config/stage';
import { build as buildExport } from '../src/http/review/export';
import { build as buildExportGet } from '../src/http/review/exportGet';
import type { LambdaHandler } from '../src/http/route';
import { createRuntime, type Runtime } from '../src/runtime';
import { createDocumentClient, createStore, newFilingId, type FilingRecord } from '../src/store';
import { apiEvent, lambdaContext } from './support/http';
import { createTestTable, testEnvironment } from './support/testRuntime';
import type { TestUser } from './filings.support';

export interface ReadCounter {
  /** Items DynamoDB read, by index ('table' for the base table). */
  itemsByIndex: Map<string, number>;
  queries: number;
  /** BatchGetItem requests (a keys-only index read is a Query, then BatchGets of its items). */
  batchGets: number;
  /**
   * Runs `change` once, after the next Query on `index` that answered items (and whose answer,
   * as JSON, contains `containing`, if given), before the caller gets the answer: a change that
   * lands between an index read and the reads that follow it.
   */
  onceAfterQuery(index: string, change: () => Promise<void>, containing?: string): void;
  reset(): void;
  itemsRead(index?: string): number;
}

/** A runtime on a fresh table whose document client counts every item read. */
export async function countingRuntime(): Promise<{
  runtime: Runtime;
  reads: ReadCounter;
  /** The runtime's (counting) client, for a fixture's own raw writes (deleting an item). */
  documentClient: ReturnType<typeof createDocumentClient>;
  tableName: string;
}> {
  const tableName = await createTestTable();
  const config = loadStageConfig({ ...testEnvironment(), TABLE_NAME: tableName });
  const connection = {
    tableName,
    region: config.region,
    ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {}),
    encryptionKey: config.idEncryptionKey,
  };
  const documentClient = createDocumentClient(connection);
  const reads: ReadCounter = {
    itemsByIndex: new Map(),
    queries: 0,
    batchGets: 0,
    onceAfterQuery(index, change, containing) {
      pendingChanges.push({ index, change, ...(containing ? { containing } : {}) });
    },
    reset() {
      this.itemsByIndex.clear();
      this.queries = 0;
      this.batchGets = 0;
    },
    itemsRead(index) {
      if (index) return this.itemsByIndex.get(index) ?? 0;
      return [...this.itemsByIndex.values()].reduce((sum, count) => sum + count, 0);
    },
  };
  const pendingChanges: { index: string; change: () => Promise<void>; containing?: string }[] = [];
  const add = (index: string, count: number) =>
    reads.itemsByIndex.set(index, (reads.itemsByIndex.get(index) ?? 0) + count);
  documentClient.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const input = args.input as { IndexName?: string };
      const output = result.output as {
        ScannedCount?: number;
        Items?: unknown[];
        Item?: unknown;
        Responses?: Record<string, unknown[]>;
      };
      switch (context.commandName) {
        case 'QueryCommand':
          reads.queries += 1;
          add(input.IndexName ?? 'table', output.ScannedCount ?? 0);
          if (output.Items?.length) {
            const answer = JSON.stringify(output.Items);
            const waiting = pendingChanges.findIndex(
              ({ index, containing }) =>
                index === input.IndexName && (!containing || answer.includes(containing)),
            );
            if (waiting >= 0) await pendingChanges.splice(waiting, 1)[0]!.change();
          }
          break;
        // The client's stack sees the low-level command names (GetItemCommand for a
        // DocumentClient GetCommand); both are counted.
        case 'GetCommand':
        case 'GetItemCommand':
          add('table', output.Item ? 1 : 0);
          break;
        case 'BatchGetCommand':
        case 'BatchGetItemCommand':
          reads.batchGets += 1;
          add(
            'table',
            Object.values(output.Responses ?? {}).reduce((sum, items) => sum + items.length, 0),
          );
          break;
        case 'ScanCommand':
          throw new Error('No Scan, ever');
      }
      return result;
    },
    { step: 'initialize', name: 'countReads' },
  );
  const runtime = createRuntime(config, { store: createStore(connection, documentClient) });
  return { runtime, reads, documentClient, tableName };
}

/** A stored filing with sensible defaults: an ACTIVE long-term one in 合肥 (AH), open-ended. */
export function filingRecord(overrides: Partial<FilingRecord> = {}): FilingRecord {
  const personId = overrides.personId ?? `p-${randomUUID()}`;
  const id = overrides.id ?? newFilingId(personId);
  const at = '2026-06-01T02:00:00.000Z';
  const insuredRegion = overrides.insuredRegion ?? '340100';
  return {
    id,
    number: `${insuredRegion}${randomUUID().slice(0, 8)}`,
    personId,
    person: {
      id: personId,
      name: '测试人',
      idNumberMasked: '3401**********0011',
      gender: 'MALE',
      birthDate: '1958-03-01',
      insuranceType: 'EMPLOYEE',
      insuredRegion,
    },
    insuredRegion,
    category: 'LONG_TERM_RESIDENT',
    class: 'LONG_TERM',
    destination: { code: '310000', name: '上海市', level: 'PROVINCE' },
    status: 'ACTIVE',
    filedOn: '2026-06-01',
    validFrom: '2026-06-01',
    validUntil: null,
    lockAnchor: '2026-06-01',
    commitment: null,
    review: null,
    proof: { kind: 'MATERIALS', materialIds: [] },
    contact: { address: '上海市徐汇区漕溪北路1号', phone: '13912345678' },
    extensionsUsed: 0,
    version: 1,
    createdBy: 'fixture',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function openCommitment(signedOn: string, dueDate: string) {
  return {
    status: 'OPEN' as const,
    signedAt: `${signedOn}T02:00:00.000Z`,
    signedOn,
    dueDate,
    missing: ['RESIDENCE_PERMIT' as const],
    clawback: false,
  };
}

export async function storeFiling(runtime: Runtime, filing: FilingRecord): Promise<FilingRecord> {
  await runtime.store.filings.create(filing, {
    event: 'FILED',
    actorUserId: filing.createdBy,
    at: filing.createdAt,
  });
  return filing;
}

/** A filing's current version and status, straight from the store. */
export async function stored(runtime: Runtime, filingId: string) {
  const found = await runtime.store.filings.get(filingId);
  if (!found) throw new Error(`no filing ${filingId}`);
  return found;
}

/** Calls a handler and returns the raw response (a CSV body stays a string). */
export async function callRaw(
  handler: LambdaHandler,
  routeKey: string,
  options: { user?: TestUser; query?: Record<string, string> } = {},
) {
  const result = await handler(
    apiEvent({
      routeKey,
      ...(options.query ? { query: options.query } : {}),
      ...(options.user ? { token: options.user.token } : {}),
    }),
    lambdaContext(),
  );
  return {
    status: result.statusCode ?? 200,
    headers: Object.fromEntries(
      Object.entries(result.headers ?? {}).map(([name, value]) => [name, String(value)]),
    ),
    body: result.body ?? '',
  };
}

export type { Category, FilingStatus };

/**
 * An export the way a client gets it: GET /v1/review/export (202 {exportId}), the job (in this
 * process: waited for), GET /v1/review/exports/{exportId} until READY, then the download link.
 * `csv` keeps the BOM (Buffer decoding, not Response.text(), which strips it).
 */
export async function exportCsv(
  runtime: Runtime,
  user: TestUser,
  query: Record<string, string>,
): Promise<{ exportId: string; csv: string; status: ReviewExport; contentType: string }> {
  const started = await callRaw(buildExport(runtime), 'GET /v1/review/export', { user, query });
  if (started.status !== 202) throw new Error(`export: ${started.status} ${started.body}`);
  const { exportId } = JSON.parse(started.body) as { exportId: string };
  await exportJobsSettled(runtime);
  const status = await exportStatusOf(runtime, user, exportId);
  if (status.status !== 200 || status.body.state !== 'READY' || !status.body.download) {
    throw new Error(`export ${exportId}: ${JSON.stringify(status.body)}`);
  }
  const file = await fetch(status.body.download.url);
  if (!file.ok) throw new Error(`download: ${file.status}`);
  return {
    exportId,
    csv: Buffer.from(await file.arrayBuffer()).toString('utf8'),
    status: status.body,
    contentType: file.headers.get('content-type') ?? '',
  };
}

/** GET /v1/review/exports/{exportId} as `user`. */
export async function exportStatusOf(runtime: Runtime, user: TestUser, exportId: string) {
  const result = await buildExportGet(runtime)(
    apiEvent({
      routeKey: 'GET /v1/review/exports/{exportId}',
      pathParameters: { exportId },
      token: user.token,
    }),
    lambdaContext(),
  );
  return {
    status: result.statusCode ?? 200,
    body: JSON.parse(result.body ?? '{}') as ReviewExport,
  };
}

/** infra/calendar/2027.example.json: a TEST FIXTURE in the shape of a State Council schedule. */
export function schedule2027(): OfficialSchedule & { source?: string } {
  const file = join(__dirname, '../../infra/calendar/2027.example.json');
  return JSON.parse(readFileSync(file, 'utf8')) as OfficialSchedule & { source?: string };
}

/** A calendar source as if the 2027 schedule (the fixture) had been loaded. */
export const CALENDAR_WITH_2027 = {
  current: () => Promise.resolve(nationalCalendar([schedule2027()])),
};

/** The 2027 fixture as the table's calendar item, so runtime.calendars reads it. */
export async function load2027(runtime: Runtime): Promise<void> {
  const { year, restDays, makeUpWorkdays } = schedule2027();
  await runtime.store.calendars.put({
    year,
    restDays,
    makeUpWorkdays,
    loadedAt: '2026-11-20T02:00:00.000Z',
    loadedBy: 'fixture',
  });
}
