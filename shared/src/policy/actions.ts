// What the app may offer on a stored filing today, and why not (docs/api.md `actions`). A change is
// judged for an ordinary reason ('OTHER'); a lock with exceptions names them in `fields`.
import type { IsoDate } from '../calendar';
import { cancelBlocked } from './cancel';
import { changeBlocked } from './change';
import { extendBlocked } from './extend';
import { supplementBlocked } from './supplement';
import type { Action, FilingActions, FilingState, RegionPolicy, Refusal } from './types';

function toAction(blocked: Refusal | null): Action {
  return blocked ? { allowed: false, ...blocked } : { allowed: true };
}

export function decideActions(
  policy: RegionPolicy,
  filing: FilingState,
  today: IsoDate,
): FilingActions {
  return {
    change: toAction(changeBlocked(policy, filing, 'OTHER', false, today)),
    cancel: toAction(cancelBlocked(policy, filing, {}, today)),
    supplement: toAction(supplementBlocked(policy, filing, today)),
    extend: toAction(extendBlocked(policy, filing, today)),
  };
}
