// docs/policy-sources.md §3: the personal commitment (承诺制). The supplement deadline is a deadline the user must
// meet, so it follows CC-201 in full: a last day on a rest day moves to the next working day.
import { isAfter, periodEnd, type IsoDate } from '../calendar';
import type { DocType } from '../schemas/enums';
import type { CommitmentConsequence, CommitmentState, FilingState, RegionPolicy } from './types';
import type { RuleId } from './ruleIds';

export function commitmentDueDate(policy: RegionPolicy, signedOn: IsoDate): IsoDate {
  const terms = policy.commitment.value;
  if (terms === null) {
    throw new Error(`Policy ${policy.id} has no commitment path (${policy.commitment.clause})`);
  }
  return periodEnd(signedOn, { months: terms.months }, { rollOverRestDays: true });
}

export function openCommitment(
  policy: RegionPolicy,
  signedOn: IsoDate,
  missing: DocType[],
): CommitmentState {
  return { status: 'OPEN', signedOn, dueDate: commitmentDueDate(policy, signedOn), missing };
}

/** An open commitment whose due date has passed: the region's consequence (AH-13-1, BB-1-3, HA-7). */
export function commitmentBreach(
  policy: RegionPolicy,
  filing: FilingState,
  today: IsoDate,
): null | { consequence?: CommitmentConsequence; rule: RuleId } {
  const commitment = filing.commitment;
  const terms = policy.commitment.value;
  if (!commitment || commitment.status !== 'OPEN' || !isAfter(today, commitment.dueDate)) {
    return null;
  }
  // A region without terms cannot have opened one; close it anyway, with no consequence invented.
  return terms
    ? { consequence: terms.consequence, rule: policy.commitment.rule }
    : { rule: policy.commitment.rule };
}
