import { materialIdSchema } from '@yidi/shared';
import { ok } from '../../middleware/respond';
import { getMaterial } from '../../services/materials/getMaterial';
import { materialVerifier } from '../../services/materials/materialVerifier';
import { notFound } from '../../errors';
import { route } from '../route';

export const { handler, build } = route(
  { auth: true },
  async ({ caller, runtime, scope, param }) => {
    // A malformed id cannot name a material: 404 like any unknown id (it also names no person).
    const parsed = materialIdSchema.safeParse(param('id'));
    if (!parsed.success) throw notFound();
    const materialId = parsed.data;
    const { store, storage } = runtime;
    return ok(
      await getMaterial(
        {
          materials: store.materials,
          storage,
          verifier: materialVerifier({ storage, materials: store.materials }),
        },
        caller,
        materialId,
        scope.clock.now(),
      ),
    );
  },
);
