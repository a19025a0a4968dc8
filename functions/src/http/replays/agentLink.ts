import { agentOfPerson, revocationOf } from '../../services/persons/agents';
import type { RuntimeWith } from '../../runtime';
import { callerOf, joinedId, partsOf, pathParameter, type RouteReplay } from './common';

/** POST /v1/persons/{id}/consent: the agent's authorization as the consent screen shows it. */
export const agentLinkReplay: RouteReplay<RuntimeWith<'agentLinks'>> = {
  referenceOf: (result, event) => ({
    kind: 'agentLink',
    id: joinedId(pathParameter(event, 'id'), (result as { userId: string }).userId),
  }),
  read: ({ store }, reference, scope) => {
    const [personId, agentUserId] = partsOf(reference, 2);
    return agentOfPerson(store.agentLinks, callerOf(scope), { personId, agentUserId });
  },
};

/** POST /v1/persons/{id}/agents/{userId}/revocation: the withdrawal, from its audit item. */
export const revocationReplay: RouteReplay<RuntimeWith<'agentLinks'>> = {
  referenceOf: (result, event) => {
    const { userId, revokedAt } = result as { userId: string; revokedAt: string };
    return { kind: 'revocation', id: joinedId(pathParameter(event, 'id'), revokedAt, userId) };
  },
  read: ({ store }, reference, scope) => {
    const [personId, at, agentUserId] = partsOf(reference, 3);
    return revocationOf(store.agentLinks, callerOf(scope), { personId, at, agentUserId });
  },
};
