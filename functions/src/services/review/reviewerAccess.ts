// Who reviews what. Only REVIEWER (or ADMIN) accounts review; each works for the pooling regions
// in its `regions`. Asking for another region's queue or export is 403 FORBIDDEN (the region
// code is no secret, the refusal reveals nothing); naming another region's filing is 404, as for
// any filing the caller may not see (we do not confirm it exists).
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';

export function requireReviewer(caller: Caller): void {
  if (!caller.roles.includes('REVIEWER') && !caller.roles.includes('ADMIN')) {
    throw new AppError('FORBIDDEN', { message: '只有经办机构的审核人员可以使用此功能。' });
  }
}

/** The regions a queue or export covers: the one asked for (if theirs), else all of theirs. */
export function reviewRegions(caller: Caller, region: string | undefined): string[] {
  requireReviewer(caller);
  if (region === undefined) return [...caller.regions];
  if (!caller.regions.includes(region)) {
    throw new AppError('FORBIDDEN', { message: '您没有这个统筹区的审核权限。' });
  }
  return [region];
}

export function mayReviewRegion(caller: Caller, insuredRegion: string): boolean {
  return (
    (caller.roles.includes('REVIEWER') || caller.roles.includes('ADMIN')) &&
    caller.regions.includes(insuredRegion)
  );
}
