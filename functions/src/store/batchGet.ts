// Every BatchGetItem of the store goes through here. DynamoDB may leave some keys unprocessed
// (throttling, the 16 MB limit): the read is then retried for those keys only, with a short
// exponential backoff, and if keys are still left the read fails as "unavailable" (503) — a key
// left unread must never look like an item that does not exist (a false 404, a lost access).
// In the normal case the read stays one request.
import {
  BatchGetItemCommand,
  type AttributeValue,
  type BatchGetItemCommandOutput,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { BatchGetCommand } from 'dynamodb-toolbox/table/actions/batchGet';
import { execute, type ExecuteBatchGetResponses } from 'dynamodb-toolbox/table/actions/batchGet';
import { StoreUnavailableError } from './errors';

/** Requests in all: the first and up to three retries of what is left (≈ 25 + 50 + 100 ms). */
export const BATCH_GET_ATTEMPTS = 4;
const BASE_DELAY_MS = 25;

export interface BatchGetPacing {
  attempts?: number;
  /** Waits before a retry; tests pass one that records the delays. */
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Full jitter (AWS's advice): twins throttled together do not retry together. */
const delayBefore = (retry: number) => Math.round(Math.random() * BASE_DELAY_MS * 2 ** retry);

/** The items of `command`'s requests, in request order (undefined: no such item). */
export async function batchGetAll<COMMAND extends BatchGetCommand>(
  command: COMMAND,
  options: BatchGetPacing = {},
): Promise<ExecuteBatchGetResponses<[COMMAND]>['Responses']> {
  const { attempts = BATCH_GET_ATTEMPTS, sleep = realSleep } = options;
  const client = command.table.getDocumentClient();
  let sent = 0;
  // dynamodb-toolbox re-sends the unprocessed keys itself (up to maxAttempts) and merges the
  // answers, but back to back: this client paces every send after the first.
  const paced = {
    send: async (...args: Parameters<DynamoDBDocumentClient['send']>) => {
      if (sent > 0) await sleep(delayBefore(sent - 1));
      sent += 1;
      return client.send(...args);
    },
  } as unknown as DynamoDBDocumentClient;
  const { Responses, UnprocessedKeys } = await execute(
    { maxAttempts: attempts, documentClient: paced },
    command,
  );
  if (UnprocessedKeys && Object.keys(UnprocessedKeys).length > 0) {
    throw new StoreUnavailableError(`BatchGetItem left keys unprocessed after ${sent} requests`);
  }
  // Without any answer (every key unprocessed) we have thrown above.
  return Responses;
}

type TableKey = { pk: string; sk: string };
type ItemKey = Record<'pk' | 'sk', AttributeValue>;
const keyText = (pk: unknown, sk: unknown) => `${String(pk)}\u0000${String(sk)}`;

/**
 * The items at `itemKeys` of one table, in key order (undefined: no such item), with the same
 * retries as batchGetAll — but sent as the low-level BatchGetItem and unmarshalled plainly, not
 * through dynamodb-toolbox's key parsing and item formatting nor the document client's
 * marshalling: for the hottest read (GET filing: the filing and the reader's link), whose items
 * the store wrote itself. That formatting was most of the read's node time (bench/README.md).
 * The document client shares its client's config and middleware stack, so the command goes over
 * the same connection (and the bench's meter) as every other request.
 */
export async function batchGetPlain(
  documentClient: DynamoDBDocumentClient,
  tableName: string,
  itemKeys: readonly TableKey[],
  options: BatchGetPacing & { consistent?: boolean } = {},
): Promise<(Record<string, unknown> | undefined)[]> {
  const { attempts = BATCH_GET_ATTEMPTS, sleep = realSleep, consistent = false } = options;
  const send = documentClient.send.bind(documentClient) as unknown as (
    command: BatchGetItemCommand,
  ) => Promise<BatchGetItemCommandOutput>;
  let pending: ItemKey[] = itemKeys.map(({ pk, sk }) => ({ pk: { S: pk }, sk: { S: sk } }));
  const found = new Map<string, Record<string, unknown>>();
  for (let sent = 0; pending.length > 0; sent += 1) {
    if (sent === attempts) {
      throw new StoreUnavailableError(`BatchGetItem left keys unprocessed after ${sent} requests`);
    }
    if (sent > 0) await sleep(delayBefore(sent - 1));
    const { Responses, UnprocessedKeys } = await send(
      new BatchGetItemCommand({
        RequestItems: { [tableName]: { Keys: pending, ConsistentRead: consistent } },
      }),
    );
    for (const item of Responses?.[tableName] ?? []) {
      const plain = unmarshall(item);
      found.set(keyText(plain.pk, plain.sk), plain);
    }
    pending = (UnprocessedKeys?.[tableName]?.Keys ?? []) as ItemKey[];
  }
  return itemKeys.map(({ pk, sk }) => found.get(keyText(pk, sk)));
}
