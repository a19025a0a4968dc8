// Hospital stays on a registration: an admission inside the validity is covered until discharge
// (AH-13-2, YJ-9); a PZH in-province referral settles only at the filed hospital and ends with
// that settlement (PZH-4-2-2); a per-admission emergency filing ends at discharge (PZH-4-3-2,
// YJ-9); the app says "住院中，出院前持续有效" while a covering stay is open.
import { isAfter, isBefore, isValidIsoDate, type IsoDate } from '../calendar';
import { provinceCodeOf } from '../regions';
import { IN_HOSPITAL_TEXT, MESSAGES } from './messages';
import { accepted, refusal, refused, uniqueRules } from './refusal';
import type { RuleId } from './ruleIds';
import { TRANSITIONS, transitionBlocked } from './transitions';
import type { AdmissionState, Decision, FilingState, RegionPolicy, Refusal } from './types';

export interface AdmissionInput {
  hospitalName: string;
  admissionDate: IsoDate;
  dischargeDate?: IsoDate;
}

export interface AdmissionOutcome {
  admissions: AdmissionState[];
  /** The discharge ends the registration (per-admission filing, PZH in-province referral). */
  endsRegistration: boolean;
  rules: RuleId[];
}

const SIX_DIGITS = /^\d{6}$/;

/** PZH-4-2-2: an in-province referral in a region that binds it to the filed hospital. */
export function isBoundReferral(policy: RegionPolicy, filing: FilingState): boolean {
  const terms = policy.inProvinceReferral.value;
  return (
    terms !== null &&
    filing.category === 'REFERRAL' &&
    SIX_DIGITS.test(filing.insuredRegion) &&
    SIX_DIGITS.test(filing.destinationCode) &&
    provinceCodeOf(filing.insuredRegion) === provinceCodeOf(filing.destinationCode)
  );
}

function openAdmissionOf(filing: FilingState): AdmissionState | undefined {
  return (filing.admissions ?? []).find((a) => a.dischargeDate === undefined);
}

function endsAtDischarge(policy: RegionPolicy, filing: FilingState): boolean {
  const kind = policy.categories[filing.category].validity.value.kind;
  return (
    kind === 'THIS_ADMISSION' ||
    (isBoundReferral(policy, filing) && policy.inProvinceReferral.value?.endsAtSettlement === true)
  );
}

function invalid(ref: { rule: RuleId; clause: string }, text: string, field: string): Refusal {
  return refusal('ADMISSION_INVALID', ref, text, { fields: { [field]: text } });
}

/** Why no admission or discharge can be recorded on the filing, or null. */
export function admissionBlocked(policy: RegionPolicy, filing: FilingState): Refusal | null {
  return transitionBlocked(policy, filing, 'ADMISSION');
}

