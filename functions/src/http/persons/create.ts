// POST /v1/persons → 201 Person (or 200: the caller was already linked to them).
import { chinaDateOf, createPersonBodySchemaAsOf, personsCreateRoute } from '@yidi/shared';
import { createPerson, type CreatePersonResult } from '../../services/persons/createPerson';
import { newId } from '../ids';
import { contractRoute } from '../contractRoute';
import { personsRecipe } from '../../runtime/recipes';
import { personReplay } from '../replays/person';

export const { handler, build } = contractRoute(
  personsCreateRoute,
  async ({ body, caller, runtime, scope, recorder, respond: respondWith }) => {
    const respond = (result: CreatePersonResult) =>
      respondWith(result.person, result.created ? 201 : 200);
    const { store, protection } = runtime;
    const result = await createPerson(
      {
        persons: store.persons,
        agentLinks: store.agentLinks,
        identities: store.identities,
        materials: store.materials,
        protection,
        newId,
        recorder: recorder(respond),
      },
      caller,
      body,
      scope.clock.now(),
    );
    return respond(result);
  },
  // The birth date in the ID number may not be after the request's "today" (X-Clock in test).
  {
    runtime: personsRecipe,
    bodyFor: (scope) => createPersonBodySchemaAsOf(chinaDateOf(scope.clock.now())),
    replay: personReplay,
  },
);
