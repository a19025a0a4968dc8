import { ok } from '../../middleware/respond';
import { getMe } from '../../services/identity/me';
import { route } from '../route';

export const { handler, build } = route({ auth: true }, async ({ caller, runtime }) =>
  ok(await getMe(runtime.store.users, caller)),
);