/** Records an admission, or the discharge of the open one (same admissionDate + dischargeDate). */
export function decideAdmission(
  policy: RegionPolicy,
  filing: FilingState,
  input: AdmissionInput,
  today: IsoDate,
): Decision<AdmissionOutcome> {
  const coverage = policy.admissions.coveredToDischarge;
  const blocked = admissionBlocked(policy, filing);
  if (blocked) return refused(blocked);
  const hospitalName = typeof input.hospitalName === 'string' ? input.hospitalName.trim() : '';
  if (hospitalName === '') {
    return refused(invalid(coverage, MESSAGES.hospitalNameMissing(), 'hospitalName'));
  }
  if (!isValidIsoDate(input.admissionDate)) {
    return refused(invalid(coverage, MESSAGES.emergencyDetailsMissing(), 'admissionDate'));
  }
  if (isAfter(input.admissionDate, today)) {
    return refused(invalid(coverage, MESSAGES.admissionInFuture(), 'admissionDate'));
  }
  const discharge = input.dischargeDate;
  if (discharge !== undefined) {
    if (!isValidIsoDate(discharge) || isBefore(discharge, input.admissionDate)) {
      return refused(invalid(coverage, MESSAGES.dischargeBeforeAdmission(), 'dischargeDate'));
    }
    if (isAfter(discharge, today)) {
      return refused(invalid(coverage, MESSAGES.dischargeInFuture(), 'dischargeDate'));
    }
  }
  const admissions = [...(filing.admissions ?? [])];
  const open = openAdmissionOf(filing);
  const ends = discharge !== undefined && endsAtDischarge(policy, filing);
  const rules = uniqueRules([
    coverage.rule,
    ...(ends ? [endRuleOf(policy, filing)] : []),
    ...(isBoundReferral(policy, filing) ? [policy.inProvinceReferral.rule] : []),
  ]);

  if (open) {
    if (open.admissionDate !== input.admissionDate || discharge === undefined) {
      return refused(
        invalid(coverage, MESSAGES.openAdmissionFirst(open.admissionDate), 'admissionDate'),
      );
    }
    const index = admissions.indexOf(open);
    admissions[index] = { ...open, dischargeDate: discharge };
    return accepted({ admissions, endsRegistration: ends, rules });
  }

  // A new stay: inside the validity, after the last discharge, at the filed hospital (PZH).
  if (
    isBefore(input.admissionDate, filing.validFrom) ||
    (filing.validUntil !== null && isAfter(input.admissionDate, filing.validUntil))
  ) {
    return refused(invalid(coverage, MESSAGES.admissionOutsideValidity(), 'admissionDate'));
  }
  const last = admissions[admissions.length - 1];
  if (last?.dischargeDate !== undefined && isBefore(input.admissionDate, last.dischargeDate)) {
    return refused(invalid(coverage, MESSAGES.admissionBeforeLastDischarge(), 'admissionDate'));
  }
  const phone = policy.phoneFiling.value;
  const boundTo = filing.referral?.hospitalName;
  if (
    isBoundReferral(policy, filing) &&
    policy.inProvinceReferral.value?.boundToHospital === true &&
    boundTo !== undefined &&
    boundTo.trim() !== hospitalName
  ) {
    const text = phone
      ? MESSAGES.admissionAtOtherHospital(boundTo, phone.phone, phone.name)
      : MESSAGES.admissionAtOtherHospital(boundTo, '', '');
    return refused(
      refusal(
        phone ? 'PHONE_FILING_REQUIRED' : 'ADMISSION_INVALID',
        policy.inProvinceReferral,
        text,
        {
          fields: { hospitalName: text },
        },
      ),
    );
  }
  admissions.push({
    hospitalName,
    admissionDate: input.admissionDate,
    ...(discharge !== undefined ? { dischargeDate: discharge } : {}),
  });
  return accepted({ admissions, endsRegistration: ends, rules });
}

/** The rule a discharge that ends the registration applies (the table's DISCHARGE_ENDS row). */
function endRuleOf(policy: RegionPolicy, filing: FilingState): RuleId {
  return TRANSITIONS.DISCHARGE_ENDS.ruleOf(policy, filing).rule;
}

/**
 * The last day a registration stays usable because of a stay that began inside its validity
 * (AH-13-2, YJ-9): null when no stay extends it; 'OPEN' while that stay has no discharge.
 */
export function coveredThrough(policy: RegionPolicy, filing: FilingState): IsoDate | 'OPEN' | null {
  if (filing.validUntil === null) return null;
  if (!policy.admissions.coveredToDischarge.value.includes(filing.class)) return null;
  const until = filing.validUntil;
  const stays = (filing.admissions ?? []).filter(
    (a) => !isAfter(a.admissionDate, until) && !isBefore(a.admissionDate, filing.validFrom),
  );
  if (stays.some((a) => a.dischargeDate === undefined)) return 'OPEN';
  const later = stays
    .map((a) => a.dischargeDate as IsoDate)
    .filter((d) => isAfter(d, until))
    .sort();
  return later.length > 0 ? (later[later.length - 1] as IsoDate) : null;
}

/** What the app shows about a stay on the filing, or null when the person is not in hospital. */
export function admissionNotice(
  policy: RegionPolicy,
  filing: FilingState,
): null | { admissionDate: IsoDate; hospitalName: string; text: string; rule: RuleId } {
  const open = openAdmissionOf(filing);
  if (!open || filing.status !== 'ACTIVE') return null;
  const covered = policy.admissions.coveredToDischarge.value.includes(filing.class);
  const perAdmission = endsAtDischarge(policy, filing);
  if (!covered && !perAdmission) return null;
  return {
    admissionDate: open.admissionDate,
    hospitalName: open.hospitalName,
    text: IN_HOSPITAL_TEXT,
    rule: perAdmission ? endRuleOf(policy, filing) : policy.admissions.coveredToDischarge.rule,
  };
}

/** AH 第十三条（一）: staff record an insurance-status change that ends a long-term registration. */
export function decideInsuranceStatusEnd(
  policy: RegionPolicy,
  filing: FilingState,
): Decision<{ status: 'TERMINATED'; rules: RuleId[] }> {
  // Not a long-term registration (or the region says nothing), then the status: the table.
  const blocked = transitionBlocked(policy, filing, 'INSURANCE_STATUS_END');
  if (blocked) return refused(blocked);
  return accepted({ status: 'TERMINATED', rules: [policy.insuranceStatusEndsLongTerm.rule] });
}
