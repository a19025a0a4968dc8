// AH-12-1/2 (HA-6, and each region's review rule): a reviewer returns an application once with
// every problem listed; the person fixes them and sends the same filing back. Only a RETURNED
// filing can be resubmitted. Shared by decideActions and the resubmit use case.
import type { IsoDate } from '../calendar';
import { transitionBlocked } from './transitions';
import type { FilingState, RegionPolicy, Refusal } from './types';

export function resubmitBlocked(
  policy: RegionPolicy,
  filing: FilingState,
  _today: IsoDate,
): Refusal | null {
  return transitionBlocked(policy, filing, 'RESUBMIT');
}
