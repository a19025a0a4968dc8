// POST /v1/persons/{id}/agents/{userId}/revocation → the withdrawn authorization (docs/api.md
// "Persons"): the person, from their own account, withdraws an agent.
import { agentUserIdSchema, personIdSchema, personsAgentRevocationRoute } from '@yidi/shared';
import { revokeAgent } from '../../services/persons/agents';
import { contractRoute } from '../contractRoute';
import { personsRecipe } from '../../runtime/recipes';
import { revocationReplay } from '../replays/agentLink';
import { parseBody } from '../route';

export const { handler, build } = contractRoute(
  personsAgentRevocationRoute,
  async ({ caller, runtime, scope, param, recorder, respond }) => {
    const personId = parseBody(personIdSchema, param('id'));
    const agentUserId = parseBody(agentUserIdSchema, param('userId'));
    return respond(
      await revokeAgent(
        {
          agentLinks: runtime.store.agentLinks,
          messages: runtime.store.messages,
          recorder: recorder(respond),
        },
        caller,
        { personId, agentUserId, now: scope.clock.now() },
      ),
    );
  },
  { runtime: personsRecipe, replay: revocationReplay },
);
