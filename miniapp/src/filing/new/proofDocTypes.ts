// Which documents the proof step offers, from the region's proof options for the category.
import type { DocType } from '@yidi/shared';

/** Every document named in any option, once, in the policy's order. */
export function proofDocTypes(options: readonly (readonly DocType[])[]): DocType[] {
  return [...new Set(options.flat())];
}
