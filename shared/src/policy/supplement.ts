// docs/policy-sources.md §3: supplementing materials under an open commitment. Any time before the due date;
// complete materials close it (FULFILLED) and the registration continues as a normal one.
import { isAfter, isBefore, isValidIsoDate, type IsoDate } from '../calendar';
import type { DocType } from '../schemas/enums';
import { MESSAGES } from './messages';
import { satisfiesAnOption } from './proof';
import { accepted, refusal, refused, uniqueRules } from './refusal';
import type { CommitmentState, Decision, FilingState, RegionPolicy, Refusal } from './types';
import type { RuleId } from './ruleIds';
import { needsProofEndDate } from './validity';

const SUPPLEMENTABLE = ['ACTIVE', 'PENDING_REVIEW', 'RETURNED'] as const;

/** Why nothing can be supplemented today, or null. Shared with decideActions. */
export function supplementBlocked(
  policy: RegionPolicy,
  filing: FilingState,
  today: IsoDate,
): Refusal | null {
  const ref = policy.commitment;
  const commitment = filing.commitment;
  if (!commitment || commitment.status !== 'OPEN') {
    return refusal('NOT_APPLICABLE', ref, MESSAGES.noOpenCommitment());
  }
  if (!(SUPPLEMENTABLE as readonly string[]).includes(filing.status)) {
    return refusal('FILING_NOT_ACTIVE', ref, MESSAGES.filingNotActive(filing.status, 'SUPPLEMENT'));
  }
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
