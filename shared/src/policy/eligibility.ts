// docs/policy-sources.md §1: who may file in which category. STRICT (a filing) refuses when a fact the rule
// needs is unknown; LENIENT (the wizard's first screen) only refuses on known facts.
import { addYears, isBefore, type IsoDate } from '../calendar';
import { CATEGORIES, type Category } from '../schemas/enums';
import { FACT_QUESTIONS, MESSAGES } from './messages';
import { refusal } from './refusal';
import { statutoryRetirementDate } from './retirementAge';
import type { EligibilityFacts, PersonFacts, RegionPolicy, Refusal } from './types';

export type EligibilityMode = 'STRICT' | 'LENIENT';

export function checkEligibility(
  policy: RegionPolicy,
  person: PersonFacts,
  category: Category,
  facts: EligibilityFacts | undefined,
  today: IsoDate,
  mode: EligibilityMode,
): Refusal | null {
  const categoryPolicy = policy.categories[category];
  if (category === 'EMERGENCY' && policy.emergency.value.mode === 'DEEMED_FILED') {
    return refusal('EMERGENCY_DEEMED_FILED', policy.emergency, MESSAGES.emergencyDeemedFiled());
  }
  const phone = policy.phoneFiling.value;
  if (!categoryPolicy.allowed.value && phone) {
    // PZH-4-4: what the region does not file here is filed by phone, not refused.
    return refusal(
      'PHONE_FILING_REQUIRED',
      policy.phoneFiling,
      MESSAGES.phoneFilingInstead(phone.phone, phone.name),
    );
  }
  if (!categoryPolicy.allowed.value) {
    return refusal(
      'NOT_ELIGIBLE',
      categoryPolicy.allowed,
      MESSAGES.categoryNotOffered(category, policy.name),
    );
  }
  const rule = categoryPolicy.eligibility;
  const terms = rule.value;
  const known = facts ?? {};
  const notEligible = (text: string, extra: { until?: IsoDate; field?: string } = {}) =>
    refusal('NOT_ELIGIBLE', rule, text, {
      ...(extra.until ? { until: extra.until } : {}),
      ...(extra.field ? { fields: { [extra.field]: text } } : {}),
    });
  const missing = (field: keyof typeof FACT_QUESTIONS) =>
    mode === 'STRICT' ? notEligible(MESSAGES.factMissing(field), { field }) : null;

  if (!terms.insuranceTypes.includes(person.insuranceType)) {
    return notEligible(MESSAGES.insuranceTypeNotEligible(category, terms.insuranceTypes));
  }
  if (terms.requiresRetired) {
    if (known.retired === false) return notEligible(MESSAGES.notRetired(category));
    if (known.retired === undefined) {
      const refusalValue = missing('retired');
      if (refusalValue) return refusalValue;
    }
  }
  if (terms.requiresHukouMoved) {
    if (known.hukouMoved === false) return notEligible(MESSAGES.hukouNotMoved(category));
    if (known.hukouMoved === undefined) {
      const refusalValue = missing('hukouMoved');
      if (refusalValue) return refusalValue;
    }
  }
  if (terms.retirementAge && known.retired !== true) {
    // PZH-1: employees by the national statutory age (2025 reform); women by the 50 schedule,
    // the lower one, since the engine does not know a post (README); residents as stated.
    const statutory =
      terms.retirementAge.employees === 'STATUTORY' && person.insuranceType === 'EMPLOYEE';
    const reachedOn = statutory
      ? statutoryRetirementDate(person.birthDate, person.gender === 'MALE' ? 60 : 50)
      : addYears(person.birthDate, terms.retirementAge[person.gender]);
    if (isBefore(today, reachedOn)) {
      const text = statutory
        ? MESSAGES.belowStatutoryRetirementAge(category, reachedOn)
        : MESSAGES.belowRetirementAge(
            category,
            terms.retirementAge.MALE,
            terms.retirementAge.FEMALE,
            reachedOn,
          );
      return notEligible(text, { until: reachedOn });
    }
  }
  if (terms.minimumResidenceMonths !== null) {
    if (known.residenceMonths === undefined) {
      const refusalValue = missing('residenceMonths');
      if (refusalValue) return refusalValue;
    } else if (known.residenceMonths < terms.minimumResidenceMonths) {
      return notEligible(MESSAGES.residenceTooShort(terms.minimumResidenceMonths));
    }
  }
  // YJ-5: a student counts as a worker only in the listed situations (at home in a vacation or
  // sick leave, at a branch campus); elsewhere the work minimum applies.
  const situations = terms.studentSituations;
  const studentAsked = terms.studentsExempt && known.student === true;
  if (studentAsked && situations.length > 0 && known.studentSituation === undefined) {
    const refusalValue = missing('studentSituation');
    if (refusalValue) return refusalValue;
  }
  const studentExempt =
    studentAsked &&
    (situations.length === 0 ||
      (known.studentSituation !== undefined && situations.includes(known.studentSituation)));
  if (terms.minimumWorkMonths !== null && !studentExempt) {
    if (known.workMonths === undefined) {
      const refusalValue = missing('workMonths');
      if (refusalValue) return refusalValue;
    } else if (known.workMonths < terms.minimumWorkMonths) {
      return notEligible(
        MESSAGES.workTooShort(terms.minimumWorkMonths, terms.studentsExempt ? situations : []),
      );
    }
  }
  return null;
}

export function eligibleCategories(
  policy: RegionPolicy,
  person: PersonFacts,
  facts: EligibilityFacts | undefined,
  today: IsoDate,
): { category: Category; eligible: boolean; refusal?: Refusal }[] {
  return CATEGORIES.map((category) => {
    const refusalValue = checkEligibility(policy, person, category, facts, today, 'LENIENT');
    return refusalValue
      ? { category, eligible: false, refusal: refusalValue }
      : { category, eligible: true };
  });
}
