// Who may do what for a person (one rule for every service):
// - `request`: any link — the caller's own request (a PENDING agent uploads the authorization
//   letter that proves it); nobody else learns the person exists (404).
// - `view`: an ACTIVE link. A PENDING agent sees nothing of the person but their own request:
//   filings, audit, messages and materials are 404 to them, as to a stranger.
// - `act`: an ACTIVE link, and for someone else's person (not SELF) the agent's own verified
//   identity (recorded on the link when it was asked for). A PENDING agent is 403
//   AGENT_NOT_AUTHORIZED (they know their own request exists, nothing more).
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { AgentLinkRecord, AgentLinkRepository } from '../../store';

export type PersonIntent = 'request' | 'view' | 'act';

export async function requirePersonAccess(
  agentLinks: Pick<AgentLinkRepository, 'get'>,
  caller: Caller,
  personId: string,
  intent: PersonIntent,
): Promise<AgentLinkRecord> {
  return requirePersonAccessOf(await agentLinks.get(caller.userId, personId), intent);
}

/** The same rule on a link already read (e.g. with the item, in one BatchGetItem). */
export function requirePersonAccessOf(
  link: AgentLinkRecord | undefined,
  intent: PersonIntent,
): AgentLinkRecord {
  if (!link) throw new AppError('NOT_FOUND');
  if (intent === 'request') return link;
  const active = link.authorization === 'ACTIVE';
  if (intent === 'view') {
    if (!active) throw new AppError('NOT_FOUND');
    return link;
  }
  if (!active) throw new AppError('AGENT_NOT_AUTHORIZED');
  if (link.relationship !== 'SELF' && !link.identityVerifiedAt) {
    throw new AppError('IDENTITY_NOT_VERIFIED', {
      message: '代办前请先完成您本人的实名认证，然后重新申请代办。',
    });
  }
  return link;
}

/** An ACTIVE link grants reading; a PENDING request or none grants nothing. */
export const grantsView = (link: AgentLinkRecord | undefined): link is AgentLinkRecord =>
  link?.authorization === 'ACTIVE';
