import { createMaterialBodySchema } from '@yidi/shared';
import { created } from '../../middleware/respond';
import { createMaterial } from '../../services/materials/createMaterial';
import { newId } from '../ids';
import { parseBody, route } from '../route';
import { materialReplay } from '../replays/material';

export const { handler, build } = route(
  { auth: true, idempotency: 'optional', replay: materialReplay },
  async ({ body, caller, runtime, scope, recorder }) => {
    const input = parseBody(createMaterialBodySchema, body);
    const { store, storage } = runtime;
    return created(
      await createMaterial(
        {
          agentLinks: store.agentLinks,
          materials: store.materials,
          storage,
          newId,
          recorder: recorder(created),
        },
        caller,
        input,
        scope.clock.now(),
      ),
    );
  },
);
