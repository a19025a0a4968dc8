import type { Caller } from '../../middleware/types';
import type { AgentLinkRepository } from '../../store';
import { personView, type PersonView } from './personView';

/** GET /v1/persons: one Query over the caller's links. */
export async function listPersons(
  agentLinks: Pick<AgentLinkRepository, 'listForUser'>,
  caller: Caller,
): Promise<PersonView[]> {
  return (await agentLinks.listForUser(caller.userId)).map(personView);
}
