// A new filing, checked in the order a person would want to hear about problems: category and
// eligibility, the emergency path, destination, dates, proof (docs/policy-sources.md §1–§4, §7, §8).
import {
  isAfter,
  isBefore,
  isValidIsoDate,
  nextWorkingDayOnOrAfter,
  type IsoDate,
} from '../calendar';
import { openCommitment } from './commitment';
import { validateDestination } from './destination';
import { checkEligibility } from './eligibility';
import { MESSAGES } from './messages';
import { isCommittableSet, satisfiesAnOption } from './proof';
import { accepted, refusal, refused, uniqueRules } from './refusal';
import { reviewDueDate } from './review';
import type {
  Decision,
  EmergencyFacts,
  FilingRequest,
  NewFilingOutcome,
  PersonFacts,
  RegionPolicy,
  Refusal,
} from './types';
import { needsProofEndDate, validUntilFor } from './validity';

export function decideNewFiling(
  policy: RegionPolicy,
  input: { person: PersonFacts; request: FilingRequest; today: IsoDate },
): Decision<NewFilingOutcome> {
  const { person, request, today } = input;
  const category = policy.categories[request.category];
  const reject = (r: Refusal) => refused<NewFilingOutcome>(r);

  const ineligible = checkEligibility(
    policy,
    person,
    request.category,
    request.facts,
    today,
    'STRICT',
  );
  if (ineligible) return reject(ineligible);

  const isEmergency = request.category === 'EMERGENCY';
  if (isEmergency) {
    const emergencyRefusal = checkRetroFiling(policy, request.emergency, today);
    if (emergencyRefusal) return reject(emergencyRefusal);
  }

  const destination = validateDestination(policy, person.insuredRegion, request.destinationCode);
  if (!destination.ok) return destination;

  if (!isEmergency) {
    if (!isValidIsoDate(request.startDate)) {
      const text = MESSAGES.dateInvalid('START_DATE');
      return reject(
        refusal('VALIDATION_FAILED', policy.startDate, text, { fields: { startDate: text } }),
      );
    }
    if (isBefore(request.startDate, today)) {
      const text = MESSAGES.startDateInPast(today);
      return reject(
        refusal('START_DATE_IN_PAST', policy.startDate, text, { fields: { startDate: text } }),
      );
    }
  }
  // YJ-9 / PZH-4-3-2: an emergency filing starts on the admission date.
  const validFrom =
    isEmergency && request.emergency ? request.emergency.admissionDate : request.startDate;

  const proofRefusal = checkProof(policy, request);
  if (proofRefusal) return reject(proofRefusal);

  const validity = category.validity;
  const withCommitment = request.proof.kind === 'COMMITMENT';
  if (needsProofEndDate(validity.value) && request.proofEndDate === undefined && !withCommitment) {
    const text = MESSAGES.proofEndDateMissing();
    return reject(refusal('VALIDATION_FAILED', validity, text, { fields: { proofEndDate: text } }));
  }
  if (needsProofEndDate(validity.value) && request.proofEndDate !== undefined) {
    if (!isValidIsoDate(request.proofEndDate) || isBefore(request.proofEndDate, validFrom)) {
      const text = isValidIsoDate(request.proofEndDate)
        ? MESSAGES.proofExpired(request.proofEndDate)
        : MESSAGES.dateInvalid('PROOF_END_DATE');
      return reject(
        refusal('VALIDATION_FAILED', validity, text, { fields: { proofEndDate: text } }),
      );
    }
  }

  const validUntil = validUntilFor(validity.value, validFrom, {
    proofEndDate: request.proofEndDate,
    referralCondition: request.referral?.condition,
  });
  const commitment =
    request.proof.kind === 'COMMITMENT'
      ? openCommitment(policy, today, [...request.proof.missing])
      : null;
  const instant = category.instantSelfService.value;

  return accepted({
    class: category.class,
    status: instant ? 'ACTIVE' : 'PENDING_REVIEW',
    validFrom,
    validUntil,
    lockAnchor: validFrom,
    commitment,
    reviewDueBy: instant ? null : reviewDueDate(policy, today),
    destination: destination.value,
    benefit: category.benefit,
    rules: uniqueRules([
      category.allowed.rule,
      category.eligibility.rule,
      ...(isEmergency ? [policy.emergency.rule] : [policy.startDate.rule]),
      policy.destination.provinceLevelCodes.rule,
      policy.destination.outsidePoolingRegion.rule,
      category.proofOptions.rule,
      ...(commitment ? [category.commitmentAllowed.rule, policy.commitment.rule] : []),
      validity.rule,
      instant ? category.instantSelfService.rule : policy.review.onlineWorkingDays.rule,
      category.benefit.rule,
      policy.periodCounting.rule,
    ]),
  });
}

/** YJ-6, PZH-4-3-2: a retro-filing only while still in hospital (YJ-6: holidays roll over). */
function checkRetroFiling(
  policy: RegionPolicy,
  emergency: EmergencyFacts | undefined,
  today: IsoDate,
): Refusal | null {
  const rule = policy.emergency;
  if (!emergency || !isValidIsoDate(emergency.admissionDate)) {
    const text = MESSAGES.emergencyDetailsMissing();
    return refusal('VALIDATION_FAILED', rule, text, { fields: { emergency: text } });
  }
  if (isAfter(emergency.admissionDate, today)) {
    const text = MESSAGES.admissionInFuture();
    return refusal('VALIDATION_FAILED', rule, text, { fields: { admissionDate: text } });
  }
  if (!emergency.discharged) return null;
  const dischargeDate = emergency.dischargeDate;
  const rolledOver =
    rule.value.holidayRollOver &&
    dischargeDate !== undefined &&
    isValidIsoDate(dischargeDate) &&
    nextWorkingDayOnOrAfter(dischargeDate) !== dischargeDate &&
    !isAfter(today, nextWorkingDayOnOrAfter(dischargeDate));
  return rolledOver
    ? null
    : refusal('RETRO_FILING_AFTER_DISCHARGE', rule, MESSAGES.retroAfterDischarge());
}

function checkProof(policy: RegionPolicy, request: FilingRequest): Refusal | null {
  const category = policy.categories[request.category];
  const options = category.proofOptions.value;
  const proof = request.proof;
  if (proof.kind === 'MATERIALS') {
    if (satisfiesAnOption(options, proof.provided)) return null;
    const text = MESSAGES.materialsIncomplete(options);
    return refusal('MATERIALS_INCOMPLETE', category.proofOptions, text, {
      fields: { proof: text },
    });
  }
  if (!category.commitmentAllowed.value || policy.commitment.value === null) {
    const text = MESSAGES.commitmentNotAllowed(request.category, options);
    return refusal('COMMITMENT_NOT_ALLOWED', category.commitmentAllowed, text);
  }
  if (!isCommittableSet(options, proof.missing, proof.provided)) {
    const text = MESSAGES.commitmentMissingInvalid(options);
    return refusal('VALIDATION_FAILED', category.commitmentAllowed, text, {
      fields: { 'proof.missing': text },
    });
  }
  return null;
}
