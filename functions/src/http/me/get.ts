// GET /v1/me → the user and the persons they may act for.
import { meRoute } from '@yidi/shared';
import { getMe } from '../../services/identity/me';
import { contractRoute } from '../contractRoute';
import { meRecipe } from '../../runtime/recipes';

export const { handler, build } = contractRoute(
  meRoute,
  async ({ caller, runtime, respond }) => respond(await getMe(runtime.store.users, caller)),
  { runtime: meRecipe },
);
