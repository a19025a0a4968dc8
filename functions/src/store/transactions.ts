// Writes a service adds to a repository's transaction, so one state change stays one
// TransactWriteItems: the idempotency record of the request, the outbox message of a decision.
// Every part carries a name; a cancelled transaction is explained by the names of the parts whose
// condition failed, never by their positions (which change whenever a part is added).
import type { ExecuteTransactWriteInput, ExecuteTransactWriteOptions } from 'dynamodb-toolbox';
import { execute as executeTransactWrite } from 'dynamodb-toolbox/entity/actions/transactWrite';
import { failedConditionNames } from './errors';
import type { RecordedRequest } from './records';

/** One item of a TransactWriteItems, as dynamodb-toolbox builds it (entity.transactPut …). */
export type TransactionPart = Exclude<
  ExecuteTransactWriteInput[number],
  ExecuteTransactWriteOptions
>;

/** A repository's own item of a transaction, named by what its condition guards. */
export interface NamedPart<NAME extends string = string> {
  name: NAME;
  part: TransactionPart;
}

export interface AlsoWrite {
  part: TransactionPart;
  /** The error to raise when this item's own condition failed (else the repository decides). */
  onConditionFailed?: () => Error;
}

/** Name of any added write in failure reports: added writes explain themselves (onConditionFailed). */
const ALSO = 'also';

/**
 * One TransactWriteItems: the repository's named parts, then the added writes. When it is
 * cancelled by the condition of an added write that has its own error, that error (checked before
 * the repository's conditions: a duplicate request must replay, not report the conflict its twin
 * caused); else the SDK's error as is — read it with failedParts.
 */
export async function writeTransaction(
  own: readonly NamedPart[],
  also: readonly AlsoWrite[] = [],
): Promise<void> {
  try {
    await executeTransactWrite(...own.map(({ part }) => part), ...partsOf(also));
  } catch (error) {
    const names = [...own.map(({ name }) => name), ...also.map((_, index) => `${ALSO}#${index}`)];
    for (const name of failedConditionNames(error, names)) {
      const raise = name.startsWith(`${ALSO}#`)
        ? also[Number(name.slice(ALSO.length + 1))]?.onConditionFailed
        : undefined;
      if (raise) throw raise();
    }
    throw error;
  }
}

/** The names of `own`'s parts whose condition cancelled the transaction (empty: none did). */
export function failedParts<NAME extends string>(
  error: unknown,
  own: readonly NamedPart<NAME>[],
): Set<NAME> {
  const failed = failedConditionNames(
    error,
    own.map(({ name }) => name),
  );
  return new Set([...failed].filter((name): name is NAME => name !== 'unnamed'));
}

/**
 * Writes recording a state change's result (the idempotency record of its request): the service
 * adds them to its one transaction once the result is known. Built by the HTTP layer.
 */
export interface ResultRecorder {
  writesFor(result: unknown): AlsoWrite[];
  /**
   * For a keyed change to an existing filing: the record the new version's history item keeps
   * (then `writesFor` adds nothing). Undefined when the request is not keyed.
   */
  requestFor?(result: unknown): RecordedRequest | undefined;
}

/** What a service adds to its transaction: its own extra writes, then the result's record. */
export const alsoWritesOf = (
  result: unknown,
  recorder: ResultRecorder | undefined,
  also: readonly AlsoWrite[] = [],
): AlsoWrite[] => [...also, ...(recorder?.writesFor(result) ?? [])];

export const partsOf = (also: readonly AlsoWrite[]): TransactionPart[] =>
  also.map((write) => write.part);
