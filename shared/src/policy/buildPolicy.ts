// A plain object becomes a RegionPolicy only here: a sixth region is a data change, and bad data
// fails loudly at load time with every problem listed, not deep inside a decision.
import * as z from 'zod';
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

export function buildPolicy(plain: unknown): RegionPolicy {
  const parsed = regionPolicySchema.safeParse(plain);
  if (parsed.success) return parsed.data;
  const id =
    typeof plain === 'object' && plain !== null && 'id' in plain ? String(plain.id) : '(no id)';
  throw new PolicyValidationError(
    `Invalid region policy ${id}:\n${z.prettifyError(parsed.error)}`,
    parsed.error.issues,
  );
}
