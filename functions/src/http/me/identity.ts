// POST /v1/me/identity → {identity}: real-name verification of the account (docs/api.md "Identity").
import { identityBodySchema } from '@yidi/shared';
import { ok } from '../../middleware/respond';
import { verifyIdentity } from '../../services/identity/verifyIdentity';
import { parseBody, route } from '../route';

export const { handler, build } = route(
  { auth: true },
  async ({ body, caller, runtime, scope }) => {
    const input = parseBody(identityBodySchema, body);
    return ok(
      await verifyIdentity(
        {
          identities: runtime.store.identities,
          users: runtime.store.users,
          face: runtime.faceVerification,
          protection: runtime.protection,
          allowDevProvider: runtime.config.allowDevLogin,
        },
        caller,
        input,
        scope.clock.now(),
      ),
    );
  },
);
