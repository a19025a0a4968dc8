// POST /v1/persons/{id}/consent {agentUserId} → AgentLink (ACTIVE); personsConsentRoute.
import { personIdSchema, personsConsentRoute } from '@yidi/shared';
import { giveConsent } from '../../services/persons/agents';
import { contractRoute } from '../contractRoute';
import { personsRecipe } from '../../runtime/recipes';
import { parseBody } from '../route';
import { agentLinkReplay } from '../replays/agentLink';

export const { handler, build } = contractRoute(
  personsConsentRoute,
  async ({ body, caller, runtime, scope, param, recorder, respond }) => {
    const personId = parseBody(personIdSchema, param('id'));
    return respond(
      await giveConsent(runtime.store.agentLinks, caller, {
        personId,
        agentUserId: body.agentUserId,
        now: scope.clock.now(),
        recorder: recorder(respond),
      }),
    );
  },
  { runtime: personsRecipe, replay: agentLinkReplay },
);
