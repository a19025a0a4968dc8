// Building refusals: every one carries an ErrorCode, the rule that refused, a Chinese message
// ending with its clause, and — where a date lifts it — `until`.
import type { IsoDate } from '../calendar';
import type { ErrorCode } from '../errors';
import { withBasis } from './messages';
import type { Decision, Refusal, RuleRef } from './types';

export function refusal(
  code: ErrorCode,
  ref: RuleRef,
  text: string,
  extra: { until?: IsoDate; fields?: Record<string, string> } = {},
): Refusal {
  return {
    code,
    rule: ref.rule,
    message: withBasis(text, ref.clause),
    ...(extra.until === undefined ? {} : { until: extra.until }),
    ...(extra.fields === undefined ? {} : { fields: extra.fields }),
  };
}

export function refused<T>(refusalValue: Refusal): Decision<T> {
  return { ok: false, refusal: refusalValue };
}

export function accepted<T>(value: T): Decision<T> {
  return { ok: true, value };
}

/** The rule ids in order of first appearance, without repeats. */
export function uniqueRules<T>(rules: readonly T[]): T[] {
  return [...new Set(rules)];
}
