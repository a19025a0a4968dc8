import { personIdSchema } from '@yidi/shared';
import { ok } from '../../middleware/respond';
import { listAgents } from '../../services/persons/agents';
import { parseBody, route } from '../route';

export const { handler, build } = route({ auth: true }, async ({ caller, runtime, param }) => {
  const personId = parseBody(personIdSchema, param('id'));
  return ok(await listAgents(runtime.store.agentLinks, caller, personId));
});
