// The daily sweep's decision for one claim (AH-47): a claim never complete whose binding deadline
// (the extended one once granted) has passed is forfeited ("视为放弃医保报销"); before that, a
// reminder 30, 7 and 1 day before it. A pending extension request holds the deadline.
import { addDays, isBefore, type IsoDate } from '../../calendar';
import type { RegionPolicy } from '../types';
import { claimDeadlinePassed } from './deadline';
import { bindingClaimDeadline, CLAIM_OPEN_STATUSES } from './lifecycle';
import type { ClaimState, ClaimSweepResult } from './types';

const STAGES = [1, 7, 30] as const;

export function sweepClaim(
  policy: RegionPolicy,
  claim: ClaimState,
  today: IsoDate,
): ClaimSweepResult {
  const none: ClaimSweepResult = { forfeit: null, reminder: null };
  if (!CLAIM_OPEN_STATUSES.includes(claim.status)) return none;
  // EXTENSION_REQUESTED has no binding deadline, but the person still hears the date coming.
  const binding =
    bindingClaimDeadline(claim) ??
    (claim.status === 'EXTENSION_REQUESTED' && claim.deadline !== null
      ? { date: claim.deadline, provisional: claim.deadlineProvisional === true }
      : null);
  if (binding === null) return none;
  if (claimDeadlinePassed(binding, today)) {
    const forfeits =
      claim.status !== 'EXTENSION_REQUESTED' && policy.claims.forfeitedAfterDeadline.value;
    return forfeits
      ? { forfeit: { rule: policy.claims.forfeitedAfterDeadline.rule }, reminder: null }
      : none;
  }
  // The closest stage already reached, so a missed daily run still reminds; the caller sends
  // each (dueDate, daysBefore) once.
  for (const daysBefore of STAGES) {
    if (!isBefore(today, addDays(binding.date, -daysBefore))) {
      return { forfeit: null, reminder: { daysBefore, dueDate: binding.date } };
    }
  }
  return none;
}

/**
 * The next day on or after `from` the sweep must look at a claim (a reminder stage, or the day
 * after the deadline), or null when none will come: the store keys the claim's due-index entry
 * by it, so the sweep reads only what is due.
 */
export function nextClaimSweepDay(claim: ClaimState, from: IsoDate): IsoDate | null {
  if (!CLAIM_OPEN_STATUSES.includes(claim.status)) return null;
  const deadline = claim.extendedDeadline ?? claim.deadline;
  if (deadline === null || (claim.completeOn !== null && claim.status !== 'EXTENSION_REQUESTED')) {
    return null;
  }
  const days = [...[30, 7, 1].map((n) => addDays(deadline, -n)), addDays(deadline, 1)];
  return days.find((day) => !isBefore(day, from)) ?? null;
}
