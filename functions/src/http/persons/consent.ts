import { personIdSchema } from '@yidi/shared';
import * as z from 'zod/mini';
import { ok } from '../../middleware/respond';
import { giveConsent } from '../../services/persons/agents';
import { parseBody, route } from '../route';

/** Body designed here (API.md leaves it open): which pending agent the person confirms. */
export const consentBodySchema = z.object(
  {
    agentUserId: z
      .string({ error: '请选择要授权的代办人' })
      .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: '代办人不正确，请刷新后重试' })),
  },
  { error: '请选择要授权的代办人' },
);

export const { handler, build } = route(
  { auth: true, idempotency: 'optional' },
  async ({ body, caller, runtime, scope, param, recorder }) => {
    const personId = parseBody(personIdSchema, param('id'));
    const { agentUserId } = parseBody(consentBodySchema, body);
    return ok(
      await giveConsent(runtime.store.agentLinks, caller, {
        personId,
        agentUserId,
        now: scope.clock.now(),
        recorder: recorder(ok),
      }),
    );
  },
);
