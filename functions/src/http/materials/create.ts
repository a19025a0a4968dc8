// POST /v1/materials → 201 {materialId, upload}: a presigned upload limited to type and size.
import { materialsCreateRoute } from '@yidi/shared';
import { createMaterial } from '../../services/materials/createMaterial';
import { newId } from '../ids';
import { contractRoute } from '../contractRoute';
import { materialsRecipe } from '../../runtime/recipes';
import { materialReplay } from '../replays/material';

export const { handler, build } = contractRoute(
  materialsCreateRoute,
  async ({ body, caller, runtime, scope, recorder, respond }) => {
    const { store, storage } = runtime;
    return respond(
      await createMaterial(
        {
          agentLinks: store.agentLinks,
          materials: store.materials,
          storage,
          newId,
          recorder: recorder(respond),
        },
        caller,
        body,
        scope.clock.now(),
      ),
    );
  },
  { runtime: materialsRecipe, replay: materialReplay },
);
