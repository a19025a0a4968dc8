// What the app may offer on a stored filing today, and why not (docs/api.md `actions`). A change is
// judged for an ordinary reason ('OTHER'); a lock with exceptions names them in `fields`.
// A refusal that can never lift for this filing carries `applicable: false`, so the app leaves the
// button out instead of showing it greyed: an extension where the category has none (PZH-4-2-2
// only), a supplement without an open commitment, a change of a registration that is not
// changed (AH-13-2 deemed filed, this admission only), anything on a closed filing.
import type { IsoDate } from '../calendar';
import { cancelBlocked } from './cancel';
import { changeBlocked } from './change';
import { admissionBlocked } from './admissions';
import { extendBlocked } from './extend';
import { resubmitBlocked } from './resubmit';
import { supplementBlocked } from './supplement';
import { isClosed } from './transitions';
import type { Action, FilingActions, FilingState, RegionPolicy, Refusal } from './types';

function toAction(blocked: Refusal | null): Action {
  return blocked ? { allowed: false, ...blocked } : { allowed: true };
}

/** Marks the refusals that no later day or state can lift for this filing. */
export function withApplicability<K extends string>(
  filing: Pick<FilingState, 'status'>,
  actions: Record<K, Action>,
): Record<K, Action> {
  // No event of the transitions table leaves a closed status: nothing there can ever lift.
  const closed = isClosed(filing.status);
  return Object.fromEntries(
    Object.entries<Action>(actions).map(([kind, action]) => [
      kind,
      !action.allowed && (closed || action.code === 'NOT_APPLICABLE')
        ? { ...action, applicable: false }
        : action,
    ]),
  ) as Record<K, Action>;
}

/** Whether the app shows the action at all (allowed, or refused for now with a reason). */
export function isApplicable(action: { allowed: boolean; applicable?: false }): boolean {
  return action.allowed || action.applicable !== false;
}

export function decideActions(
  policy: RegionPolicy,
  filing: FilingState,
  today: IsoDate,
): FilingActions {
  return withApplicability(filing, {
    change: toAction(changeBlocked(policy, filing, 'OTHER', false, today)),
    cancel: toAction(cancelBlocked(policy, filing, {}, today)),
    supplement: toAction(supplementBlocked(policy, filing, today)),
    extend: toAction(extendBlocked(policy, filing, today)),
    resubmit: toAction(resubmitBlocked(policy, filing, today)),
    admission: toAction(admissionBlocked(policy, filing)),
  });
}
