// Who may do what for a person. Seeing needs any link (else 404: we do not confirm that someone
// else's person exists); acting (filing, uploading proof) needs an ACTIVE link.
import { AppError } from '../../errors';
import type { Caller } from '../../middleware/types';
import type { AgentLinkRecord, AgentLinkRepository } from '../../store';

export type PersonIntent = 'view' | 'act';

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
  if (intent === 'act' && link.authorization !== 'ACTIVE') {
    throw new AppError('AGENT_NOT_AUTHORIZED');
  }
  return link;
}
