import { chinaDateOf, createPersonBodySchemaAsOf } from '@yidi/shared';
import { created, ok } from '../../middleware/respond';
import { createPerson, type CreatePersonResult } from '../../services/persons/createPerson';
import { newId } from '../ids';
import { parseBody, route } from '../route';
import { personReplay } from '../replays/person';

export const { handler, build } = route(
  { auth: true, idempotency: 'optional', replay: personReplay },
  async ({ body, caller, runtime, scope, recorder }) => {
    const now = scope.clock.now();
    const respond = (result: CreatePersonResult) =>
      result.created ? created(result.person) : ok(result.person);
    const input = parseBody(createPersonBodySchemaAsOf(chinaDateOf(now)), body);
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
      input,
      now,
    );
    return respond(result);
  },
);
