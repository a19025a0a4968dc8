import type { CreatePersonResult } from '../../services/persons/createPerson';
import { personOfCaller } from '../../services/persons/listPersons';
import type { RuntimeWith } from '../../runtime';
import { callerOf, type RouteReplay } from './common';

/** POST /v1/persons: the person as the caller's own link shows them (GET /v1/persons). */
export const personReplay: RouteReplay<RuntimeWith<'agentLinks'>> = {
  referenceOf: (result) => ({ kind: 'person', id: (result as CreatePersonResult).person.id }),
  read: ({ store }, reference, scope) =>
    personOfCaller(store.agentLinks, callerOf(scope), reference.id),
};
