// Counts DynamoDB requests, round trips and consumed capacity per command, through an SDK
// middleware on the client the store uses: every command is sent with
// ReturnConsumedCapacity=INDEXES (table and GSI units), and the answer's ConsumedCapacity is
// summed by kind (read or write). It also keeps what each write carries (the items of a PutItem,
// a TransactWriteItems, a BatchWriteItem), from which writeFloor.ts computes the least it can cost,
// and when each call started and ended, so that requests sent side by side count as one round trip.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const READ_COMMANDS = new Set([
  'GetItemCommand',
  'QueryCommand',
  'BatchGetItemCommand',
  'TransactGetItemsCommand',
  'ScanCommand',
]);

export interface DynamoCall {
  command: string;
  kind: 'read' | 'write';
  /** Capacity units DynamoDB reported (0 when the call failed, e.g. a condition check). */
  capacityUnits: number;
  /** Of which the global secondary indexes. */
  indexUnits?: number;
  /** What it touched: key prefixes (IDEMPOTENCY, FILING, PERSON …) or the index queried. */
  target: string;
  /** The error's name when the call failed. */
  failed?: string;
  /** Milliseconds (performance.now) when the command was sent and when its answer came. */
  startedAt: number;
  endedAt: number;
  /** For writes: each item written, as the command carries it. */
  writes?: WrittenItem[];
}

/**
 * One action of a write. A Put carries the whole item; an Update, a Delete or a ConditionCheck
 * only its key (the stored item's size is not in the request).
 */
export interface WrittenItem {
  action: 'Put' | 'Update' | 'Delete' | 'ConditionCheck';
  item?: Record<string, unknown>;
  /** Part of a TransactWriteItems (billed twice). */
  transactional: boolean;
}

type Input = Record<string, unknown>;
const prefixOf = (item: unknown) =>
  String((item as Input | undefined)?.pk ?? '?').split('#')[0] ?? '?';

/** A short description of the items a command touches, from its (document) input. */
export function targetOf(input: Input): string {
  if (input.Item) return prefixOf(input.Item);
  if (input.Key) return prefixOf(input.Key);
  if (input.KeyConditionExpression) {
    const values = Object.values((input.ExpressionAttributeValues ?? {}) as Input);
    return `${String(input.IndexName ?? 'table')}:${prefixOf({ pk: values[0] })}`;
  }
  if (Array.isArray(input.TransactItems)) {
    return (input.TransactItems as Record<string, { Item?: unknown; Key?: unknown }>[])
      .map((entry) => {
        const [operation, detail] = Object.entries(entry)[0] ?? ['?', {}];
        return `${operation}:${prefixOf(detail.Item ?? detail.Key)}`;
      })
      .join(',');
  }
  if (input.RequestItems) {
    const requests = Object.values(input.RequestItems as Record<string, unknown>);
    const count = requests.reduce<number>(
      (sum, request) =>
        sum +
        (Array.isArray(request)
          ? request.length
          : ((request as { Keys?: unknown[] }).Keys?.length ?? 0)),
      0,
    );
    return `${count} items`;
  }
  return '';
}

/** The items a write command carries (document form, as the store's client sends them). */
export function writesOf(command: string, input: Input): WrittenItem[] {
  const single = (action: WrittenItem['action']): WrittenItem[] => [
    { action, transactional: false, ...(action === 'Put' ? { item: input.Item as Input } : {}) },
  ];
  if (command === 'PutItemCommand') return single('Put');
  if (command === 'UpdateItemCommand') return single('Update');
  if (command === 'DeleteItemCommand') return single('Delete');
  if (command === 'TransactWriteItemsCommand') {
    return ((input.TransactItems ?? []) as Record<string, { Item?: Input }>[]).map((entry) => {
      const [action, detail] = Object.entries(entry)[0] ?? ['ConditionCheck', {}];
      return {
        action: action as WrittenItem['action'],
        transactional: true,
        ...(action === 'Put' && detail.Item ? { item: detail.Item } : {}),
      };
    });
  }
  if (command === 'BatchWriteItemCommand') {
    return Object.values((input.RequestItems ?? {}) as Record<string, unknown[]>).flatMap(
      (requests) =>
        (requests as { PutRequest?: { Item: Input } }[]).map((request) =>
          request.PutRequest
            ? { action: 'Put' as const, item: request.PutRequest.Item, transactional: false }
            : { action: 'Delete' as const, transactional: false },
        ),
    );
  }
  return [];
}

