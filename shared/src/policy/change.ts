// docs/policy-sources.md §5: changing a registration. Locks count from the filing's lockAnchor (latest effective
// date); an exception lifts the lock only with evidence where the document says "凭有关资料";
// an open commitment blocks change (AH-14-1) except where the exception says otherwise (AH-14-3).
import type { IsoDate } from '../calendar';
import { filingClassOf, type ChangeReason } from '../schemas/enums';
import { validateDestination } from './destination';
import { isLocked, lockAnchorOf, lockLiftsOn } from './locks';
import { MESSAGES } from './messages';
import { accepted, refusal, refused, uniqueRules } from './refusal';
import type {
  ChangeOutcome,
  ChangeRequest,
  Decision,
  FilingState,
  RegionPolicy,
  Refusal,
} from './types';
import { transitionBlocked } from './transitions';
import { validUntilFor } from './validity';

function exceptionsFor(policy: RegionPolicy, filing: FilingState) {
  return policy.changeLock.exceptions.filter((e) => e.categories.includes(filing.category));
}

/** Why no change is possible for `reason` today, or null. Shared with decideActions. */
export function changeBlocked(
  policy: RegionPolicy,
  filing: FilingState,
  reason: ChangeReason,
  evidenceProvided: boolean,
  today: IsoDate,
): Refusal | null {
  const lock = policy.categories[filing.category].changeLockMonths;
  // Whether a change exists for the category at all comes first (the table's `applies`): that
  // never changes with status; then the status.
  const blocked = transitionBlocked(policy, filing, 'CHANGE');
  if (blocked) return blocked;
  const exceptions = exceptionsFor(policy, filing);
  const exception = exceptions.find((e) => e.reason === reason);
  const commitmentOpen = filing.commitment?.status === 'OPEN';
  if (
    commitmentOpen &&
    policy.changeLock.blockedWhileCommitmentOpen.value &&
    !exception?.evenWhileCommitmentOpen
  ) {
    return refusal(
      'COMMITMENT_OPEN',
      policy.changeLock.blockedWhileCommitmentOpen,
      MESSAGES.commitmentOpenBlocksChange(filing.commitment?.dueDate ?? today),
    );
  }
  const months = lock.value;
  const anchor = lockAnchorOf(policy, filing);
  const locked = months === null || isLocked(anchor, months, today);
  if (!locked) return null;
  const until = months === null ? undefined : lockLiftsOn(anchor, months);
  if (exception) {
    if (!exception.evidenceRequired || evidenceProvided) return null;
    return refusal('MATERIALS_INCOMPLETE', exception, MESSAGES.evidenceRequired(reason), {
      ...(until ? { until } : {}),
      fields: { evidence: MESSAGES.evidenceRequired(reason) },
    });
  }
  const reasons = exceptions.map((e) => e.reason);
  const fields = reasons.length > 0 ? { exceptions: reasons.join(',') } : undefined;
  if (months === null || until === undefined) {
    return refusal(
      'CHANGE_LOCKED',
      lock,
      MESSAGES.changeOnlyWithException(filing.category, reasons),
      {
        ...(fields ? { fields } : {}),
      },
    );
  }
  return refusal('CHANGE_LOCKED', lock, MESSAGES.changeLocked(months, until, reasons), {
    until,
    ...(fields ? { fields } : {}),
  });
}

export function decideChange(
  policy: RegionPolicy,
  filing: FilingState,
  change: ChangeRequest,
  today: IsoDate,
): Decision<ChangeOutcome> {
  const blocked = changeBlocked(policy, filing, change.reason, change.evidenceProvided, today);
  if (blocked) return refused(blocked);

  const newCategory = change.category ?? filing.category;
  const target = policy.categories[newCategory];
  if (!target.allowed.value) {
    return refused(
      refusal(
        'NOT_ELIGIBLE',
        target.allowed,
        MESSAGES.categoryNotOffered(newCategory, policy.name),
      ),
    );
  }
  if (filingClassOf(newCategory) !== filing.class) {
    return refused(refusal('NOT_APPLICABLE', target.allowed, MESSAGES.changeAcrossClass()));
  }
  const destination = validateDestination(
    policy,
    filing.insuredRegion,
    change.destinationCode ?? filing.destinationCode,
  );
  if (!destination.ok) return destination;

  // AH-14 "接续享受": the validity continues; only a category with another kind of validity
  // (e.g. YJ retired → resident) starts its own from today.
  const oldKind = policy.categories[filing.category].validity.value.kind;
  const sameKind = oldKind === target.validity.value.kind;
  const validFrom = sameKind ? filing.validFrom : today;
  const newProofEnd = target.validity.value.kind === 'PROOF_END_DATE' && change.proofEndDate;
  const validUntil = sameKind
    ? newProofEnd || filing.validUntil
    : validUntilFor(target.validity.value, today, {
        proofEndDate: change.proofEndDate ?? filing.proofEndDate,
        referralCondition: filing.referral?.condition,
      });
  const exception = exceptionsFor(policy, filing).find((e) => e.reason === change.reason);
  // EFFECTIVE_DATE (AH-14-1 "备案生效后"): an exception change does not restart the lock.
  const lockAnchor =
    policy.changeLock.countsFrom.value === 'LATEST_EFFECTIVE_DATE' ? today : filing.lockAnchor;

  return accepted({
    category: newCategory,
    class: target.class,
    destination: destination.value,
    validFrom,
    validUntil,
    lockAnchor,
    rules: uniqueRules([
      policy.categories[filing.category].changeLockMonths.rule,
      ...(exception ? [exception.rule] : []),
      policy.changeLock.countsFrom.rule,
      policy.destination.provinceLevelCodes.rule,
      target.validity.rule,
    ]),
  });
}
