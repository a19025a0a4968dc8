// Who may see or act for whom is decided in services/access (one rule for every service):
// a person the caller has no link to is 404; acting needs an ACTIVE link (else 403
// AGENT_NOT_AUTHORIZED). This module only names the filing services' two intents.
import type { AgentLinkRecord, AgentLinkRepository } from '../../../store';
import { requirePersonAccess, type PersonIntent } from '../../access/personAccess';
import type { Actor } from './deps';

export type { PersonIntent };

export function requireLink(
  agentLinks: Pick<AgentLinkRepository, 'get'>,
  actor: Actor,
  personId: string,
  intent: PersonIntent,
): Promise<AgentLinkRecord> {
  return requirePersonAccess(agentLinks, actor, personId, intent);
}
