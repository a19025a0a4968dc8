import { ok } from '../../middleware/respond';
import { listPersons } from '../../services/persons/listPersons';
import { route } from '../route';

export const { handler, build } = route({ auth: true }, async ({ caller, runtime }) =>
  ok(await listPersons(runtime.store.agentLinks, caller)),
);
