// docs/policy-sources.md §6: cancelling. HA-9: no cancellation of a long-term registration within 3 months,
// except for an emergency or a hospital admission; an online cancellation completes on the
// next working day. A filing still under review can always be withdrawn.
import { addWorkingDays, type IsoDate, type NationalCalendar } from '../calendar';
import { isLocked, lockAnchorOf, lockLiftsOn } from './locks';
import { MESSAGES } from './messages';
import { accepted, refusal, refused, uniqueRules } from './refusal';
import type { CancelRequest, Decision, FilingState, RegionPolicy, Refusal } from './types';
import type { RuleId } from './ruleIds';
import { transitionBlocked } from './transitions';

/** Why the filing cannot be cancelled today, or null. Shared with decideActions. */
export function cancelBlocked(
  policy: RegionPolicy,
  filing: FilingState,
  cancel: CancelRequest,
  today: IsoDate,
): Refusal | null {
  const lockRef = policy.cancelLock;
  const blocked = transitionBlocked(policy, filing, 'CANCEL');
  if (blocked) return blocked;
  const lock = lockRef.value;
  if (!lock || filing.status !== 'ACTIVE' || !lock.classes.includes(filing.class)) return null;
  const anchor = lockAnchorOf(policy, filing);
  if (!isLocked(anchor, lock.months, today)) return null;
  // HA-9 "住院除外": a stay recorded on the filing counts as well as the person's word.
  const inHospital =
    cancel.inHospital === true || (filing.admissions ?? []).some((a) => !a.dischargeDate);
  const excepted =
    (cancel.emergency === true && lock.exceptions.includes('EMERGENCY')) ||
    (inHospital && lock.exceptions.includes('IN_HOSPITAL'));
  if (excepted) return null;
  const until = lockLiftsOn(anchor, lock.months);
  return refusal(
    'CANCEL_LOCKED',
    lockRef,
    MESSAGES.cancelLocked(lock.months, until, lock.exceptions),
    {
      until,
    },
  );
}

export function decideCancel(
  policy: RegionPolicy,
  filing: FilingState,
  cancel: CancelRequest,
  today: IsoDate,
  calendar?: NationalCalendar,
): Decision<{ effectiveOn: IsoDate; rules: RuleId[] }> {
  const blocked = cancelBlocked(policy, filing, cancel, today);
  if (blocked) return refused(blocked);
  const workingDays = filing.status === 'ACTIVE' ? policy.cancelEffectiveWorkingDays.value : 0;
  return accepted({
    effectiveOn: workingDays > 0 ? addWorkingDays(today, workingDays, calendar) : today,
    rules: uniqueRules([policy.cancelLock.rule, policy.cancelEffectiveWorkingDays.rule]),
  });
}
