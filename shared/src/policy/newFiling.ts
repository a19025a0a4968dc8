// A new filing, checked in the order a person would want to hear about problems: category and
// eligibility, the emergency path, destination, dates, proof (docs/policy-sources.md §1–§4, §7, §8).
import {
  isAfter,
  isBefore,
  isValidIsoDate,
  type IsoDate,
  type NationalCalendar,
} from '../calendar';
import { openCommitment } from './commitment';
import { validateDestination } from './destination';
import { checkEligibility } from './eligibility';
import { MESSAGES } from './messages';
import { isCommittableSet, satisfiesAnOption } from './proof';
import { accepted, refusal, refused, uniqueRules } from './refusal';
import { retroFilingLastDay } from './retroWindow';
import { reviewDue } from './review';
import type {
  AdmissionState,
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
  input: {
    person: PersonFacts;
    request: FilingRequest;
    today: IsoDate;
    /** The national calendar with the published schedules (default: the bundled ones). */
    calendar?: NationalCalendar;
  },
): Decision<NewFilingOutcome> {
  const { person, request, today, calendar } = input;
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
    const emergencyRefusal = checkRetroFiling(policy, request.emergency, today, calendar);
    if (emergencyRefusal) return reject(emergencyRefusal);
  }

  const destination = validateDestination(policy, person.insuredRegion, request.destinationCode);
  if (!destination.ok) return destination;

  // AH-22, HA-11 only: elsewhere a stay that began before the application is not covered.
  const duringAdmission =
    !isEmergency && policy.admissions.filingDuringAdmission.value ? request.admission : undefined;
  if (duringAdmission) {
    const admissionRefusal = checkFilingDuringAdmission(policy, duringAdmission, today);
    if (admissionRefusal) return reject(admissionRefusal);
  }
  if (!isEmergency) {
    if (!isValidIsoDate(request.startDate)) {
      const text = MESSAGES.dateInvalid('START_DATE');
      return reject(
        refusal('VALIDATION_FAILED', policy.startDate, text, { fields: { startDate: text } }),
      );
    }
    // AH-22, HA-11: a filing made during a stay may start on its admission day.
    const startsOnAdmission =
      duringAdmission !== undefined && request.startDate === duringAdmission.admissionDate;
    if (isBefore(request.startDate, today) && !startsOnAdmission) {
      const text = duringAdmission
        ? MESSAGES.admissionStartOnly(duringAdmission.admissionDate)
        : MESSAGES.startDateInPast(today);
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

  // HA-8: a temporary registration counts from the application day, whatever the start.
  const countsFrom =
    !isEmergency &&
    category.class === 'TEMPORARY' &&
    policy.temporaryValidityFrom.value === 'APPLICATION_DATE'
      ? today
      : validFrom;
  const validUntil = validUntilFor(validity.value, countsFrom, {
    proofEndDate: request.proofEndDate,
    referralCondition: request.referral?.condition,
  });
  if (validUntil !== null && isAfter(validFrom, validUntil)) {
    const text = MESSAGES.startAfterValidityEnd(validUntil);
    return reject(
      refusal('VALIDATION_FAILED', policy.temporaryValidityFrom, text, {
        fields: { startDate: text },
      }),
    );
  }
  const commitment =
    request.proof.kind === 'COMMITMENT'
      ? openCommitment(policy, today, [...request.proof.missing], calendar)
      : null;
  const instant = category.instantSelfService.value;
  const review = instant ? null : reviewDue(policy, today, calendar);
  const admissions: AdmissionState[] = duringAdmission
    ? [{ ...duringAdmission }]
    : isEmergency && request.emergency
      ? [
          {
            admissionDate: request.emergency.admissionDate,
            hospitalName: request.emergency.hospitalName ?? '',
          },
        ]
      : [];

  return accepted({
    class: category.class,
    status: instant ? 'ACTIVE' : 'PENDING_REVIEW',
    validFrom,
    validUntil,
    lockAnchor: validFrom,
    commitment,
    reviewDueBy: review ? review.date : null,
    ...(review?.provisional ? { reviewDueByProvisional: true } : {}),
    destination: destination.value,
    benefit: category.benefit,
    admissions,
    rules: uniqueRules([
      category.allowed.rule,
      category.eligibility.rule,
      ...(isEmergency ? [policy.emergency.rule] : [policy.startDate.rule]),
      ...(duringAdmission ? [policy.admissions.filingDuringAdmission.rule] : []),
      ...(countsFrom !== validFrom ? [policy.temporaryValidityFrom.rule] : []),
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
  calendar?: NationalCalendar,
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
  const lastDay =
    rule.value.holidaysExtendWindow &&
    dischargeDate !== undefined &&
    isValidIsoDate(dischargeDate) &&
    !isBefore(dischargeDate, emergency.admissionDate)
      ? retroFilingLastDay(emergency.admissionDate, dischargeDate, calendar)
      : null;
  if (lastDay !== null && !isAfter(today, lastDay)) return null;
  // PZH-4-4: after discharge the channel is the phone (其它备案), never "cannot be filed".
  const phone = policy.phoneFiling.value;
  if (phone) {
    return refusal(
      'PHONE_FILING_REQUIRED',
      policy.phoneFiling,
      MESSAGES.phoneFilingAfterDischarge(phone.phone, phone.name),
    );
  }
  return refusal('RETRO_FILING_AFTER_DISCHARGE', rule, MESSAGES.retroAfterDischarge(), {
    ...(lastDay ? { until: lastDay } : {}),
  });
}

/** AH-22, HA-11: a filing during a stay (not yet discharged), in a region that allows it. */
function checkFilingDuringAdmission(
  policy: RegionPolicy,
  admission: { admissionDate: IsoDate; hospitalName: string },
  today: IsoDate,
): Refusal | null {
  const rule = policy.admissions.filingDuringAdmission;
  if (!isValidIsoDate(admission.admissionDate)) {
    const text = MESSAGES.emergencyDetailsMissing();
    return refusal('VALIDATION_FAILED', rule, text, { fields: { admissionDate: text } });
  }
  if (isAfter(admission.admissionDate, today)) {
    const text = MESSAGES.admissionInFuture();
    return refusal('VALIDATION_FAILED', rule, text, { fields: { admissionDate: text } });
  }
  if (typeof admission.hospitalName !== 'string' || admission.hospitalName.trim() === '') {
    const text = MESSAGES.hospitalNameMissing();
    return refusal('VALIDATION_FAILED', rule, text, { fields: { hospitalName: text } });
  }
  return null;
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
  const terms = policy.commitment.value;
  if (terms.groups !== null && (proof.group === undefined || !terms.groups.includes(proof.group))) {
    const text = MESSAGES.commitmentGroupRequired(terms.groups);
    return refusal('COMMITMENT_NOT_ALLOWED', policy.commitment, text, {
      fields: { 'proof.group': text },
    });
  }
  const committable = terms.committableDocs;
  if (committable !== null && proof.missing.some((doc) => !committable.includes(doc))) {
    const text = MESSAGES.commitmentDocsOnly(committable);
    return refusal('COMMITMENT_NOT_ALLOWED', policy.commitment, text, {
      fields: { 'proof.missing': text },
    });
  }
  if (!isCommittableSet(options, proof.missing, proof.provided)) {
    const text = MESSAGES.commitmentMissingInvalid(options);
    return refusal('VALIDATION_FAILED', category.commitmentAllowed, text, {
      fields: { 'proof.missing': text },
    });
  }
  return null;
}
