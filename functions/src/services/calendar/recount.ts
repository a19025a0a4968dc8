// What a (newly loaded) national calendar does to one stored filing's deadlines (pure): its open
// commitment's due date counted again from the signing day, and its pending review's due date
// from the submission day, with their provisional flags (CC-201). No change: null.
import {
  commitmentDue,
  isLive,
  reviewDue,
  type IsoDate,
  type NationalCalendar,
  type RegionPolicy,
} from '@yidi/shared';
import type { FilingRecord } from '../../store';

export type DeadlineKind = 'COMMITMENT_DUE' | 'REVIEW_DUE';

export interface DeadlineMove {
  kind: DeadlineKind;
  from: IsoDate;
  to: IsoDate;
  /** The new date is still provisional (a year it spans has no official schedule). */
  provisional: boolean;
}

/**
 * The day the pending review counts from: kept on the review (items written before it was kept
 * get it from their history when migrated, npm run migrate), else the filing day.
 */
export function reviewSubmittedOn(filing: FilingRecord): IsoDate {
  return filing.review?.submittedOn ?? filing.filedOn;
}

export function recountDeadlines(
  filing: FilingRecord,
  policy: RegionPolicy,
  calendar: NationalCalendar,
): null | { next: FilingRecord; moves: DeadlineMove[] } {
  let next = filing;
  const moves: DeadlineMove[] = [];
  const commitment = filing.commitment;
  if (commitment?.status === 'OPEN' && isLive(filing.status) && policy.commitment.value) {
    const due = commitmentDue(policy, commitment.signedOn, calendar);
    if (due.date !== commitment.dueDate || due.provisional !== !!commitment.dueDateProvisional) {
      const { dueDateProvisional: _old, ...rest } = commitment;
      next = {
        ...next,
        commitment: {
          ...rest,
          dueDate: due.date,
          ...(due.provisional ? { dueDateProvisional: true } : {}),
        },
      };
      if (due.date !== commitment.dueDate) {
        moves.push({
          kind: 'COMMITMENT_DUE',
          from: commitment.dueDate,
          to: due.date,
          provisional: due.provisional,
        });
      }
    }
  }
  const review = filing.review;
  if (filing.status === 'PENDING_REVIEW' && review) {
    const submittedOn = reviewSubmittedOn(filing);
    const due = reviewDue(policy, submittedOn, calendar);
    if (due.date !== review.dueBy || due.provisional !== !!review.dueByProvisional) {
      const { dueByProvisional: _old, ...rest } = review;
      next = {
        ...next,
        review: {
          ...rest,
          dueBy: due.date,
          ...(due.provisional ? { dueByProvisional: true } : {}),
          submittedOn,
        },
      };
      if (due.date !== review.dueBy) {
        moves.push({
          kind: 'REVIEW_DUE',
          from: review.dueBy,
          to: due.date,
          provisional: due.provisional,
        });
      }
    }
  }
  return next === filing ? null : { next, moves };
}
