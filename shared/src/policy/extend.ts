// PZH-4-2-2: a referral valid 1 month may be extended 1 month at a time, before it ends.
// Elsewhere a temporary registration is filed again when it ends.
import { isAfter, periodEnd, type IsoDate } from '../calendar';
import { MESSAGES } from './messages';
import { accepted, refusal, refused, uniqueRules } from './refusal';
import type { Decision, FilingState, RegionPolicy, Refusal } from './types';
import type { RuleId } from './ruleIds';

/** Why the filing cannot be extended today, or null. Shared with decideActions. */
export function extendBlocked(
  policy: RegionPolicy,
  filing: FilingState,
  today: IsoDate,
): Refusal | null {
  const category = policy.categories[filing.category];
  if (category.extension.value === null || filing.validUntil === null) {
    return refusal(
      'NOT_APPLICABLE',
      category.extension,
      MESSAGES.noExtension(filing.category, filing.validUntil !== null),
    );
  }
  if (filing.status !== 'ACTIVE') {
    return refusal(
      'FILING_NOT_ACTIVE',
      category.extension,
      MESSAGES.filingNotActive(filing.status, 'EXTEND'),
    );
  }
  if (isAfter(today, filing.validUntil)) {
    return refusal(
      'FILING_NOT_ACTIVE',
      category.extension,
      MESSAGES.extensionAfterExpiry(filing.validUntil),
    );
  }
  return null;
}

export function decideExtend(
  policy: RegionPolicy,
  filing: FilingState,
  today: IsoDate,
): Decision<{ validUntil: IsoDate; extensionsUsed: number; rules: RuleId[] }> {
  const blocked = extendBlocked(policy, filing, today);
  if (blocked) return refused(blocked);
  const category = policy.categories[filing.category];
  const months = (category.extension.value as { months: number }).months;
  return accepted({
    // Each extension adds a whole period to the current end (CC-201).
    validUntil: periodEnd(filing.validUntil as IsoDate, { months }),
    extensionsUsed: (filing.extensionsUsed ?? 0) + 1,
    rules: uniqueRules([category.extension.rule, policy.periodCounting.rule]),
  });
}
