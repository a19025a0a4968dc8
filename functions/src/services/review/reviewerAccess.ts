// Who reviews what. Only REVIEWER (or ADMIN) accounts review; each works for the pooling regions
// in its `regions`. Asking for another region's queue or export is 403 FORBIDDEN (the region
// code is no secret, the refusal reveals nothing); naming another region's filing is 404, as for
// any filing the caller may not see (we do not confirm it exists).
import { isReviewer, reviewConflict } from '@yidi/shared';
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { AgentLinkRecord, FilingRecord } from '../../store';

export function requireReviewer(caller: Caller): void {
  if (!isReviewer(caller.roles)) {
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
  return isReviewer(caller.roles) && caller.regions.includes(insuredRegion);
}

/** Why this reviewer may not decide this filing (SOD-1), or undefined when they may. */
export function conflictOfInterest(
  reviewer: Caller,
  filing: Pick<FilingRecord, 'createdBy'>,
  link: AgentLinkRecord | undefined,
): { rule: string; message: string } | undefined {
  return reviewConflict({
    reviewerUserId: reviewer.userId,
    filedBy: filing.createdBy,
    linkedToPerson: link !== undefined,
  });
}

/** 403 CONFLICT_OF_INTEREST when the reviewer is linked to the person or filed it. */
export function requireNoConflict(
  reviewer: Caller,
  filing: Pick<FilingRecord, 'createdBy'>,
  link: AgentLinkRecord | undefined,
): void {
  const conflict = conflictOfInterest(reviewer, filing, link);
  if (conflict) throw new AppError('CONFLICT_OF_INTEREST', conflict);
}

/**
 * What the staff page shows for a filing: may this reviewer decide it, and if not, why. The
 * server decides; the page greys the decision buttons with the message.
 */
export function reviewerDecisionView(
  reviewer: Caller,
  filing: Pick<FilingRecord, 'createdBy' | 'insuredRegion'>,
  link: AgentLinkRecord | undefined,
):
  | { allowed: true }
  | { allowed: false; code: 'CONFLICT_OF_INTEREST'; rule: string; message: string }
  | undefined {
  if (!mayReviewRegion(reviewer, filing.insuredRegion)) return undefined;
  const conflict = conflictOfInterest(reviewer, filing, link);
  return conflict
    ? { allowed: false, code: 'CONFLICT_OF_INTEREST', ...conflict }
    : { allowed: true };
}
