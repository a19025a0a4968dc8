// docs/policy-sources.md §2: a category's proof is any one option; an option is satisfied by all its documents.
import type { DocType } from '../schemas/enums';

export function satisfiesAnOption(
  options: readonly (readonly DocType[])[],
  provided: readonly DocType[],
): boolean {
  return options.some((option) => option.every((doc) => provided.includes(doc)));
}

/** Documents a commitment may stand in for: those named by some option. */
export function isCommittableSet(
  options: readonly (readonly DocType[])[],
  missing: readonly DocType[],
  provided: readonly DocType[],
): boolean {
  const named = new Set(options.flat());
  return (
    missing.length > 0 &&
    missing.every((doc) => named.has(doc)) &&
    satisfiesAnOption(options, [...missing, ...provided])
  );
}
