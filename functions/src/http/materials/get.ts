import { materialIdSchema } from '@yidi/shared';
import { ok } from '../../middleware/respond';
import { getMaterial } from '../../services/materials/getMaterial';
import { parseBody, route } from '../route';

export const { handler, build } = route(
  { auth: true },
  async ({ caller, runtime, scope, param }) => {
    const materialId = parseBody(materialIdSchema, param('id'));
    const { store, storage } = runtime;
    return ok(
      await getMaterial(
        {
          agentLinks: store.agentLinks,
          materials: store.materials,
          persons: store.persons,
          storage,
        },
        caller,
        materialId,
        scope.clock.now(),
      ),
    );
  },
);
