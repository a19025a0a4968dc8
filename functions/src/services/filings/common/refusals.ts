// Engine refusals and store conflicts become API errors here, and only here.
import type { Decision, Refusal } from '@yidi/shared';
import { AppError } from '../../../errors';
import { StoreConflictError } from '../../../store';

export function refusalError(refusal: Refusal): AppError {
  return AppError.fromRefusal(refusal);
}

/** The decision's value, or the refusal thrown as an AppError. */
export function decided<T>(decision: Decision<T>): T {
  if (!decision.ok) throw refusalError(decision.refusal);
  return decision.value;
}

/**
 * A write the database refused: a stale version, the one-active-long-term guard, or a
 * transaction that lost a race on the same item (TransactionConflict): for an update that is a
 * stale version; for a new long-term filing, the other writer holds the guard.
 */
export function storeConflictError(
  error: unknown,
  raceMeans: 'VERSION_CONFLICT' | 'ACTIVE_FILING_EXISTS' = 'VERSION_CONFLICT',
): unknown {
  if (error instanceof StoreConflictError) {
    if (error.reason === 'VERSION_CONFLICT') return new AppError('VERSION_CONFLICT');
    if (error.reason === 'ACTIVE_FILING_EXISTS') return new AppError('ACTIVE_FILING_EXISTS');
    return error;
  }
  const cancelled = error as { name?: string; CancellationReasons?: { Code?: string }[] };
  if (
    cancelled?.name === 'TransactionCanceledException' &&
    (cancelled.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict')
  ) {
    return new AppError(raceMeans);
  }
  return error;
}
