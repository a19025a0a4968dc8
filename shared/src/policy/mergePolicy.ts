// "Preset + what a local document changes": deep-merges overrides into a plain preset. Objects
// merge key by key; arrays, null and primitives replace. The result still goes through
// buildPolicy, so an override cannot produce an invalid policy.
import type { RegionPolicyInput } from './types';

export type PolicyOverride<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: PolicyOverride<T[K]> }
    : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeValue(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    merged[key] = mergeValue(base[key], value);
  }
  return merged;
}

export function overridePolicy(
  base: RegionPolicyInput,
  override: PolicyOverride<RegionPolicyInput>,
): RegionPolicyInput {
  return mergeValue(base, override) as RegionPolicyInput;
}
