// The reviewer's queue: by working-day deadline (the server orders it; we keep that order even
// after local edits), overdue and due-today marked in words.
import { compareIsoDates, type IsoDate } from '@yidi/shared';

export type Urgency = 'OVERDUE' | 'DUE_TODAY' | 'ON_TIME';

export function urgencyOf(dueBy: IsoDate, today: IsoDate): Urgency {
  const order = compareIsoDates(dueBy, today);
  if (order < 0) return 'OVERDUE';
  return order === 0 ? 'DUE_TODAY' : 'ON_TIME';
}

/** Earliest deadline first; filings without a review deadline last (queue rows or filings). */
export function sortByDueDate<T extends { review: { dueBy: IsoDate } | null }>(
  filings: readonly T[],
): T[] {
  return [...filings].sort((a, b) => {
    if (!a.review) return b.review ? 1 : 0;
    if (!b.review) return -1;
    return compareIsoDates(a.review.dueBy, b.review.dueBy);
  });
}
