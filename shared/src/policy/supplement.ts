// docs/policy-sources.md §3: supplementing materials under an open commitment. Any time before the due date;
// complete materials close it (FULFILLED) and the registration continues as a normal one.
import { isAfter, isBefore, isValidIsoDate, type IsoDate } from '../calendar';
import type { DocType } from '../schemas/enums';
import { MESSAGES } from './messages';
import { satisfiesAnOption } from './proof';
import { accepted, refusal, refused, uniqueRules } from './refusal';
import type { CommitmentState, Decision, FilingState, RegionPolicy, Refusal } from './types';
import type { RuleId } from './ruleIds';
import { transitionBlocked } from './transitions';
import { needsProofEndDate } from './validity';

/** Why nothing can be supplemented today, or null. Shared with decideActions. */
export function supplementBlocked(
  policy: RegionPolicy,
  filing: FilingState,
  today: IsoDate,
): Refusal | null {
  const ref = policy.commitment;
  // No open commitment (nothing to supplement), then the status: the table.
  const blocked = transitionBlocked(policy, filing, 'SUPPLEMENT');
  if (blocked) return blocked;
  const commitment = filing.commitment as CommitmentState;
  if (isAfter(today, commitment.dueDate)) {
    return refusal('FILING_NOT_ACTIVE', ref, MESSAGES.commitmentPastDue(commitment.dueDate));
  }
  return null;
}

export function decideSupplement(
  policy: RegionPolicy,
  filing: FilingState,
  provided: DocType[],
  today: IsoDate,
  proofEndDate?: IsoDate,
): Decision<{ commitment: CommitmentState; validUntil?: IsoDate; rules: RuleId[] }> {
  const blocked = supplementBlocked(policy, filing, today);
  if (blocked) return refused(blocked);
  const commitment = filing.commitment as CommitmentState;
  const ref = policy.commitment;
  if (provided.length === 0) {
    return refused(refusal('VALIDATION_FAILED', ref, MESSAGES.supplementEmpty()));
  }
  const category = policy.categories[filing.category];
  const fulfilsAnOption = satisfiesAnOption(category.proofOptions.value, provided);
  const remaining = fulfilsAnOption ? [] : commitment.missing.filter((d) => !provided.includes(d));
  if (remaining.length === commitment.missing.length && remaining.length > 0) {
    return refused(
      refusal(
        'MATERIALS_INCOMPLETE',
        category.proofOptions,
        MESSAGES.supplementNotMatching(remaining),
      ),
    );
  }
  const fulfilled = remaining.length === 0;
  const validity = category.validity;
  // HA-8 / YJ-9: once the proof is in, its end date becomes the registration's.
  if (fulfilled && needsProofEndDate(validity.value)) {
    if (proofEndDate === undefined || !isValidIsoDate(proofEndDate)) {
      const text = MESSAGES.proofEndDateMissing();
      return refused(
        refusal('VALIDATION_FAILED', validity, text, { fields: { proofEndDate: text } }),
      );
    }
    if (isBefore(proofEndDate, today)) {
      const text = MESSAGES.proofExpired(proofEndDate);
      return refused(
        refusal('VALIDATION_FAILED', validity, text, { fields: { proofEndDate: text } }),
      );
    }
  }
  return accepted({
    commitment: { ...commitment, status: fulfilled ? 'FULFILLED' : 'OPEN', missing: remaining },
    ...(fulfilled && needsProofEndDate(validity.value) && proofEndDate
      ? { validUntil: proofEndDate }
      : {}),
    rules: uniqueRules([ref.rule, category.proofOptions.rule]),
  });
}
