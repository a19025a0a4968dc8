// Reading (never acting) is also open to a reviewer of the insured's pooling region: a linked
// account reads through its link; a REVIEWER/ADMIN whose `regions` include the region reads
// without one; anyone else gets 404, as for an unknown id (we do not confirm it exists).
//
// Reads by id fetch the item and the caller's link in one BatchGetItem (the id names the person,
// store/ids), so the decision here is a pure function of what came back.
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { AgentLinkRecord, AgentLinkRepository } from '../../store';
import { mayReviewRegion } from '../review/reviewerAccess';

/** The caller's link, or undefined when the caller reads as the region's reviewer; else 404. */
export function requireReadAccess(
  caller: Caller,
  link: AgentLinkRecord | undefined,
  insuredRegion: string,
): AgentLinkRecord | undefined {
  if (link) return link;
  if (mayReviewRegion(caller, insuredRegion)) return undefined;
  throw new AppError('NOT_FOUND');
}

/**
 * The caller's link to a person among links read from GSI1 with the data (one Query).
 *
 * GSIs are eventually consistent, so a link created a moment ago may be missing from the index.
 * Links are only ever created or upgraded PENDING → ACTIVE, never removed or downgraded
 * (store/persons createWithLink/addLink, store/agentLinks activate), so a stale index can only
 * under-grant: a link it shows is there, and a missing (or not yet `accepted`) one is confirmed
 * by one strongly consistent GetItem before the caller is refused. Usually no extra read.
 */
export async function linkAmongIndexed(
  agentLinks: Pick<AgentLinkRepository, 'get'>,
  caller: Caller,
  personId: string,
  indexed: AgentLinkRecord[],
  accepted: (link: AgentLinkRecord) => boolean = () => true,
): Promise<AgentLinkRecord | undefined> {
  const seen = indexed.find((link) => link.userId === caller.userId);
  if (seen && accepted(seen)) return seen;
  return (await agentLinks.get(caller.userId, personId)) ?? seen;
}
