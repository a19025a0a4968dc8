// docs/policy-sources.md §4: when a registration ends. Validity ends are coverage windows, not deadlines the user
// must meet, so they do not roll over rest days (README); months follow CC-201 via periodEnd.
import { addDays, periodEnd, type IsoDate } from '../calendar';
import type { ReferralCondition } from '../schemas/enums';
import type { Validity } from './types';

export interface ValidityFacts {
  proofEndDate?: IsoDate;
  referralCondition?: ReferralCondition;
}

/** The last valid day, or null when it has no fixed end (indefinite, per admission, deemed). */
export function validUntilFor(
  validity: Validity,
  validFrom: IsoDate,
  facts: ValidityFacts = {},
): IsoDate | null {
  switch (validity.kind) {
    case 'INDEFINITE':
    case 'THIS_ADMISSION':
    case 'DEEMED_FILED':
      return null;
    case 'PROOF_END_DATE':
      return facts.proofEndDate ?? null;
    case 'MONTHS':
    case 'DAYS': {
      const condition = facts.referralCondition;
      if (condition && validity.indefiniteForConditions.includes(condition)) return null;
      if (validity.kind === 'MONTHS') return periodEnd(validFrom, { months: validity.months });
      // YJ-9 counts the start day itself ("从备案成功的当日开始计算"): 90 days end on day 89.
      return validity.startDayCounted
        ? addDays(validFrom, validity.days - 1)
        : periodEnd(validFrom, { days: validity.days });
    }
  }
}

/** Whether this validity needs the proof document's end date to be known. */
export function needsProofEndDate(validity: Validity): boolean {
  return validity.kind === 'PROOF_END_DATE';
}
