// POST /v1/me/identity → {identity}: real-name verification of the account (docs/api.md "Identity").
import { meIdentityRoute } from '@yidi/shared';
import { verifyIdentity } from '../../services/identity/verifyIdentity';
import { contractRoute } from '../contractRoute';
import { meRecipe } from '../../runtime/recipes';

export const { handler, build } = contractRoute(
  meIdentityRoute,
  async ({ body, caller, runtime, scope, respond }) =>
    respond(
      await verifyIdentity(
        {
          identities: runtime.store.identities,
          users: runtime.store.users,
          face: runtime.faceVerification,
          protection: runtime.protection,
          allowDevProvider: runtime.config.allowDevLogin,
        },
        caller,
        body,
        scope.clock.now(),
      ),
    ),
  { runtime: meRecipe },
);
