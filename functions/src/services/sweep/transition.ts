// What a sweep transition does to the stored filing (pure): TERMINATED marks the commitment
// BREACHED with the region's consequence (AH clawback, BB long-term benefits ended, HA credit
// report); EXPIRED notes the rule. Everything else stays as it was, for the history.
import type { IsoDate, SweepResult } from '@yidi/shared';
import type { FilingRecord } from '../../store';

export type Transition = NonNullable<SweepResult['transition']>;

export function transitioned(
  filing: FilingRecord,
  transition: Transition,
  at: string,
  today: IsoDate,
): FilingRecord {
  const base = { ...filing, status: transition.status, version: filing.version + 1, updatedAt: at };
  if (transition.status === 'EXPIRED') {
    return {
      ...base,
      details: { ...filing.details, expiry: { rule: transition.rule, on: today } },
    };
  }
  const consequence = transition.consequence;
  return {
    ...base,
    commitment: filing.commitment && {
      ...filing.commitment,
      status: 'BREACHED',
      clawback: consequence === 'CLAWBACK',
    },
    details: {
      ...filing.details,
      termination: {
        rule: transition.rule,
        on: today,
        ...(consequence ? { consequence } : {}),
        longTermBenefitsEnded: consequence === 'LONG_TERM_BENEFITS_ENDED',
        creditReport: consequence === 'CREDIT_REPORT',
      },
    },
  };
}
