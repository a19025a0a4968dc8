// GET /v1/materials/{id} → the material's metadata and a short-lived download link.
import { materialIdSchema, materialsGetRoute } from '@yidi/shared';
import { getMaterial } from '../../services/materials/getMaterial';
import { materialVerifier } from '../../services/materials/materialVerifier';
import { notFound } from '../../errors';
import { contractRoute } from '../contractRoute';
import { materialsRecipe } from '../../runtime/recipes';

export const { handler, build } = contractRoute(
  materialsGetRoute,
  async ({ caller, runtime, scope, param, respond }) => {
    // A malformed id cannot name a material: 404 like any unknown id (it also names no person).
    const parsed = materialIdSchema.safeParse(param('id'));
    if (!parsed.success) throw notFound();
    const { store, storage } = runtime;
    return respond(
      await getMaterial(
        {
          materials: store.materials,
          storage,
          verifier: materialVerifier({ storage, materials: store.materials }),
        },
        caller,
        parsed.data,
        scope.clock.now(),
      ),
    );
  },
  { runtime: materialsRecipe },
);
