// Every BatchGetItem of the store goes through here. DynamoDB may leave some keys unprocessed
// (throttling, the 16 MB limit): the read is then retried for those keys only, with a short
// exponential backoff, and if keys are still left the read fails as "unavailable" (503) — a key
// left unread must never look like an item that does not exist (a false 404, a lost access).
// In the normal case the read stays one request.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
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
