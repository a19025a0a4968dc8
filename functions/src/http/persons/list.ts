// GET /v1/persons → the persons the caller may see.
import { personsListRoute } from '@yidi/shared';
import { listPersons } from '../../services/persons/listPersons';
import { contractRoute } from '../contractRoute';
import { personsRecipe } from '../../runtime/recipes';

export const { handler, build } = contractRoute(
  personsListRoute,
  async ({ caller, runtime, respond }) =>
    respond(await listPersons(runtime.store.agentLinks, caller)),
  { runtime: personsRecipe },
);
