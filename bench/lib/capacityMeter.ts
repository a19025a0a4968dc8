// Counts DynamoDB round trips and consumed capacity per command, through an SDK middleware on the
// client the store uses: every command is sent with ReturnConsumedCapacity=INDEXES (table and
// GSI units), and the answer's ConsumedCapacity is summed by kind (read or write).
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
  /** What it touched: key prefixes (IDEMPOTENCY, FILING, PERSON …) or the index queried. */
  target: string;
  /** The error's name when the call failed. */
  failed?: string;
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

export interface CapacityMeter {
  /** Calls since the last take(), then starts afresh. */
  take(): DynamoCall[];
}

interface ConsumedCapacityShape {
  CapacityUnits?: number;
}

function unitsOf(consumed: unknown): number {
  const list = (
    Array.isArray(consumed) ? consumed : consumed ? [consumed] : []
  ) as ConsumedCapacityShape[];
  return list.reduce((sum, entry) => sum + (entry.CapacityUnits ?? 0), 0);
}

export function attachCapacityMeter(client: DynamoDBDocumentClient): CapacityMeter {
  let calls: DynamoCall[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? 'unknown';
      const kind = READ_COMMANDS.has(command) ? 'read' : 'write';
      const input = args.input as Input;
      input.ReturnConsumedCapacity = 'INDEXES';
      const target = targetOf(input);
      try {
        const result = await next(args);
        const output = result.output as { ConsumedCapacity?: unknown };
        calls.push({ command, kind, target, capacityUnits: unitsOf(output.ConsumedCapacity) });
        return result;
      } catch (error) {
        calls.push({ command, kind, target, capacityUnits: 0, failed: (error as Error).name });
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
  roundTrips: number;
  readRequests: number;
  writeRequests: number;
  readUnits: number;
  writeUnits: number;
  commands: string[];
}

export function summarize(calls: DynamoCall[]): CallSummary {
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    roundTrips: calls.length,
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
