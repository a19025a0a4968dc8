// GET /v1/persons/{id}/messages → the person's messages, newest first (linked accounts only).
import { personIdSchema, personsMessagesRoute } from '@yidi/shared';
import { listMessages } from '../../services/notifications/listMessages';
import { contractRoute } from '../contractRoute';
import { personsRecipe } from '../../runtime/recipes';
import { parseBody } from '../route';

export const { handler, build } = contractRoute(
  personsMessagesRoute,
  async ({ caller, runtime, param, respond }) => {
    const personId = parseBody(personIdSchema, param('id'));
    return respond(await listMessages(runtime.store, caller, personId));
  },
  { runtime: personsRecipe },
);
