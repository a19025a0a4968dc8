import { materialUpload } from '../../services/materials/createMaterial';
import type { RuntimeWith } from '../../runtime';
import { callerOf, type RouteReplay } from './common';

/** POST /v1/materials: the material and a fresh upload form for it (the first may have expired). */
export const materialReplay: RouteReplay<RuntimeWith<'materials', 'storage'>> = {
  referenceOf: (result) => ({ kind: 'material', id: (result as { id: string }).id }),
  read: ({ store, storage }, reference, scope) =>
    materialUpload(
      { materials: store.materials, storage },
      callerOf(scope),
      reference.id,
      scope.clock.now(),
    ),
};
