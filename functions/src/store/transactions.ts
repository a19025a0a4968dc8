// Writes a service adds to a repository's transaction, so one state change stays one
// TransactWriteItems: the idempotency record of the request, the outbox message of a decision.
import type { ExecuteTransactWriteInput, ExecuteTransactWriteOptions } from 'dynamodb-toolbox';
import { failedConditionIndexes } from './errors';

/** One item of a TransactWriteItems, as dynamodb-toolbox builds it (entity.transactPut …). */
export type TransactionPart = Exclude<
  ExecuteTransactWriteInput[number],
  ExecuteTransactWriteOptions
>;

export interface AlsoWrite {
  part: TransactionPart;
  /** The error to raise when this item's own condition failed (else the repository decides). */
  onConditionFailed?: () => Error;
}

/**
 * When the transaction was cancelled by the condition of one of the added writes, its error
 * (added writes come after the repository's `ownCount` items). Checked before the repository's
 * own conditions: a duplicate request must replay, not report the conflict its twin caused.
 */
export function alsoWriteError(
  error: unknown,
  ownCount: number,
  also: readonly AlsoWrite[],
): Error | undefined {
  const failed = failedConditionIndexes(error) ?? [];
  for (const index of failed) {
    const raise = also[index - ownCount]?.onConditionFailed;
    if (raise) return raise();
  }
  return undefined;
}

/**
 * Writes recording a state change's result (the idempotency record of its request): the service
 * adds them to its one transaction once the result is known. Built by the HTTP layer.
 */
export interface ResultRecorder {
  writesFor(result: unknown): AlsoWrite[];
}

/** What a service adds to its transaction: its own extra writes, then the result's record. */
export const alsoWritesOf = (
  result: unknown,
  recorder: ResultRecorder | undefined,
  also: readonly AlsoWrite[] = [],
): AlsoWrite[] => [...also, ...(recorder?.writesFor(result) ?? [])];

export const partsOf = (also: readonly AlsoWrite[]): TransactionPart[] =>
  also.map((write) => write.part);
