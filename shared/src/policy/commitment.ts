// docs/policy-sources.md §3: the personal commitment (承诺制). The supplement deadline is a deadline the user must
// meet, so it follows CC-201 in full: a last day on a rest day moves to the next working day, on
// the national calendar the caller passes (the law's statutory days + the official schedules).
import {
  BUNDLED_CALENDAR,
  isAfter,
  isProvisionalBetween,
  maxIsoDate,
  periodEndDated,
  type DatedResult,
  type IsoDate,
  type NationalCalendar,
} from '../calendar';
import type { DocType } from '../schemas/enums';
import type { CommitmentConsequence, CommitmentState, FilingState, RegionPolicy } from './types';
import type { RuleId } from './ruleIds';

/** The supplement deadline, provisional while a year it was counted over has no official schedule. */
export function commitmentDue(
  policy: RegionPolicy,
  signedOn: IsoDate,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): DatedResult {
  const terms = policy.commitment.value;
  if (terms === null) {
    throw new Error(`Policy ${policy.id} has no commitment path (${policy.commitment.clause})`);
  }
  return periodEndDated(signedOn, { months: terms.months }, { rollOverRestDays: true, calendar });
}

export function commitmentDueDate(
  policy: RegionPolicy,
  signedOn: IsoDate,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): IsoDate {
  return commitmentDue(policy, signedOn, calendar).date;
}

export function openCommitment(
  policy: RegionPolicy,
  signedOn: IsoDate,
  missing: DocType[],
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): CommitmentState {
  const due = commitmentDue(policy, signedOn, calendar);
  return {
    status: 'OPEN',
    signedOn,
    dueDate: due.date,
    ...(due.provisional ? { dueDateProvisional: true } : {}),
    missing,
  };
}

/**
 * CC-201: a breach is decided only on a final due date. The due date is counted again on
 * `calendar`; while it is provisional (a year it spans has no official schedule, so bridge days
 * still to be published could move it later) nothing is decided, and once final the later of the
 * stored and the recounted date must have passed (a date stored before a schedule was loaded,
 * and not yet recomputed, never ends a commitment early).
 */
export function commitmentDueIsFinalAndPassed(
  policy: RegionPolicy,
  commitment: CommitmentState,
  today: IsoDate,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): boolean {
  const terms = policy.commitment.value;
  const recounted = terms
    ? commitmentDue(policy, commitment.signedOn, calendar)
    : {
        date: commitment.dueDate,
        provisional: isProvisionalBetween(calendar, commitment.dueDate, commitment.dueDate),
      };
  return !recounted.provisional && isAfter(today, maxIsoDate(commitment.dueDate, recounted.date));
}

/** An open commitment whose due date has passed: the region's consequence (AH-13-1, BB-1-3, HA-7). */
export function commitmentBreach(
  policy: RegionPolicy,
  filing: FilingState,
  today: IsoDate,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): null | { consequence?: CommitmentConsequence; rule: RuleId } {
  const commitment = filing.commitment;
  const terms = policy.commitment.value;
  if (
    !commitment ||
    commitment.status !== 'OPEN' ||
    !commitmentDueIsFinalAndPassed(policy, commitment, today, calendar)
  ) {
    return null;
  }
  // A region without terms cannot have opened one; close it anyway, with no consequence invented.
  return terms
    ? { consequence: terms.consequence, rule: policy.commitment.rule }
    : { rule: policy.commitment.rule };
}
