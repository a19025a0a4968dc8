// A plain object becomes a RegionPolicy only here: a sixth region is a data change, and bad data
// fails loudly at load time with every problem listed, not deep inside a decision.
import * as z from 'zod/mini';
import { regionPolicySchema } from './policySchema';
import type { RegionPolicy } from './types';

export class PolicyValidationError extends Error {
  override readonly name = 'PolicyValidationError';
  constructor(
    message: string,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    super(message);
  }
}

/**
 * zod/mini loads no locale (its messages are all "Invalid input"); the person writing a policy
 * needs to know what was expected, and the whole English locale would weigh on every bundle.
 */
function describeIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return `too small: expected ${issue.inclusive ? '>=' : '>'} ${issue.minimum}`;
    case 'too_big':
      return `too big: expected ${issue.inclusive ? '<=' : '<'} ${issue.maximum}`;
    case 'invalid_format':
      return `invalid ${issue.format}${issue.pattern ? ` (${issue.pattern})` : ''}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? `expected one of ${issue.options.map((value) => JSON.stringify(value)).join(', ')}`
        : 'matches none of the allowed shapes';
    case 'unrecognized_keys':
      return `unrecognized key(s) ${issue.keys.join(', ')}`;
    default:
      return `invalid (${issue.code})`;
  }
}

export function buildPolicy(plain: unknown): RegionPolicy {
  const parsed = regionPolicySchema.safeParse(plain, { error: describeIssue });
  if (parsed.success) return parsed.data;
  const id =
    typeof plain === 'object' && plain !== null && 'id' in plain ? String(plain.id) : '(no id)';
  throw new PolicyValidationError(
    `Invalid region policy ${id}:\n${z.prettifyError(parsed.error)}`,
    parsed.error.issues,
  );
}
