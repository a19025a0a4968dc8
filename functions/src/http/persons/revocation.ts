// POST /v1/persons/{id}/agents/{userId}/revocation → the withdrawn authorization (docs/api.md
// "Persons"): the person, from their own account, withdraws an agent.
import { agentUserIdSchema, personIdSchema } from '@yidi/shared';
import { ok } from '../../middleware/respond';
import { revokeAgent } from '../../services/persons/agents';
import { parseBody, route } from '../route';
import { revocationReplay } from '../replays/agentLink';

export const { handler, build } = route(
  { auth: true, idempotency: 'optional', replay: revocationReplay },
  async ({ caller, runtime, scope, param, recorder }) => {
    const personId = parseBody(personIdSchema, param('id'));
    const agentUserId = parseBody(agentUserIdSchema, param('userId'));
    return ok(
      await revokeAgent(
        {
          agentLinks: runtime.store.agentLinks,
          messages: runtime.store.messages,
          recorder: recorder(ok),
        },
        caller,
        { personId, agentUserId, now: scope.clock.now() },
      ),
    );
  },
);
