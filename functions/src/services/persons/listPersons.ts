import { AppError } from '../../errors';
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

/**
 * One person as GET /v1/persons lists them (an Idempotency-Key's replay of POST /v1/persons):
 * one consistent GetItem of the caller's link; none (withdrawn) is 404, as for a stranger.
 */
export async function personOfCaller(
  agentLinks: Pick<AgentLinkRepository, 'get'>,
  caller: Caller,
  personId: string,
): Promise<PersonView> {
  const link = await agentLinks.get(caller.userId, personId);
  if (!link) throw new AppError('NOT_FOUND');
  return personView(link);
}
