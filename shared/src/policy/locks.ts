// Lock periods (AH-14-1, PZH-4-1-2 change; HA-9 cancel). "No change within 6 months of taking
// effect": the period runs from the anchor as CC-201 counts it (anchor day not counted, ends on
// the same-numbered day), so the lock lifts the day after periodEnd. A lock is not a deadline
// the user must meet, so its end does not roll over rest days (README).
import { addDays, isBefore, periodEnd, type IsoDate } from '../calendar';

/** The first day a lock of `months` counted from `anchor` no longer applies. */
export function lockLiftsOn(anchor: IsoDate, months: number): IsoDate {
  return addDays(periodEnd(anchor, { months }), 1);
}

export function isLocked(anchor: IsoDate, months: number, today: IsoDate): boolean {
  return months > 0 && isBefore(today, lockLiftsOn(anchor, months));
}

/**
 * Where a region's change and cancel locks count from (changeLock.countsFrom): the day the
 * registration took effect (the stored lockAnchor, which only LATEST_EFFECTIVE_DATE moves on a
 * change), or the filing day.
 */
export function lockAnchorOf(
  policy: { changeLock: { countsFrom: { value: string } } },
  filing: { filedOn: IsoDate; lockAnchor: IsoDate },
): IsoDate {
  return policy.changeLock.countsFrom.value === 'FILING_DATE' ? filing.filedOn : filing.lockAnchor;
}
