// docs/policy-sources.md §8: online applications are done within the region's working days (AH-12-2: 2; HA: next
// working day), counted on the national calendar with make-up workdays; and what approval fixes.
import {
  addWorkingDaysDated,
  BUNDLED_CALENDAR,
  maxIsoDate,
  type DatedResult,
  type IsoDate,
  type NationalCalendar,
} from '../calendar';
import type { FilingState, RegionPolicy } from './types';
import { validUntilFor } from './validity';

/** The review deadline, provisional while a working day it counted lies in a year not yet official. */
export function reviewDue(
  policy: RegionPolicy,
  submittedOn: IsoDate,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): DatedResult {
  return addWorkingDaysDated(submittedOn, policy.review.onlineWorkingDays.value, calendar);
}

export function reviewDueDate(
  policy: RegionPolicy,
  submittedOn: IsoDate,
  calendar: NationalCalendar = BUNDLED_CALENDAR,
): IsoDate {
  return reviewDue(policy, submittedOn, calendar).date;
}

/**
 * On approval: YJ-9 "从备案成功的当日开始计算" starts validity on the approval day, whatever start
 * was asked; elsewhere the requested start stands (HA-8: not before the application day). An
 * emergency retro-filing keeps the admission date. The lock anchor is the day the registration
 * takes effect (AH-14-1 "备案生效后"), kept by later changes unless the region says otherwise.
 */
export function decideReviewApproval(
  policy: RegionPolicy,
  filing: FilingState,
  approvedOn: IsoDate,
): { validFrom: IsoDate; validUntil: IsoDate | null; lockAnchor: IsoDate } {
  const isRetroEmergency = filing.category === 'EMERGENCY' && filing.emergency !== undefined;
  const validFrom =
    policy.startDate.value === 'ON_APPROVAL' && !isRetroEmergency ? approvedOn : filing.validFrom;
  const validUntil =
    validFrom === filing.validFrom
      ? filing.validUntil
      : validUntilFor(policy.categories[filing.category].validity.value, validFrom, {
          proofEndDate: filing.proofEndDate,
          referralCondition: filing.referral?.condition,
        });
  return { validFrom, validUntil, lockAnchor: maxIsoDate(validFrom, approvedOn) };
}
