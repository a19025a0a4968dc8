// AH-47: a claim is made within 3 months of paying in full, counted as CC-201 counts (the day of
// payment not counted, the same-numbered day or month end, a last day on a rest day moves to the
// next working day — it is a deadline the person must meet). One extension of 3 months makes the
// period 6 months from the payment, its end rolled over the same way.
import {
  BUNDLED_CALENDAR,
  isAfter,
  periodEndDated,
  type DatedResult,
  type IsoDate,
  type NationalCalendar,
} from '../../calendar';
import type { RegionPolicy } from '../types';
import type { ClaimState } from './types';

/** The last day to claim a bill paid on `paidOn`; null where the region sets no deadline. */
export function claimDeadline(
  policy: RegionPolicy,
  paidOn: IsoDate,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): DatedResult | null {
  const terms = policy.claims.deadline.value;
  if (terms === null) return null;
  return periodEndDated(paidOn, { months: terms.months }, { rollOverRestDays: true, calendar });
}

/** The last day once the AH-47 extension is granted; null where the region has none. */
export function extendedClaimDeadline(
  policy: RegionPolicy,
  paidOn: IsoDate,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): DatedResult | null {
  const terms = policy.claims.deadline.value;
  const extension = policy.claims.extension.value;
  if (terms === null || extension === null) return null;
  return periodEndDated(
    paidOn,
    { months: terms.months + extension.months },
    { rollOverRestDays: true, calendar },
  );
}

/** The deadline that holds for the claim now: the extended one once granted. */
export function currentClaimDeadline(claim: Pick<ClaimState, 'deadline' | 'extendedDeadline'>) {
  return claim.extendedDeadline ?? claim.deadline;
}

/**
 * CC-201: a deadline counted over a year with no official schedule yet may still move later
 * (bridge days), so nothing is refused or forfeited on it until it is final.
 */
export function claimDeadlinePassed(deadline: DatedResult | null, today: IsoDate): boolean {
  return deadline !== null && !deadline.provisional && isAfter(today, deadline.date);
}
