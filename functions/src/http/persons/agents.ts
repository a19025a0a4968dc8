// GET /v1/persons/{id}/agents → who else is linked to the person (the person only).
import { personIdSchema, personsAgentsRoute } from '@yidi/shared';
import { listAgents } from '../../services/persons/agents';
import { contractRoute } from '../contractRoute';
import { personsRecipe } from '../../runtime/recipes';
import { parseBody } from '../route';

export const { handler, build } = contractRoute(
  personsAgentsRoute,
  async ({ caller, runtime, param, respond }) => {
    const personId = parseBody(personIdSchema, param('id'));
    return respond(await listAgents(runtime.store.agentLinks, caller, personId));
  },
  { runtime: personsRecipe },
);
