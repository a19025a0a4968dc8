// Reading (never acting) is also open to a reviewer of the insured's pooling region: a linked
// account reads through its ACTIVE link; a REVIEWER/ADMIN whose `regions` include the region reads
// without one; anyone else — a PENDING agent included — gets 404, as for an unknown id (we do not
// confirm it exists).
//
// Every grant is decided on a strongly consistent read of the caller's link. Reads by id fetch the
// item and the link in one round trip (the id names the person, store/ids): a material and the
// link by one BatchGetItem, a filing's partition by Query with the link's GetItem beside it. Lists
// read through GSI1, which is eventually consistent: since links are withdrawn (deleted) as well
// as created, an index that lags could show a withdrawn link as ACTIVE, so the index's copy of
// the caller's link is never trusted — the link is read by one consistent GetItem sent at the
// same time as the Query (two requests, one round trip).
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { AgentLinkRecord, AgentLinkRepository } from '../../store';
import { mayReviewRegion } from '../review/reviewerAccess';
import { grantsView } from './personAccess';

/** The caller's ACTIVE link, or undefined when the caller reads as the region's reviewer; else 404. */
export function requireReadAccess(
  caller: Caller,
  link: AgentLinkRecord | undefined,
  insuredRegion: string,
): AgentLinkRecord | undefined {
  if (grantsView(link)) return link;
  if (mayReviewRegion(caller, insuredRegion)) return undefined;
  throw new AppError('NOT_FOUND');
}

/**
 * An index read of a person's data together with the caller's link, read consistently and in
 * parallel: the link decides, never the index's copy of it.
 */
export async function readWithCallerLink<DATA>(
  agentLinks: Pick<AgentLinkRepository, 'get'>,
  caller: Caller,
  personId: string,
  read: () => Promise<DATA>,
): Promise<{ data: DATA; link: AgentLinkRecord | undefined }> {
  const [data, link] = await Promise.all([read(), agentLinks.get(caller.userId, personId)]);
  return { data, link };
}
