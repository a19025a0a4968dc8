// docs/policy-sources.md §8: online applications are done within the region's working days (AH-12-2: 2; HA: next
// working day), counted on the national calendar with make-up workdays; and what approval fixes.
import { addWorkingDays, maxIsoDate, type IsoDate } from '../calendar';
import type { FilingState, RegionPolicy } from './types';
import { validUntilFor } from './validity';

export function reviewDueDate(policy: RegionPolicy, submittedOn: IsoDate): IsoDate {
  return addWorkingDays(submittedOn, policy.review.onlineWorkingDays.value);
}

/**
 * On approval: YJ-9 starts validity on the day of success (never before the requested start);
 * elsewhere the requested start stands (HA-8: not before the application day). An emergency
 * retro-filing keeps the admission date. The lock anchor is the day the filing takes effect.
 */
export function decideReviewApproval(
  policy: RegionPolicy,
  filing: FilingState,
  approvedOn: IsoDate,
): { validFrom: IsoDate; validUntil: IsoDate | null; lockAnchor: IsoDate } {
  const isRetroEmergency = filing.category === 'EMERGENCY' && filing.emergency !== undefined;
  const validFrom =
    policy.startDate.value === 'ON_APPROVAL' && !isRetroEmergency
      ? maxIsoDate(filing.validFrom, approvedOn)
      : filing.validFrom;
  const validUntil =
    validFrom === filing.validFrom
      ? filing.validUntil
      : validUntilFor(policy.categories[filing.category].validity.value, validFrom, {
          proofEndDate: filing.proofEndDate,
          referralCondition: filing.referral?.condition,
        });
  return { validFrom, validUntil, lockAnchor: maxIsoDate(validFrom, approvedOn) };
}
