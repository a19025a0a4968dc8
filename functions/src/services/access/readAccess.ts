// Reading (never acting) is also open to a reviewer of the insured's pooling region: a linked
// account reads through its link; a REVIEWER/ADMIN whose `regions` include the region reads
// without one; anyone else gets 404, as for an unknown id (we do not confirm it exists).
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { AgentLinkRecord, AgentLinkRepository } from '../../store';
import { mayReviewRegion } from '../review/reviewerAccess';

/** The caller's link to the person, or undefined when the caller reads as the region's reviewer. */
export async function requireReadAccess(
  agentLinks: Pick<AgentLinkRepository, 'get'>,
  caller: Caller,
  personId: string,
  /** Looked up only when the caller has no link, so insured callers pay no extra read. */
  insuredRegionOf: () => Promise<string | undefined>,
): Promise<AgentLinkRecord | undefined> {
  const link = await agentLinks.get(caller.userId, personId);
  if (link) return link;
  const insuredRegion = caller.regions.length > 0 ? await insuredRegionOf() : undefined;
  if (insuredRegion !== undefined && mayReviewRegion(caller, insuredRegion)) return undefined;
  throw new AppError('NOT_FOUND');
}
