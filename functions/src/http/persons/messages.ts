// GET /v1/persons/{id}/messages → the person's messages, newest first (linked accounts only).
import { personIdSchema } from '@yidi/shared';
import { ok } from '../../middleware/respond';
import { listMessages } from '../../services/notifications/listMessages';
import { parseBody, route } from '../route';

export const { handler, build } = route({ auth: true }, async ({ caller, runtime, param }) => {
  const personId = parseBody(personIdSchema, param('id'));
  return ok(await listMessages(runtime.store, caller, personId));
});