/**
 * Round trips: calls that start while an earlier one is still waiting for its answer travel
 * together (Promise.all); a call sent after every earlier answer came starts a new round trip.
 */
export function roundTripsOf(calls: readonly Pick<DynamoCall, 'startedAt' | 'endedAt'>[]): number {
  const ordered = [...calls].sort((a, b) => a.startedAt - b.startedAt);
  let trips = 0;
  let inFlightUntil = -Infinity;
  for (const call of ordered) {
    if (call.startedAt >= inFlightUntil) trips += 1;
    inFlightUntil = Math.max(inFlightUntil, call.endedAt);
  }
  return trips;
}

export interface CapacityMeter {
  /** Calls since the last take(), then starts afresh. */
  take(): DynamoCall[];
}

interface ConsumedCapacityShape {
  CapacityUnits?: number;
  GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }>;
}

function unitsOf(consumed: unknown): number {
  const list = (
    Array.isArray(consumed) ? consumed : consumed ? [consumed] : []
  ) as ConsumedCapacityShape[];
  return list.reduce((sum, entry) => sum + (entry.CapacityUnits ?? 0), 0);
}

function indexUnitsOf(consumed: unknown): number {
  const list = (
    Array.isArray(consumed) ? consumed : consumed ? [consumed] : []
  ) as ConsumedCapacityShape[];
  return list.reduce(
    (sum, entry) =>
      sum +
      Object.values(entry.GlobalSecondaryIndexes ?? {}).reduce(
        (units, index) => units + (index.CapacityUnits ?? 0),
        0,
      ),
    0,
  );
}

const timing = () => ({ endedAt: performance.now() });

export function attachCapacityMeter(client: DynamoDBDocumentClient): CapacityMeter {
  let calls: DynamoCall[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? 'unknown';
      const kind = READ_COMMANDS.has(command) ? 'read' : 'write';
      const input = args.input as Input;
      input.ReturnConsumedCapacity = 'INDEXES';
      const target = targetOf(input);
      const writes = kind === 'write' ? { writes: writesOf(command, input) } : {};
      const startedAt = performance.now();
      try {
        const result = await next(args);
        const output = result.output as { ConsumedCapacity?: unknown };
        const capacityUnits = unitsOf(output.ConsumedCapacity);
        const indexUnits = indexUnitsOf(output.ConsumedCapacity);
        calls.push({
          command,
          kind,
          target,
          capacityUnits,
          indexUnits,
          startedAt,
          ...timing(),
          ...writes,
        });
        return result;
      } catch (error) {
        const failed = (error as Error).name;
        calls.push({ command, kind, target, capacityUnits: 0, failed, startedAt, ...timing() });
        throw error;
      }
    },
    { step: 'initialize', name: 'benchCapacityMeter' },
  );
  return {
    take() {
      const taken = calls;
      calls = [];
      return taken;
    },
  };
}

export interface CallSummary {
  /** Requests sent side by side count once (roundTripsOf). */
  roundTrips: number;
  requests: number;
  readRequests: number;
  writeRequests: number;
  readUnits: number;
  writeUnits: number;
  commands: string[];
}

export function summarize(calls: DynamoCall[]): CallSummary {
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    roundTrips: roundTripsOf(calls),
    requests: calls.length,
    readRequests: calls.filter((call) => call.kind === 'read').length,
    writeRequests: calls.filter((call) => call.kind === 'write').length,
    readUnits: round(
      calls.filter((call) => call.kind === 'read').reduce((s, c) => s + c.capacityUnits, 0),
    ),
    writeUnits: round(
      calls.filter((call) => call.kind === 'write').reduce((s, c) => s + c.capacityUnits, 0),
    ),
    commands: calls.map(
      (call) =>
        `${call.command.replace(/Command$/, '')}[${call.target}]${call.failed ? `!${call.failed}` : ''}`,
    ),
  };
}
