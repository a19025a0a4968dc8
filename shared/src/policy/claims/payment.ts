// HA-19: paid within 10 working days of the day the materials were complete ("从收齐…材料之日起"),
// 20 in special cases; working days on the national calendar (make-up workdays count), the day
// itself not counted. The reviewer queue orders claims by the region's working days likewise.
import {
  addWorkingDaysDated,
  BUNDLED_CALENDAR,
  type DatedResult,
  type IsoDate,
  type NationalCalendar,
} from '../../calendar';
import type { RegionPolicy } from '../types';

/** The payment due date; null where the region sets no payment time. */
export function claimPaymentDue(
  policy: RegionPolicy,
  completeOn: IsoDate,
  special: boolean,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): DatedResult | null {
  const terms = policy.claims.payment.value;
  if (terms === null) return null;
  const days = special ? terms.specialWorkingDays : terms.normalWorkingDays;
  return addWorkingDaysDated(completeOn, days, calendar);
}

/** The day the reviewer queue puts a complete claim at. */
export function claimReviewDue(
  policy: RegionPolicy,
  completeOn: IsoDate,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): DatedResult {
  return addWorkingDaysDated(completeOn, policy.claims.reviewWorkingDays.value, calendar);
}
