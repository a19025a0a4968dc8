// Store-level refusals, raised when the database (not a read first) says no. Services map them
// to API errors; the store knows nothing of HTTP.
export class StoreConflictError extends Error {
  override name = 'StoreConflictError';
  constructor(
    readonly reason:
      | 'VERSION_CONFLICT'
      | 'ACTIVE_FILING_EXISTS'
      | 'ALREADY_EXISTS'
      | 'SELF_ALREADY_CLAIMED'
      | 'NOT_PENDING'
      | 'LIMIT_REACHED'
      | 'NOT_FOUND',
    readonly detail: { existingId?: string } = {},
  ) {
    super(reason);
  }
}

/**
 * The database answered only part of a read, even after retrying (BatchGetItem's
 * UnprocessedKeys): the request may be retried as it is (503), and nothing may be concluded
 * from the items it did not return.
 */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

export function isConditionalCheckFailed(error: unknown): boolean {
  return (error as { name?: string } | undefined)?.name === 'ConditionalCheckFailedException';
}

/**
 * The names of the transaction's parts whose condition failed, from a TransactionCanceledException
 * (DynamoDB answers one reason per item, in the order sent). `names[i]` names item i: callers
 * decide by what a part guards, never by where it sits (store/transactions.ts names them).
 * Empty for any other error.
 */
export function failedConditionNames<NAME extends string>(
  error: unknown,
  names: readonly NAME[],
): Set<NAME | 'unnamed'> {
  const cancelled = error as {
    name?: string;
    CancellationReasons?: { Code?: string }[];
  };
  if (cancelled?.name !== 'TransactionCanceledException') return new Set();
  return new Set(
    (cancelled.CancellationReasons ?? []).flatMap((reason, index) =>
      reason.Code === 'ConditionalCheckFailed' ? [names[index] ?? ('unnamed' as const)] : [],
    ),
  );
}
